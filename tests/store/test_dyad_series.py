"""Store.dyad_series: a dyad's events counted and scored by month, week or day, on SQLite and on
PostgreSQL, from the event_dyads table (revision 0008)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.records import Entity
from eventwire.store import DyadPeriod, Store

from .databases import BACKENDS, database_url
from .factories import RUSSIA, UKRAINE, UN, make_article, make_event

UKRAINE_MIL = Entity(text="Ukrainian troops", code="UKR", sector="MIL", cameo_code="UKRMIL")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        yield opened


@pytest.fixture
def dyads(store: Store) -> Store:
    """Ukraine and Russia over a few months, one way and the other, with every kind of date."""
    november = make_article("nov", published=dt.date(2025, 11, 5))
    october = make_article("oct", published=dt.date(2025, 10, 31))
    undated = make_article("undated", published=None)
    store.save(november, [
        make_event(november, 0, date="2025-11-04"),
        make_event(november, 1, date=None),  # counted in its article's month
        make_event(november, 2, event="REQUEST", date="2025-11-02"),
        make_event(november, 3, actor=[RUSSIA], recipient=[UKRAINE], date="2025-11-03"),  # the other way
        make_event(november, 4, actor=[UKRAINE, UN], recipient=[RUSSIA, UN], date="2025-11-01"),  # once, not twice
        make_event(november, 5, actor=[UKRAINE_MIL], recipient=[UN], date="2025-11-01"),  # another dyad
    ])  # fmt: skip
    store.save(october, [
        make_event(october, 0, date="2025-09"),  # a month
        make_event(october, 1, date="2025-05/2025-07"),  # a range: its first month
        make_event(october, 2, actor=[UKRAINE_MIL], date="2025-10-30"),
    ])  # fmt: skip
    store.save(undated, [make_event(undated, 0, date=None)])  # no day at all: not counted
    return store


def counts(series: list[DyadPeriod]) -> list[tuple[str, int]]:
    return [(point.period, point.events) for point in series]


def test_dyad_series_counts_a_dyads_events_by_month(dyads: Store) -> None:
    assert counts(dyads.dyad_series("UKR", "RUS")) == [("2025-05", 1), ("2025-09", 1), ("2025-10", 1), ("2025-11", 4)]
    assert counts(dyads.dyad_series("RUS", "UKR")) == [("2025-11", 1)]


def test_dyad_series_sums_goldstein_scores(dyads: Store) -> None:
    # November: three ACCUSE (-2.0 each) and one REQUEST (+3.0).
    assert dyads.dyad_series("UKR", "RUS")[-1] == DyadPeriod("2025-11", 4, -3.0)


def test_dyad_series_by_week_and_by_day(dyads: Store) -> None:
    november = dt.date(2025, 11, 1)
    # Weeks run Monday to Sunday: Nov 1 and 2 (a Saturday and Sunday) fall in the week of Oct 27.
    assert counts(dyads.dyad_series("UKR", "RUS", since=november, period="week")) == [
        ("2025-10-27", 2), ("2025-11-03", 2)]  # fmt: skip
    assert counts(dyads.dyad_series("UKR", "RUS", since=november, period="day")) == [
        ("2025-11-01", 1), ("2025-11-02", 1), ("2025-11-04", 1), ("2025-11-05", 1)]  # fmt: skip
    with pytest.raises(InputError, match="unknown period 'year'"):
        dyads.dyad_series("UKR", "RUS", period="year")


def test_dyad_series_forgets_the_events_of_a_saved_again_article(dyads: Store) -> None:
    november = make_article("nov", published=dt.date(2025, 11, 5))
    dyads.save(november, [make_event(november, 0, date="2025-11-04")])
    assert counts(dyads.dyad_series("UKR", "RUS", since=dt.date(2025, 11, 1))) == [("2025-11", 1)]
    assert dyads.dyad_series("RUS", "UKR") == []


@pytest.mark.parametrize(
    ("actor", "recipient", "expected"),
    [
        ("ukr", "rus", [("2025-05", 1), ("2025-09", 1), ("2025-10", 1), ("2025-11", 4)]),
        ("UKRMIL", "RUS", [("2025-10", 1)]),  # a CAMEO actor code
        ("UKR", "UNO", [("2025-11", 2)]),
        ("UKR", "CHN", []),
    ],
)
def test_dyad_series_matches_country_or_cameo_codes_in_any_case(
    dyads: Store, actor: str, recipient: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(dyads.dyad_series(actor, recipient)) == expected


def test_dyad_series_keeps_the_events_whose_days_overlap_the_range(dyads: Store) -> None:
    # The May-July range reaches June; the September month reaches its last day.
    assert counts(dyads.dyad_series("UKR", "RUS", since=dt.date(2025, 6, 15), until=dt.date(2025, 9, 1))) == [
        ("2025-05", 1), ("2025-09", 1)]  # fmt: skip
    assert counts(dyads.dyad_series("UKR", "RUS", since=dt.date(2025, 11, 3))) == [("2025-11", 2)]
    assert counts(dyads.dyad_series("UKR", "RUS", until=dt.date(2025, 9, 30))) == [("2025-05", 1), ("2025-09", 1)]


def test_dyad_series_filters_by_event_type(dyads: Store) -> None:
    assert dyads.dyad_series("UKR", "RUS", event_type="request") == [DyadPeriod("2025-11", 1, 3.0)]
    with pytest.raises(InputError, match="unknown event type"):
        dyads.dyad_series("UKR", "RUS", event_type="HUG")


def test_dyad_series_agrees_with_the_events_query(dyads: Store) -> None:
    since, until = dt.date(2025, 7, 1), dt.date(2025, 11, 3)
    events = dyads.events(actor="UKR", recipient="RUS", since=since, until=until)
    assert sum(point.events for point in dyads.dyad_series("UKR", "RUS", since, until)) == len(events)


def test_dyad_series_of_an_empty_store_is_empty(store: Store) -> None:
    assert store.dyad_series("UKR", "RUS") == []


def test_revision_0008_fills_event_dyads_from_the_stored_events(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from eventwire.store.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'events.db'}"
    with Store(url) as saved:
        article = make_article("a", published=dt.date(2025, 11, 5))
        saved.save(article, [make_event(article, 0, date="2025-11-04"), make_event(article, 1, actor=[UKRAINE_MIL], date=None)])
        before = saved.dyad_series("UKRMIL", "RUS", period="day")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0007")
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            # Each event: two actor codes (UKR and UKRGOV or UKRMIL) by two recipient codes.
            assert connection.execute(text("SELECT count(*) FROM event_dyads")).scalar() == 4 + 4
    finally:
        engine.dispose()
    with Store(url) as upgraded:
        assert upgraded.dyad_series("UKRMIL", "RUS", period="day") == before == [DyadPeriod("2025-11-05", 1, -2.0)]
