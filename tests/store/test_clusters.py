"""Event clusters kept in the store: built as articles are saved, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.export.clusters import CLUSTER_COLUMNS, MENTION_COLUMNS, write_clusters
from eventwire.records import Article
from eventwire.store import Store

from .databases import BACKENDS, database_url
from .factories import POLICE, PROTESTERS, RUSSIA, UKRAINE, make_article, make_event

DAY = dt.date(2025, 11, 5)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        yield opened


def report(store: Store, article_id: str, outlet: str, *, wire: str | None = None, duplicate_of: str | None = None,
           event: str = "ACCUSE", date: str | None = "2025-11-04", modality: str = "asserted",
           published: dt.date = DAY, actor=None, recipient=None) -> Article:  # fmt: skip
    """Save one article by ``outlet`` reporting one event."""
    dateline = None if wire is None else {"text": f"KYIV ({wire}) -", "place": "KYIV", "wire": wire}
    article = make_article(article_id, outlet=outlet, dateline=dateline, published=published)
    record = make_event(article, event=event, date=date, modality=modality, actor=actor, recipient=recipient)
    store.save(article, [record], duplicate_of=duplicate_of)
    return article


def test_three_outlets_reporting_one_accusation_make_one_cluster(store: Store):
    report(store, "a", "Reuters")
    report(store, "b", "AFP")
    report(store, "c", "Kyiv Independent", date=None)  # dated by its publication only
    (cluster,) = store.clusters()
    assert (cluster.num_mentions, cluster.num_articles, cluster.num_outlets, cluster.num_independent_sources) == (3, 3, 3, 3)
    assert cluster.first_seen == cluster.last_seen == DAY
    assert {m.article_id for m in cluster.mentions} == {"a", "b", "c"}
    assert cluster.record.id in {"a-e0", "b-e0"}  # a dated mention tells it best


def test_a_reprint_and_a_shared_wire_are_not_independent_sources(store: Store):
    report(store, "ap-story", "AP", wire="AP")
    report(store, "local-paper", "Daily Herald", wire="AP")  # credits AP in its dateline
    report(store, "reprint", "Some Site", duplicate_of="ap-story")
    report(store, "own", "BBC")
    (cluster,) = store.clusters()
    assert (cluster.num_articles, cluster.num_outlets, cluster.num_independent_sources) == (4, 4, 2)
    assert store.clusters(min_sources=3) == []
    assert [c.id for c in store.clusters(min_sources=2)] == [cluster.id]


def test_events_on_other_days_or_of_other_types_are_other_clusters(store: Store):
    report(store, "a", "Reuters")
    report(store, "b", "AFP", date="2025-10-01")
    report(store, "c", "AP", event="REJECT")
    assert len(store.clusters()) == 3
    assert [c.record.event for c in store.clusters(event_type="reject")] == ["REJECT"]
    assert [c.record.date for c in store.clusters(since=dt.date(2025, 11, 1))] == ["2025-11-04", "2025-11-04"]


def test_a_plan_and_the_event_that_happened_stay_apart_and_are_linked(store: Store):
    report(store, "plan", "Reuters", event="CONSULT", date=None, modality="future", published=dt.date(2025, 11, 1))
    report(store, "held", "AFP", event="CONSULT", date="2025-11-04")
    planned, held = sorted(store.clusters(), key=lambda c: c.record.modality == "asserted")
    assert (planned.record.modality, held.record.modality) == ("future", "asserted")
    assert planned.linked_clusters == [held.id] and held.linked_clusters == [planned.id]


def test_saving_an_article_again_changes_nothing(store: Store):
    report(store, "a", "Reuters")
    report(store, "b", "AFP")
    before = store.clusters()
    report(store, "b", "AFP")
    report(store, "a", "Reuters")
    assert store.clusters() == before


def test_an_article_recoded_differently_leaves_its_cluster(store: Store):
    report(store, "a", "Reuters")
    report(store, "b", "AFP")
    report(store, "b", "AFP", date="2025-09-09")  # now a different occurrence
    found = sorted(store.clusters(), key=lambda c: c.record.date)
    assert [(c.record.date, c.num_articles) for c in found] == [("2025-09-09", 1), ("2025-11-04", 1)]
    report(store, "a", "Reuters", event="REJECT")
    assert sorted(c.record.event for c in store.clusters()) == ["ACCUSE", "REJECT"]


def test_filters_by_party_and_place_and_one_cluster_by_id(store: Store):
    report(store, "a", "Reuters")
    report(store, "k", "Nation", actor=[POLICE], recipient=[PROTESTERS], event="COERCE")
    (kenya,) = store.clusters(actor="KENCOP")
    assert kenya.record.event == "COERCE"
    assert [c.record.actor[0].code for c in store.clusters(recipient="RUS")] == ["UKR"]
    assert len(store.clusters(location="ukr")) == 2  # the factory's events are all in Odesa
    assert store.cluster(kenya.id) == kenya
    assert store.cluster("cl-none") is None
    with pytest.raises(InputError):
        store.clusters(location="Ukraine")


def test_rebuild_gives_the_clusters_saving_gave(store: Store):
    report(store, "a", "Reuters")
    report(store, "b", "AFP", actor=[RUSSIA], recipient=[UKRAINE])
    report(store, "c", "AP")
    before = sorted(({m.article_id for m in c.mentions} for c in store.clusters()), key=sorted)
    assert store.rebuild_clusters() == 2
    assert sorted(({m.article_id for m in c.mentions} for c in store.clusters()), key=sorted) == before
    assert store.stats()["clusters"] == 2


def test_clusters_and_mentions_export_as_jsonl_csv_and_parquet(store: Store, tmp_path: Path):
    import json

    import pyarrow.parquet as pq

    report(store, "a", "Reuters")
    report(store, "b", "AFP")
    clusters = store.clusters()
    assert write_clusters(clusters, "jsonl", tmp_path / "c.jsonl") == 1
    line = json.loads((tmp_path / "c.jsonl").read_text())
    assert line["id"] == clusters[0].id and line["best_event_id"] in {"a-e0", "b-e0"}
    assert line["num_outlets"] == 2 and len(line["mentions"]) == 2 and line["event"] == "ACCUSE"
    assert write_clusters(clusters, "csv", tmp_path / "c.csv") == 1
    assert (tmp_path / "c.csv").read_text().splitlines()[0].split(",") == list(CLUSTER_COLUMNS)
    assert write_clusters(clusters, "parquet", tmp_path / "m.parquet", what="mentions") == 2
    assert pq.read_table(tmp_path / "m.parquet").column_names == list(MENTION_COLUMNS)
