"""Tests of the API's reading endpoints over a small store: shapes, filters, pages, errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.serve import create_app
from eventwire.store import Store

from .demo import HOSTILE_TEXT, HOSTILE_TITLE, fill

ALL_EVENTS = ["ukr-1-e0", "ukr-1-e1", "ken-1-e0", "ken-1-e1", "ukr-1-e2"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'events.db'}"
    with Store(url) as store:
        fill(store)
    with TestClient(create_app(url)) as opened:
        yield opened


def _get(client: TestClient, path: str, status: int = 200, **params: object) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def _error(client: TestClient, path: str, status: int, **params: object) -> str:
    body = _get(client, path, status, **params)
    assert set(body) == {"error"} and body["error"]["status"] == status
    return body["error"]["message"]


def test_api_stats(client: TestClient) -> None:
    stats = _get(client, "/api/stats")
    assert (stats["articles"], stats["events"]) == (2, 5)
    assert stats["date_range"] == {"first": "2025-11-04", "last": "2025-12-02"}


def test_api_events_lists_records_with_review_fields(client: TestClient) -> None:
    body = _get(client, "/api/events")
    assert [e["id"] for e in body["events"]] == ALL_EVENTS and body["next_cursor"] is None
    first = body["events"][0]
    assert (first["human_reviewed"], first["review"], first["event"]) == (False, None, "ACCUSE")


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_api_events_pages_through_everything(client: TestClient, limit: int) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        body = _get(client, "/api/events", **params)
        seen += [e["id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ALL_EVENTS and pages == -(-len(ALL_EVENTS) // limit)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "RUS"}, ["ukr-1-e2"]),
        ({"actor": "putin"}, ["ukr-1-e2"]),
        ({"recipient": "rus"}, ["ukr-1-e0"]),
        ({"actor_sector": "COP"}, ["ken-1-e0"]),
        ({"recipient_sector": "GOV"}, ["ukr-1-e0", "ukr-1-e2"]),
        ({"type": "request"}, ["ukr-1-e1"]),
        ({"modality": "asserted", "quad": "4"}, ["ken-1-e0", "ken-1-e1"]),
        ({"since": "2025-11-18", "until": "2025-11-30"}, ["ken-1-e1"]),
        ({"location": "UKR", "min_confidence": "0.9"}, []),
        ({"q": "TEAR gas"}, ["ken-1-e0", "ken-1-e1"]),
        ({"place": "ODESA", "limit": "1"}, ["ukr-1-e0"]),
        ({"place": "Kyiv"}, []),
        ({"reviewed": "false", "limit": "2"}, ["ukr-1-e0", "ukr-1-e1"]),
    ],
)
def test_api_events_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    assert [e["id"] for e in _get(client, "/api/events", **params)["events"]] == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"until": "2025-13-01"}, "until: '2025-13-01' is not a date (YYYY-MM-DD)"),
        ({"since": "yesterday"}, "since: 'yesterday' is not a date (YYYY-MM-DD)"),
        ({"type": "SHOUT"}, "type: unknown event type 'SHOUT'"),
        ({"modality": "maybe"}, "modality: unknown modality 'maybe'"),
        ({"limit": "0"}, "limit: must be between 1 and 1000, not 0"),
        ({"limit": "1001"}, "limit: must be between 1 and 1000, not 1001"),
        ({"limit": "ten"}, "limit: 'ten' is not a whole number"),
        ({"quad": "7"}, "quad: must be between 1 and 4, not 7"),
        ({"min_confidence": "2"}, "min_confidence: must be between 0 and 1"),
        ({"location": "Kenya"}, "location: 'Kenya' is no country code"),
        ({"reviewed": "maybe"}, "reviewed: 'maybe' is not true or false"),
        ({"cursor": "garbage"}, "cursor: 'garbage' is not a cursor of this list"),
    ],
)
def test_api_events_bad_parameters_are_400(client: TestClient, params: dict, message: str) -> None:
    assert _error(client, "/api/events", 400, **params).startswith(message)


def test_api_event_detail(client: TestClient) -> None:
    body = _get(client, "/api/events/ukr-1-e0")
    assert body["event"]["id"] == "ukr-1-e0" and body["reviews"] == []
    assert body["cluster"]["mentions"][0]["event_id"] == "ukr-1-e0"
    assert body["article"] == {"id": "ukr-1", "title": "Title of ukr-1", "outlet": "Example News",
                               "url": "https://news.example.org/ukr-1", "published": "2025-11-05"}  # fmt: skip
    assert "no stored event has the id 'nope'" in _error(client, "/api/events/nope", 404)


def test_api_clusters_page_and_detail(client: TestClient) -> None:
    everything = _get(client, "/api/clusters")["clusters"]
    assert len(everything) == 5 and all(c["mentions"] for c in everything)
    seen, cursor = [], None
    while True:
        body = _get(client, "/api/clusters", limit=2, **({"cursor": cursor} if cursor else {}))
        seen += [c["id"] for c in body["clusters"]]
        if (cursor := body["next_cursor"]) is None:
            break
    assert seen == [c["id"] for c in everything]
    one = _get(client, f"/api/clusters/{seen[0]}")
    assert one["id"] == seen[0] and one["record"]["id"] == everything[0]["record"]["id"]
    assert _get(client, "/api/clusters", type="REJECT", min_sources="1")["clusters"][0]["record"]["event"] == "REJECT"
    assert "min_sources" in _error(client, "/api/clusters", 400, min_sources="-1")
    assert "no stored cluster" in _error(client, "/api/clusters/nope", 404)


def test_api_articles_list_and_detail(client: TestClient) -> None:
    body = _get(client, "/api/articles", limit=1)
    assert [a["id"] for a in body["articles"]] == ["ken-1"]
    rest = _get(client, "/api/articles", limit=1, cursor=body["next_cursor"])
    assert [a["id"] for a in rest["articles"]] == ["ukr-1"] and rest["next_cursor"] is None
    assert rest["articles"][0] == {"id": "ukr-1", "title": "Title of ukr-1", "outlet": "Example News",
                                   "url": "https://news.example.org/ukr-1", "published": "2025-11-05",
                                   "events": 3, "duplicate_of": None}  # fmt: skip
    detail = _get(client, "/api/articles/ukr-1")
    assert set(detail) == {"article", "events", "spans", "quotes", "mentions"}
    assert [e["id"] for e in detail["events"]] == ["ukr-1-e0", "ukr-1-e1", "ukr-1-e2"]
    text = detail["article"]["text"]
    actor = next(s for s in detail["spans"] if s["event_id"] == "ukr-1-e0" and s["kind"] == "actor")
    assert text[actor["start"] : actor["end"]] == "Ukraine's foreign ministry"
    assert detail["quotes"][0]["text"] == "Russia shelled grain silos"
    assert "no stored article" in _error(client, "/api/articles/nope", 404)


def test_api_hostile_article_comes_back_verbatim_as_json_strings(client: TestClient) -> None:
    response = client.get("/api/articles/ken-1")
    assert response.headers["content-type"].startswith("application/json")
    article = response.json()["article"]
    assert (article["title"], article["text"]) == (HOSTILE_TITLE, HOSTILE_TEXT)
    listed = _get(client, "/api/articles", q="clashes")["articles"]
    assert [a["title"] for a in listed] == [HOSTILE_TITLE]
    assert _get(client, "/api/quotes", article_id="ken-1")["quotes"][0]["text"] == "<b>the crowd</b> was dispersed"


def test_api_quotes(client: TestClient) -> None:
    body = _get(client, "/api/quotes", limit=1)
    assert len(body["quotes"]) == 1 and body["next_cursor"]
    rest = _get(client, "/api/quotes", limit=1, cursor=body["next_cursor"])
    assert rest["next_cursor"] is None
    quote = rest["quotes"][0]
    assert (quote["article_id"], quote["article_title"], quote["speaker"]["code"]) == ("ukr-1", "Title of ukr-1", "UKR")
    assert [q["article_id"] for q in _get(client, "/api/quotes", speaker="police")["quotes"]] == ["ken-1"]
    assert _get(client, "/api/quotes", q="nothing like this")["quotes"] == []


def test_api_actors_search_and_top(client: TestClient) -> None:
    found = {a["code"]: a for a in _get(client, "/api/actors", q="rus")["actors"]}
    assert found["RUS"] == {"code": "RUS", "name": "Russia", "events": 2}
    assert _get(client, "/api/actors", q="putin", limit=1)["actors"] == [{"code": "RUS", "name": "Russia", "events": 1}]
    assert "q: Field required" == _error(client, "/api/actors", 400)
    top = _get(client, "/api/actors/top", limit=1)["actors"]
    assert top == [{"code": "UKR", "name": "Ukraine", "events": 3}]
    assert [a["code"] for a in _get(client, "/api/actors/top", location="KEN")["actors"]] == []


def test_api_dyads(client: TestClient) -> None:
    body = _get(client, "/api/dyads", actor="UKR", recipient="RUS", period="month")
    assert body["series"] == [{"period": "2025-11", "events": 1, "goldstein": -2.0}]
    assert body["reverse"] == [{"period": "2025-12", "events": 1, "goldstein": -4.0}]
    assert (body["actor"], body["recipient"], body["period"]) == ("UKR", "RUS", "month")
    assert "period: unknown period 'year'" in _error(client, "/api/dyads", 400, actor="UKR", recipient="RUS", period="year")
    assert _error(client, "/api/dyads", 400, actor="UKR") == "recipient: Field required"


def test_api_overview(client: TestClient) -> None:
    body = _get(client, "/api/overview")
    assert body["period"] == "month" and body["total"] == 5
    assert {"period": "2025-12", "event": "REJECT", "events": 1} in body["by_type"]
    assert body["coop_conflict"][1] == {"period": "2025-12", "cooperation": 0, "conflict": 1, "goldstein": -4.0}
    assert _get(client, "/api/overview", period="week", type="REJECT")["by_quad"] == [
        {"period": "2025-12-01", "quad": 3, "events": 1}]  # fmt: skip


def test_api_network(client: TestClient) -> None:
    body = _get(client, "/api/network")
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("UKR", "RUS")] == {"source": "UKR", "target": "RUS", "events": 1, "goldstein": -2.0, "quad": 3}
    assert {n["id"]: n["label"] for n in body["nodes"]}["UNO"] == "United Nations"
    assert len(_get(client, "/api/network", by="actor", limit=1)["edges"]) == 1
    assert "by: unknown value 'planet'" in _error(client, "/api/network", 400, by="planet")


def test_api_map(client: TestClient) -> None:
    [odesa] = _get(client, "/api/map")["places"]
    assert odesa == {"name": "Odesa", "country": "UKR", "lat": 46.48, "lon": 30.73, "events": 5, "quad": 4}
    assert "limit: must be between 1 and 10000" in _error(client, "/api/map", 400, limit=0)


def test_api_export_csv_jsonl_parquet(client: TestClient, tmp_path: Path) -> None:
    response = client.get("/api/export", params={"format": "csv", "actor": "UKR"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="eventwire-events.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == ["ukr-1-e0", "ukr-1-e1"] and rows[0]["human_reviewed"] == "False"
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ALL_EVENTS
    parquet = client.get("/api/export", params={"format": "parquet", "limit": "2"})
    (tmp_path / "e.parquet").write_bytes(parquet.content)
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "e.parquet").column("id").to_pylist() == ALL_EVENTS[:2]
    clusters = client.get("/api/export", params={"format": "jsonl", "what": "clusters"}).text.splitlines()
    assert len(clusters) == 5
    mentions = client.get("/api/export", params={"format": "csv", "what": "mentions"}).text.splitlines()
    assert mentions[0].startswith("cluster_id,event_id") and len(mentions) == 6
    assert "format: unknown format 'xml'" in _error(client, "/api/export", 400, format="xml")
    assert "what: unknown value 'people'" in _error(client, "/api/export", 400, what="people")
    assert "type: unknown event type" in _error(client, "/api/export", 400, type="SHOUT")


def test_api_unknown_route_is_404_in_the_error_shape(client: TestClient) -> None:
    assert _error(client, "/api/nothing-here", 404) == "Not Found"


def test_api_openapi_docs(client: TestClient) -> None:
    paths = _get(client, "/openapi.json")["paths"]
    assert {"/api/events", "/api/export", "/api/articles", "/api/map", "/api/network"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_api_read_refuses_an_unknown_parameter(client: TestClient) -> None:
    response = client.get("/api/events", params={"acter": "RUS"})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("acter: unknown parameter for /api/events (expected: ")
    assert "actor" in message and "cursor" in message and "limit" in message
    assert client.get("/api/events", params={"actor": "RUS", "limit": 5}).status_code == 200
