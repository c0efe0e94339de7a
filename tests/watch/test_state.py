"""Tests for the watcher's state in the store (eventwire.store.feed_state), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from eventwire.errors import StoreError
from eventwire.store import Store
from eventwire.store.feed_state import FeedPoll, NewItem
from eventwire.store.migrate import alembic_config
from store.databases import BACKENDS, database_url  # tests/store, shared with the store's own tests

FEED = "https://ledger.example/rss"
ITEMS = (NewItem("g1", "https://ledger.example/1", "One", dt.date(2025, 11, 17)),
         NewItem("g2", "https://ledger.example/2", "Two", None))  # fmt: skip


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        yield opened


def test_state_a_poll_saves_the_feed_and_its_new_items(store: Store) -> None:
    assert store.feed_status(FEED) is None
    new = store.save_feed_poll(FeedPoll(FEED, 200, title="Ledger", etag='"v1"', items=ITEMS))
    assert new == 2
    status = store.feed_status(FEED)
    assert status is not None
    assert (status.title, status.etag, status.last_modified, status.status, status.error) == ("Ledger", '"v1"', None, 200, None)
    assert status.polled_at is not None
    items = store.feed_items([FEED])
    assert [(i.key, i.url, i.title, i.published, i.state, i.attempts, i.feed_title) for i in items] == [
        ("g1", "https://ledger.example/1", "One", dt.date(2025, 11, 17), "pending", 0, "Ledger"),
        ("g2", "https://ledger.example/2", "Two", None, "pending", 0, "Ledger"),
    ]


def test_state_items_seen_before_are_not_new_and_keep_their_progress(store: Store) -> None:
    store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS))
    store.mark_feed_items_stored([(FEED, "g1", "web-1")])
    again = ITEMS + (NewItem("g3", "https://ledger.example/3"), NewItem("g3", "https://ledger.example/3"))
    assert store.save_feed_poll(FeedPoll(FEED, 200, etag='"v2"', items=again)) == 1
    assert {i.key: i.state for i in store.feed_items([FEED])} == {"g1": "stored", "g2": "pending", "g3": "pending"}
    assert store.feed_status(FEED).etag == '"v2"'


def test_state_a_failed_poll_is_recorded(store: Store) -> None:
    store.save_feed_poll(FeedPoll(FEED, None, error="cannot connect", etag='"kept"'))
    status = store.feed_status(FEED)
    assert (status.status, status.error, status.etag) == (None, "cannot connect", '"kept"')


def test_state_item_outcomes(store: Store) -> None:
    store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS + (NewItem("g3", "https://ledger.example/3"),)))
    store.mark_feed_items_stored([(FEED, "g1", "web-1")])
    store.mark_feed_item_skipped(FEED, "g2", "disallowed by robots.txt")
    assert store.record_feed_item_failure(FEED, "g3", "HTTP 503", max_attempts=2) == "pending"
    assert store.record_feed_item_failure(FEED, "g3", "timed out", max_attempts=2) == "failed"
    found = {i.key: (i.state, i.attempts, i.error, i.article_id) for i in store.feed_items()}
    assert found == {"g1": ("stored", 1, None, "web-1"), "g2": ("skipped", 1, "disallowed by robots.txt", None),
                     "g3": ("failed", 2, "timed out", None)}  # fmt: skip
    assert [i.key for i in store.feed_items(state="pending")] == []


def test_state_a_permanent_failure_gives_up_at_once(store: Store) -> None:
    store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS))
    assert store.record_feed_item_failure(FEED, "g1", "HTTP 404 Not Found", max_attempts=5, permanent=True) == "failed"


def test_state_items_are_listed_per_feed(store: Store) -> None:
    other = "https://wire.example/atom"
    store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS))
    store.save_feed_poll(FeedPoll(other, 200, title="Wire", items=(NewItem("g1", "https://wire.example/1"),)))
    assert [(i.feed_url, i.key) for i in store.feed_items([other])] == [(other, "g1")]
    assert len(store.feed_items([FEED, other], "pending")) == 3


def test_state_failures_name_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS))
        with store._engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE feed_items")
        with pytest.raises(StoreError, match=r"cannot save the poll of feed .*no such table"):
            store.save_feed_poll(FeedPoll(FEED, 200, items=ITEMS))


def test_state_tables_come_from_the_migration(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.connect() as connection:
        found = inspect(connection)
        assert {"feeds", "feed_items"} <= set(found.get_table_names())
        assert [index["name"] for index in found.get_indexes("feed_items")] == ["ix_feed_items_state"]
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")  # before the feed tables
        assert not {"feeds", "feed_items"} & set(inspect(connection).get_table_names())
    engine.dispose()
    with Store(url) as store:  # migrated up again
        assert store.feed_items() == []
