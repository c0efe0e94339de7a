"""Store.dyad_series: a dyad's events counted month by month, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.records import Entity
from eventwire.store import Store

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


def test_dyad_series_counts_a_dyads_events_by_month(dyads: Store) -> None:
    assert dyads.dyad_series("UKR", "RUS") == [("2025-05", 1), ("2025-09", 1), ("2025-10", 1), ("2025-11", 4)]
    assert dyads.dyad_series("RUS", "UKR") == [("2025-11", 1)]


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
    assert dyads.dyad_series(actor, recipient) == expected


def test_dyad_series_keeps_the_events_whose_days_overlap_the_range(dyads: Store) -> None:
    # The May-July range reaches June; the September month reaches its last day.
    assert dyads.dyad_series("UKR", "RUS", since=dt.date(2025, 6, 15), until=dt.date(2025, 9, 1)) == [
        ("2025-05", 1), ("2025-09", 1)]  # fmt: skip
    assert dyads.dyad_series("UKR", "RUS", since=dt.date(2025, 11, 3)) == [("2025-11", 2)]
    assert dyads.dyad_series("UKR", "RUS", until=dt.date(2025, 9, 30)) == [("2025-05", 1), ("2025-09", 1)]


def test_dyad_series_filters_by_event_type(dyads: Store) -> None:
    assert dyads.dyad_series("UKR", "RUS", event_type="request") == [("2025-11", 1)]
    with pytest.raises(InputError, match="unknown event type"):
        dyads.dyad_series("UKR", "RUS", event_type="HUG")


def test_dyad_series_agrees_with_the_events_query(dyads: Store) -> None:
    since, until = dt.date(2025, 7, 1), dt.date(2025, 11, 3)
    events = dyads.events(actor="UKR", recipient="RUS", since=since, until=until)
    assert sum(count for _, count in dyads.dyad_series("UKR", "RUS", since, until)) == len(events)


def test_dyad_series_of_an_empty_store_is_empty(store: Store) -> None:
    assert store.dyad_series("UKR", "RUS") == []
