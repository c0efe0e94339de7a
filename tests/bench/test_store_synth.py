"""bench/store_synth.py and the bulk fill of bench/store_scale.py write what Store.save writes.

A small synthetic world is stored twice: once article by article with ``Store.save``, once by
the benchmark's bulk loader. The rows, and what the store's queries answer, must be the same.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.store_scale import _Postgres, _SQLite
from bench.store_synth import TABLES, World
from eventwire.cluster.match import mention_of
from eventwire.cluster.sources import independent_source
from eventwire.records import EventRecord
from eventwire.store import Store
from tests.store.databases import BACKENDS, POSTGRES, database_url, postgres_unreachable

SEED = 11
EVENTS = 600
DAYS = 40


def world() -> World:
    return World(SEED, EVENTS, days=DAYS)


def rows(path: Path, table: str) -> dict[Any, dict[str, Any]]:
    """A table of a SQLite store, by primary key, each row as a dict of its columns."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        found = [dict(row) for row in connection.execute(f"SELECT * FROM {table}")]
    finally:
        connection.close()
    keys = {"event_actors": ("event_id", "role", "position"), "cluster_mentions": ("event_id",)}.get(table, ("id",))
    return {tuple(row[k] for k in keys): row for row in found}


def without_clusters(stats: dict[str, Any]) -> dict[str, Any]:
    """Store statistics but the number of clusters (the world's occurrences are not the clusterer's)."""
    return {name: value for name, value in stats.items() if name != "clusters"}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The world stored with Store.save, article by article."""
    path = tmp_path_factory.mktemp("saved") / "saved.db"
    coded = world().coded(10**6)
    with Store(path) as store:
        for item in coded:
            store.save(item.article, item.events)
    return path


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same world bulk-loaded by the benchmark."""
    path = tmp_path_factory.mktemp("filled") / "filled.db"
    report = _SQLite(path).fill(EVENTS, SEED, reuse=False, days=DAYS)
    assert report["rows"]["events"] == EVENTS
    return path


def test_store_synth_is_the_same_world_for_the_same_seed() -> None:
    first = [batch.rows for batch in World(3, 300, days=10).batches()]
    assert first == [batch.rows for batch in World(3, 300, days=10).batches()]
    assert first != [batch.rows for batch in World(4, 300, days=10).batches()]


def test_store_synth_makes_valid_records_as_pydantic_writes_them() -> None:
    for batch in world().batches():
        for row in batch.rows["events"]:
            record = row[TABLES["events"].index("record")]
            assert EventRecord.model_validate_json(record).model_dump_json() == record


def test_store_synth_world_has_the_promised_shape() -> None:
    batches = list(World(5, 5000).batches())
    events = [row for batch in batches for row in batch.rows["events"]]
    clusters = [row for batch in batches for row in batch.rows["event_clusters"]]
    assert len(events) == 5000
    days = sorted(row[TABLES["events"].index("date_start")] for row in events)
    assert days[0] < "2020-02-01" and days[-1] > "2024-11-30"
    sizes = {row[TABLES["event_clusters"].index("num_mentions")] for row in clusters}
    assert sizes == set(range(1, 9))
    assert sum(len(batch.rows["cluster_mentions"]) for batch in batches) == 5000
    codes = [row[TABLES["event_actors"].index("code")] for batch in batches for row in batch.rows["event_actors"]]
    ranked = Counter(codes).most_common()
    assert len(ranked) >= 140 and ranked[0][0] == "USA" and ranked[0][1] > 10 * ranked[60][1]  # Zipf-like


def test_store_synth_articles_tell_about_five_events_each_at_the_default_density() -> None:
    # About 550 events a day, as in a million over five years; a sparse world has smaller articles.
    batches = list(World(5, 20_000, days=36).batches())
    articles = sum(len(batch.rows["articles"]) for batch in batches)
    assert 4.5 <= 20_000 / articles <= 6


@pytest.mark.parametrize("table", ["articles", "events", "event_actors"])
def test_store_synth_rows_are_those_store_save_writes(saved: Path, filled: Path, table: str) -> None:
    expected, found = rows(saved, table), rows(filled, table)
    assert found.keys() == expected.keys()
    for key, row in expected.items():
        if table == "articles":  # the time of the save
            row.pop("ingested_at"), found[key].pop("ingested_at")
        assert found[key] == row, key


