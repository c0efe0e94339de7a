"""Date-range queries read from a bounded part of the indexes (revision 0007) and still find every
event whose days overlap the range, long ranges included, in the same order; on both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from eventwire.store import Store
from eventwire.store.migrate import alembic_config

from .databases import BACKENDS, database_url
from .factories import RUSSIA, UKRAINE, make_article, make_event

# Every kind of date, from a one-day event to a range of several years.
DATES = {
    0: "2019/2024",  # years: the only kind that can start more than a year before a range
    1: "2023",  # a year: starts up to a year before
    2: "2023-12",
    3: "2023-12-31",
    4: "2024-01-02",
    5: None,  # dated by its article: 2024-01-03
    6: "2022-05/2022-07",  # a range that ends before
    7: "2018-02-01/2018-02-03",
    8: "2024-02",  # starts after
}


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        article = make_article("long", published=dt.date(2024, 1, 3))
        opened.save(article, [make_event(article, n, date=date) for n, date in DATES.items()])
        yield opened


def numbers(found: list) -> list[int]:
    return [int(e.id.rsplit("-e", 1)[1]) for e in found]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (dt.date(2024, 1, 1), dt.date(2024, 1, 31), [0, 4, 5]),
        (dt.date(2023, 12, 31), dt.date(2024, 1, 2), [0, 1, 2, 3, 4]),
        (dt.date(2023, 6, 1), None, [0, 1, 2, 3, 4, 5, 8]),
        (dt.date(2018, 2, 3), dt.date(2019, 1, 1), [7, 0]),
        (dt.date(2022, 6, 1), dt.date(2022, 6, 1), [0, 6]),
        (dt.date(2025, 1, 1), None, []),
    ],
)
def test_date_range_finds_every_overlapping_event_in_order(
    store: Store, since: dt.date, until: dt.date | None, expected: list[int]
) -> None:
    assert numbers(store.events(since=since, until=until)) == expected
    # The same with a party filter, a page, and a place (the filters the indexes serve).
    assert numbers(store.events(since=since, until=until, actor="UKR", recipient="RUS")) == expected
    assert numbers(store.events(since=since, until=until, location="UKR", limit=2)) == expected[:2]


def test_date_range_finds_a_long_cluster(store: Store) -> None:
    # One article tells each occurrence once: every event is a cluster of its own.
    found = store.clusters(since=dt.date(2024, 1, 1), until=dt.date(2024, 1, 3))
    assert [c.record.date for c in found] == ["2019/2024", "2024-01-02", None]
    assert [c.record.date for c in store.clusters(since=dt.date(2024, 1, 1), until=dt.date(2024, 1, 1))] == ["2019/2024"]


def test_date_range_dyad_series_counts_a_long_range_in_its_first_month(store: Store) -> None:
    series = store.dyad_series("UKR", "RUS", since=dt.date(2024, 1, 1))
    assert [(point.period, point.events) for point in series] == [("2019-01", 1), ("2024-01", 2), ("2024-02", 1)]
    assert store.dyad_series("RUS", "UKR") == []


def test_date_range_indexes_come_and_go_with_revision_0007(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    Store(url).close()
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0006")
            assert "ix_events_ranges" not in {i["name"] for i in inspect(connection).get_indexes("events")}
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            assert "ix_event_actors_probe" in {i["name"] for i in inspect(connection).get_indexes("event_actors")}
    finally:
        engine.dispose()
    with Store(url) as store:
        article = make_article("a", published=dt.date(2024, 1, 3))
        store.save(article, [make_event(article, 0, date="2019/2024", actor=[UKRAINE], recipient=[RUSSIA])])
        assert numbers(store.events(since=dt.date(2024, 6, 1), actor="ukr")) == [0]
