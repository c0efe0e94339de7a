"""Tests of the API's writing endpoints (token, reviews, ingest, body limit) and the dashboard mount."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.serve import app as app_module
from eventwire.serve import create_app
from eventwire.store import Store

from .demo import StandInPipeline, fill

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with Store(url) as store:
        fill(store)
    return url


@pytest.fixture
def client(url: str) -> Iterator[TestClient]:
    StandInPipeline.built = 0
    with TestClient(create_app(url, token=TOKEN, pipeline_factory=StandInPipeline, max_body=4096)) as opened:
        yield opened


def _error(response, status: int) -> str:  # noqa: ANN001
    assert response.status_code == status, response.text
    return response.json()["error"]["message"]


def test_api_write_without_a_server_token_is_403(url: str) -> None:
    with TestClient(create_app(url)) as client:
        response = client.post("/api/events/ukr-1-e0/review", json={"reviewer": "ana", "verdict": "correct"}, headers=AUTH)
        assert "writing is disabled" in _error(response, 403)
        assert _error(client.post("/api/articles", json={"text": "x"}), 403).startswith("writing is disabled")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {TOKEN}"}])
def test_api_write_with_a_missing_or_wrong_token_is_401(client: TestClient, headers: dict) -> None:
    response = client.post("/api/events/ukr-1-e0/review", json={"reviewer": "ana", "verdict": "correct"}, headers=headers)
    assert "token" in _error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/events/ukr-1-e0").json()["reviews"] == []


def test_api_review_round_trip(client: TestClient) -> None:
    posted = {"reviewer": "ana", "verdict": "corrected", "changes": {"event": "REJECT", "recipient": "KENGOV"},
              "note": "the ministry rejected, not accused"}  # fmt: skip
    response = client.post("/api/events/ukr-1-e0/review", json=posted, headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    review = body["review"]
    assert (review["event_id"], review["reviewer"], review["verdict"]) == ("ukr-1-e0", "ana", "corrected")
    assert review["original"]["event"] == "ACCUSE" and review["original"]["recipient"][0]["code"] == "RUS"
    assert review["changes"]["recipient"][0]["cameo_code"] == "KENGOV"
    assert review["reviewed_at"].endswith(("Z", "+00:00"))
    assert (body["event"]["event"], body["event"]["human_reviewed"]) == ("REJECT", True)
    listed = client.get("/api/events", params={"reviewed": "true"}).json()["events"]
    assert [e["id"] for e in listed] == ["ukr-1-e0"] and listed[0]["review"]["id"] == review["id"]
    assert listed[0]["recipient"][0]["cameo_code"] == "KENGOV"
    assert [e["id"] for e in client.get("/api/events", params={"type": "REJECT"}).json()["events"]] == ["ukr-1-e0", "ukr-1-e2"]
    detail = client.get("/api/events/ukr-1-e0").json()
    assert [r["id"] for r in detail["reviews"]] == [review["id"]] and detail["event"]["review"]["note"] == posted["note"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert {r["id"]: (r["human_reviewed"], r["event"]) for r in rows}["ukr-1-e0"] == ("True", "REJECT")
    first = json.loads(client.get("/api/export", params={"format": "jsonl"}).text.splitlines()[0])
    assert first["human_reviewed"] is True and first["review"]["verdict"] == "corrected"


def test_api_review_latest_wins(client: TestClient) -> None:
    client.post("/api/events/ukr-1-e0/review", json={"reviewer": "ana", "verdict": "corrected", "changes": {"modality": "negated"}}, headers=AUTH)
    client.post("/api/events/ukr-1-e0/review", json={"reviewer": "bo", "verdict": "wrong"}, headers=AUTH)
    event = client.get("/api/events/ukr-1-e0").json()
    assert event["event"]["modality"] == "asserted" and event["event"]["review"]["reviewer"] == "bo"
    assert [r["reviewer"] for r in event["reviews"]] == ["ana", "bo"]


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"reviewer": "ana", "verdict": "great"}, 400, "verdict: unknown verdict 'great'"),
        ({"reviewer": "ana", "verdict": "corrected", "changes": {"event": "SHOUT"}}, 400, "changes.event: unknown event type"),
        ({"reviewer": "ana", "verdict": "corrected", "changes": {"modality": "maybe"}}, 400, "changes.modality:"),
        ({"reviewer": "ana", "verdict": "corrected", "changes": {"date": "2025-02-30"}}, 400, "changes.date:"),
        ({"verdict": "correct"}, 400, "reviewer: Field required"),
        ({"reviewer": "ana", "verdict": "correct", "extra": 1}, 400, "extra: Extra inputs are not permitted"),
    ],
)
def test_api_review_bad_body_is_400(client: TestClient, body: dict, status: int, message: str) -> None:
    assert _error(client.post("/api/events/ukr-1-e0/review", json=body, headers=AUTH), status).startswith(message)


def test_api_review_of_an_unknown_event_is_404(client: TestClient) -> None:
    response = client.post("/api/events/nope/review", json={"reviewer": "ana", "verdict": "correct"}, headers=AUTH)
    assert "no stored event has the id 'nope'" in _error(response, 404)


def test_api_ingest_json_and_ndjson_with_the_pipeline_built_once(client: TestClient) -> None:
    response = client.post("/api/articles", headers=AUTH,
                           json={"text": "Russian forces shelled Kyiv on Tuesday.", "title": "<i>Shelling</i>",
                                 "published": "2025-11-18", "outlet": "Wire"})  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["stored"], body["events"]) == (1, 1) and body["articles"][0].startswith("api-")
    article = client.get(f"/api/articles/{body['articles'][0]}").json()
    assert article["article"]["title"] == "<i>Shelling</i>" and article["article"]["published"] == "2025-11-18"
    assert article["quotes"][0]["text"] == "Russian fo" and len(article["events"]) == 1
    lines = "\n".join(json.dumps({"id": f"n-{i}", "text": f"Story number {i} about Kyiv."}) for i in range(3))
    response = client.post("/api/articles", content=lines, headers=AUTH | {"Content-Type": "application/x-ndjson"})
    assert response.json() == {"stored": 3, "skipped": 0, "events": 3, "articles": ["n-0", "n-1", "n-2"]}
    again = client.post("/api/articles", content=lines, headers=AUTH | {"Content-Type": "application/x-ndjson"})
    assert (again.json()["stored"], again.json()["skipped"]) == (0, 3)
    assert StandInPipeline.built == 1
    assert client.get("/api/stats").json()["articles"] == 6


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        ("{not json", "application/json", "body:1: not JSON"),
        ('{"title": "no text"}', "application/json", "body:1: missing 'text' field"),
        ('{"text": "x", "published": "someday"}', "application/json", "body:1:"),
        ('{"text": "fine"}\n[1]', "application/x-ndjson", "body:2: an article is a JSON object"),
        ("", "application/x-ndjson", "body: no articles in it"),
    ],
)
def test_api_ingest_bad_body_is_400(client: TestClient, content: str, content_type: str, message: str) -> None:
    response = client.post("/api/articles", content=content, headers=AUTH | {"Content-Type": content_type})
    assert _error(response, 400).startswith(message)
    assert client.get("/api/stats").json()["articles"] == 2


def test_api_body_over_the_limit_is_413(client: TestClient) -> None:
    big = json.dumps({"text": "word " * 2000})
    response = client.post("/api/articles", content=big, headers=AUTH | {"Content-Type": "application/json"})
    assert "larger than" in _error(response, 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
        yield big.encode()

    response = client.post("/api/articles", content=chunks(), headers=AUTH | {"Content-Type": "application/json"})
    assert _error(response, 413).startswith("body: larger than")


def test_api_dashboard_missing_is_a_clear_503(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "WEB", tmp_path / "no-web")
    with TestClient(create_app(url)) as client:
        message = _error(client.get("/"), 503)
        assert "dashboard files are missing" in message
        assert client.get("/static/app.js").status_code == 404


def test_api_dashboard_is_served_when_installed(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    web = tmp_path / "web"
    (web / "static").mkdir(parents=True)
    (web / "index.html").write_text("<!doctype html><title>eventwire</title>", encoding="utf-8")
    (web / "static" / "app.js").write_text("console.log(1)", encoding="utf-8")
    monkeypatch.setattr(app_module, "WEB", web)
    with TestClient(create_app(url)) as client:
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert client.get("/static/app.js").text == "console.log(1)"


@pytest.mark.slow
def test_api_ingest_with_the_real_pipeline_stores_events_and_quotes(url: str, pipeline) -> None:  # noqa: ANN001
    text = "Ukraine's foreign ministry accused Russia of shelling grain silos in Odesa, a spokesman said on Tuesday."
    with TestClient(create_app(url, token=TOKEN, pipeline_factory=lambda: pipeline)) as client:
        body = client.post("/api/articles", json={"text": text, "published": "2025-11-18", "id": "real-1"}, headers=AUTH).json()
        assert body["stored"] == 1 and body["events"] >= 1
        article = client.get("/api/articles/real-1").json()
        assert article["events"][0]["event"] == "ACCUSE" and article["quotes"]
        assert any(span["kind"] == "evidence" for span in article["spans"])