def test_store_synth_cluster_mentions_are_those_store_save_makes(saved: Path, filled: Path) -> None:
    expected, found = rows(saved, "cluster_mentions"), rows(filled, "cluster_mentions")
    assert found.keys() == expected.keys()
    assert all(found[key]["mention"] == row["mention"] for key, row in expected.items())


def test_store_synth_mentions_are_eventwire_mentions() -> None:
    coded = world().coded(50)
    batches = list(world().batches())
    stored = {row[0]: json.loads(row[3]) for batch in batches for row in batch.rows["cluster_mentions"]}
    for item in coded:
        wire = item.article.dateline.wire if item.article.dateline else None
        source = independent_source(item.article.id, wire, item.article.outlet)
        for record in item.events:
            mention = mention_of(record, item.article.published, item.article.outlet, source)
            assert stored[record.id]["words"] == sorted(mention.words)
            assert stored[record.id]["first_day"] == (mention.first_day.isoformat() if mention.first_day else None)


def test_store_synth_clusters_match_the_clusterers_where_it_groups_alike(saved: Path, filled: Path) -> None:
    """The world's clusters are its occurrences; the clusterer groups most of them alike.

    Where a cluster has the same mentions both ways, its row must be the same too.
    """
    def groups(path: Path) -> dict[frozenset[str], str]:
        members: dict[str, set[str]] = {}
        for (event_id,), row in rows(path, "cluster_mentions").items():
            members.setdefault(row["cluster_id"], set()).add(event_id)
        return {frozenset(ids): cluster for cluster, ids in members.items()}

    expected, found = groups(saved), groups(filled)
    same = expected.keys() & found.keys()
    assert len(same) >= 0.8 * len(found)
    saved_rows, filled_rows = rows(saved, "event_clusters"), rows(filled, "event_clusters")
    for members in same:
        want, got = saved_rows[(expected[members],)], filled_rows[(found[members],)]
        if want["links"] == "[]":  # a link depends on which other clusters exist
            assert got == want


def test_store_synth_filled_store_answers_queries_as_the_saved_one(saved: Path, filled: Path) -> None:
    since, until = dt.date(2020, 1, 10), dt.date(2020, 1, 25)
    with Store(saved) as by_save, Store(filled) as by_fill:
        assert without_clusters(by_fill.stats()) == without_clusters(by_save.stats())
        for filters in ({}, {"since": since, "until": until}, {"actor": "USA"}, {"recipient": "rus", "limit": 5},
                        {"location": "CHN", "since": since}, {"event_type": "CONSULT", "modality": "asserted"}):  # fmt: skip
            assert by_fill.events(**filters) == by_save.events(**filters), filters
        assert by_fill.dyad_series("USA", "RUS") == by_save.dyad_series("USA", "RUS")
        assert by_fill.article("sw0000003") == by_save.article("sw0000003")


@pytest.fixture(params=BACKENDS)
def loader(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """The benchmark's bulk loader of each backend, on a throwaway database."""
    if request.param == "sqlite":
        yield _SQLite(tmp_path / "bulk.db")
        return
    reason = postgres_unreachable()
    if reason is not None:
        pytest.skip(f"PostgreSQL at {POSTGRES} is unreachable: {reason}")
    backend = _Postgres(POSTGRES, f"eventwire_test_{uuid.uuid4().hex[:12]}")
    try:
        yield backend
    finally:
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {backend.schema} CASCADE")


def test_store_scale_fill_keeps_the_schema_and_is_reused(loader: Any, tmp_path: Path) -> None:
    first = loader.fill(300, SEED, reuse=False, days=DAYS)
    assert first["rows"]["events"] == 300 and not first["reused"]
    assert loader.fill(300, SEED, reuse=True, days=DAYS)["reused"]
    assert not loader.fill(300, SEED + 1, reuse=True, days=DAYS)["reused"]  # another world: filled again
    with Store(loader.url()) as store, database_url("sqlite", tmp_path) as url, Store(url) as saved:
        for item in World(SEED + 1, 300, days=DAYS).coded(10**6):
            saved.save(item.article, item.events)
        assert without_clusters(store.stats()) == without_clusters(saved.stats())
        assert store.events(actor="USA", limit=20) == saved.events(actor="USA", limit=20)
