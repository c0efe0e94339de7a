"""Tests of eventwire.store.Store, each run on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from eventwire.errors import InputError, StoreError
from eventwire.export import FLAT_COLUMNS, export
from eventwire.records import Article, EventRecord, Place
from eventwire.store import Store, content_hash
from eventwire.store.models import EventActorRow

from .databases import BACKENDS, database_url
from .factories import POLICE, PROTESTERS, RUSSIA, UKRAINE, UN, make_article, make_event


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened


@pytest.fixture
def world(store: Store) -> dict[str, list[EventRecord]]:
    """Three articles whose events cover every kind of date, party and modality."""
    ukraine = make_article("ukr-1", published=dt.date(2025, 11, 5))
    kenya = make_article("ken-1", published=dt.date(2025, 6, 20), text="Police fired tear gas.")
    undated = make_article("undated", published=None)
    events = {
        ukraine.id: [
            make_event(ukraine, 0, date="2025-11-04"),
            make_event(ukraine, 1, event="REQUEST", actor=[UKRAINE], recipient=[UN], date=None,
                       modality="future"),  # fmt: skip
            make_event(ukraine, 2, event="CONSULT", actor=[UKRAINE, RUSSIA], recipient=[],
                       date="2025-11", reciprocal=True, modality="hypothetical"),  # fmt: skip
        ],
        kenya.id: [
            make_event(kenya, 0, event="PROTEST", actor=[PROTESTERS], recipient=[POLICE],
                       date="2025-05/2025-07"),  # fmt: skip
            make_event(kenya, 1, event="ASSAULT", actor=[POLICE], recipient=[PROTESTERS],
                       date="2025", modality="negated"),  # fmt: skip
        ],
        undated.id: [make_event(undated, 0, date=None)],
    }
    for article in (ukraine, kenya, undated):
        store.save(article, events[article.id])
    return events


def ids(records: list[EventRecord]) -> list[str]:
    return [record.id for record in records]


def actor_rows(store: Store) -> int:
    with Session(store._engine) as session:
        return session.scalar(select(func.count()).select_from(EventActorRow)) or 0


# ------------------------------------------------------------------------------ saving


def test_store_round_trip_gives_back_the_same_records(store: Store) -> None:
    article = make_article()
    saved = [make_event(article, 0), make_event(article, 1, event="REQUEST", recipient=[UN])]
    store.save(article, saved)
    assert store.events() == saved
    assert store.article(article.id) == article
    assert store.article("missing") is None


def test_store_round_trip_keeps_optional_fields_empty(store: Store) -> None:
    article = Article(id="bare", text="Bare text.")
    record = make_event(article, 0, location=None, attribution=[], context=[], mode="visit")
    store.save(article, [record])
    assert store.events() == [record]
    assert store.article("bare") == article


def test_store_resave_is_idempotent(store: Store) -> None:
    article = make_article()
    events = [make_event(article, 0), make_event(article, 1)]
    store.save(article, events)
    store.save(article, events)
    assert store.articles_count() == 1
    assert store.events() == events
    assert actor_rows(store) == 4


def test_store_resave_replaces_events(store: Store) -> None:
    article = make_article()
    store.save(article, [make_event(article, 0), make_event(article, 1)])
    changed = make_article(title="A corrected title")
    replacement = [make_event(changed, 5, event="PROTEST", actor=[PROTESTERS], recipient=[])]
    store.save(changed, replacement)
    assert store.events() == replacement
    assert store.article(article.id) == changed
    assert actor_rows(store) == 1


def test_store_resave_with_no_events_keeps_the_article(store: Store) -> None:
    article = make_article()
    store.save(article, [make_event(article, 0)])
    store.save(article, [])
    assert store.events() == []
    assert store.has_article(article.id)


def test_store_has_article_checks_the_content_hash(store: Store) -> None:
    article = make_article()
    assert not store.has_article(article.id)
    store.save(article, [])
    assert store.has_article(article.id)
    assert store.has_article(article.id, content_hash(article))
    assert store.has_article(article.id, content_hash(make_article(origin="elsewhere.txt")))
    assert not store.has_article(article.id, content_hash(make_article(text="Edited.")))


def refuse_insert(*args: object) -> None:
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize("failure", ["duplicate event id", "actor insert fails"])
def test_store_failed_save_keeps_previous_state(
    store: Store, failure: str, request: pytest.FixtureRequest
) -> None:
    article = make_article()
    before = [make_event(article, 0), make_event(article, 1)]
    store.save(article, before)
    changed = make_article(title="Never stored")
    after = [make_event(changed, 7), make_event(changed, 8)]
    expected: type[Exception] = StoreError
    if failure == "duplicate event id":
        after.append(make_event(changed, 7))
    else:
        # Fires while the transaction flushes, after the article was upserted and the old
        # events deleted: all of it must roll back.
        event.listen(EventActorRow, "before_insert", refuse_insert)
        request.addfinalizer(lambda: event.remove(EventActorRow, "before_insert", refuse_insert))
        expected = RuntimeError
    with pytest.raises(expected):
        store.save(changed, after)
    assert store.events() == before
    assert store.article(article.id) == article
    assert actor_rows(store) == 4


def test_store_rejects_an_event_of_another_article(store: Store) -> None:
    article = make_article()
    stranger = make_event(make_article("other"), 0)
    with pytest.raises(StoreError, match="belongs to article 'other'"):
        store.save(article, [stranger])
    assert store.articles_count() == 0


def test_store_rejects_an_impossible_date(store: Store) -> None:
    article = make_article()
    with pytest.raises(StoreError, match="impossible date '2025-13'"):
        store.save(article, [make_event(article, 0, date="2025-13")])


def test_store_event_id_taken_by_another_article_is_a_store_error(store: Store) -> None:
    first, second = make_article("a"), make_article("b")
    store.save(first, [make_event(first, 0)])
    clash = make_event(second, 0).model_copy(update={"id": "a-e0"})
    with pytest.raises(StoreError) as raised:
        store.save(second, [clash])
    assert "cannot save article 'b'" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert not store.has_article("b")


def test_store_keeps_data_when_reopened(store_url: str) -> None:
    article = make_article()
    with Store(store_url) as store:
        store.save(article, [make_event(article, 0)])
    with Store(store_url) as store:
        assert ids(store.events()) == ["ukr-1-e0"]


# ------------------------------------------------------------------------------ queries


def test_store_orders_by_date_then_article_then_offset(
    store: Store, world: dict[str, list[EventRecord]]
) -> None:
    assert ids(store.events()) == [
        "ken-1-e1",  # 2025 -> 2025-01-01
        "ken-1-e0",  # 2025-05/2025-07 -> 2025-05-01
        "ukr-1-e2",  # 2025-11 -> 2025-11-01
        "ukr-1-e0",  # 2025-11-04
        "ukr-1-e1",  # no date: published 2025-11-05
        "undated-e0",  # no date and no publication date: last
    ]


def test_store_orders_same_day_events_by_article_id_and_offset(store: Store) -> None:
    b, a = make_article("b"), make_article("a")
    store.save(b, [make_event(b, 0, start=10), make_event(b, 1, start=5)])
    store.save(a, [make_event(a, 0, start=50)])
    assert ids(store.events()) == ["a-e0", "b-e1", "b-e0"]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        # An event is kept when any of its days falls in the range: "2025" (ken-1-e1) and
        # "2025-11" (ukr-1-e2) reach into November; "2025-05/2025-07" (ken-1-e0) does not.
        (dt.date(2025, 11, 1), None, ["ken-1-e1", "ukr-1-e2", "ukr-1-e0", "ukr-1-e1"]),
        (dt.date(2025, 11, 5), dt.date(2025, 11, 5), ["ken-1-e1", "ukr-1-e2", "ukr-1-e1"]),
        (dt.date(2025, 7, 31), dt.date(2025, 7, 31), ["ken-1-e1", "ken-1-e0"]),
        (dt.date(2025, 8, 1), dt.date(2025, 10, 31), ["ken-1-e1"]),
        (None, dt.date(2025, 5, 1), ["ken-1-e1", "ken-1-e0"]),
        (None, dt.date(2024, 12, 31), []),
        (dt.date(2026, 1, 1), None, []),
    ],
)
def test_store_filters_by_date(
    store: Store,
    world: dict[str, list[EventRecord]],
    since: dt.date | None,
    until: dt.date | None,
    expected: list[str],
) -> None:
    assert ids(store.events(since=since, until=until)) == expected


def test_store_filters_by_the_country_of_the_place(store: Store) -> None:
    article = make_article("a")
    istanbul = Place(text="Istanbul", name="Istanbul", country="TUR", lat=41.01, lon=28.95, precision="city")
    store.save(article, [make_event(article, 0), make_event(article, 1, location=istanbul),
                         make_event(article, 2, location=None)])  # fmt: skip
    assert ids(store.events(location="tur")) == ["a-e1"]
    assert ids(store.events(location="UKR")) == ["a-e0"]  # the factory's Odesa
    assert store.events(location="FRA") == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "RUS"}, ["ukr-1-e2"]),
        ({"actor": "rusgov"}, ["ukr-1-e2"]),
        ({"actor": "UKR"}, ["ukr-1-e2", "ukr-1-e0", "ukr-1-e1", "undated-e0"]),
        ({"actor": "KENCOP"}, ["ken-1-e1"]),
        ({"actor": "ken"}, ["ken-1-e1", "ken-1-e0"]),
        ({"recipient": "RUS"}, ["ukr-1-e0", "undated-e0"]),
        ({"recipient": "igouno"}, ["ukr-1-e1"]),
        ({"actor": "UKR", "recipient": "UNO"}, ["ukr-1-e1"]),
        ({"recipient": "UKR"}, []),
        ({"event_type": "assault"}, ["ken-1-e1"]),
        ({"modality": "FUTURE"}, ["ukr-1-e1"]),
        ({"event_type": "ACCUSE", "modality": "asserted"}, ["ukr-1-e0", "undated-e0"]),
        ({"limit": 2}, ["ken-1-e1", "ken-1-e0"]),
        ({"limit": 0}, []),
        ({"actor": "UKR", "since": dt.date(2025, 11, 3), "limit": 1}, ["ukr-1-e2"]),  # "2025-11" reaches Nov 3
        ({"actor": "UKR", "since": dt.date(2025, 11, 5), "event_type": "ACCUSE"}, []),  # Nov 4 ends before
    ],
)
def test_store_filters_by_party_type_modality_and_limit(
    store: Store, world: dict[str, list[EventRecord]], filters: dict, expected: list[str]
) -> None:
    assert ids(store.events(**filters)) == expected
    assert ids(list(store.iter_events(**filters))) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"event_type": "SHOUT"}, "unknown event type 'SHOUT'"),
        ({"modality": "likely"}, "unknown modality 'likely'"),
        ({"limit": -1}, "limit must be 0 or more"),
    ],
)
def test_store_rejects_unknown_filter_values(store: Store, filters: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        store.events(**filters)
    with pytest.raises(InputError, match=message):
        store.iter_events(**filters)  # checked before any row is read


def test_store_iter_events_streams_the_same_events(
    store: Store, world: dict[str, list[EventRecord]]
) -> None:
    stream = store.iter_events()
    assert not isinstance(stream, list)
    first = next(stream)
    assert first.id == "ken-1-e1"
    assert [first, *stream] == store.events()


def test_store_stats(store: Store, world: dict[str, list[EventRecord]]) -> None:
    stats = store.stats()
    assert stats["articles"] == 3
    assert stats["events"] == 6
    # Most frequent first, ties in alphabetical order.
    assert list(stats["by_event"].items()) == [
        ("ACCUSE", 2), ("ASSAULT", 1), ("CONSULT", 1), ("PROTEST", 1), ("REQUEST", 1),
    ]  # fmt: skip
    assert stats["by_modality"] == {"asserted": 3, "future": 1, "hypothetical": 1, "negated": 1}
    assert stats["by_quad"] == {1: 2, 2: 0, 3: 3, 4: 1}
    assert stats["date_range"] == {"first": "2025-01-01", "last": "2025-11-05"}
    assert stats["top_actors"] == {"UKR": 4, "KEN": 2, "RUS": 1}


def test_store_stats_of_an_empty_store(store: Store) -> None:
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["by_event"]) == (0, 0, {})
    assert stats["date_range"] == {"first": None, "last": None}
    assert stats["top_actors"] == {}


def test_store_query_as_dataframe_has_the_flat_columns(
    store: Store, world: dict[str, list[EventRecord]]
) -> None:
    frame = store.query(as_dataframe=True, actor="UKR")
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert list(frame["id"]) == ["ukr-1-e2", "ukr-1-e0", "ukr-1-e1", "undated-e0"]
    row = frame.iloc[0]
    assert row["actor_code"] == "UKR;RUS"
    assert row["actor_text"] == "Ukraine's foreign ministry;Russia"
    assert (row["event"], row["quad_code"], row["published"]) == ("CONSULT", 1, "2025-11-05")


def test_store_query_returns_records_or_an_empty_frame(store: Store) -> None:
    assert store.query(modality="negated") == []
    frame = store.query(as_dataframe=True)
    assert frame.empty
    assert list(frame.columns) == list(FLAT_COLUMNS)


def test_store_iter_events_feeds_an_export(
    store: Store, world: dict[str, list[EventRecord]], tmp_path: Path
) -> None:
    path = tmp_path / "kenya.jsonl"
    assert export(store.iter_events(actor="KEN"), "plover-jsonl", path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [EventRecord.model_validate_json(line) for line in lines] == store.events(actor="KEN")
