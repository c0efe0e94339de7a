"""The feed watcher's state in the store: what each feed answered, what became of each item.

An item is ``pending`` from the poll that first lists it until its article is stored
(``stored``), robots.txt forbids its page (``skipped``), or it has failed too often or for
good (``failed``). The functions here run inside the transaction the :class:`Store` method
that calls them opens; the records they take and give are plain frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from eventwire.store.models import FeedItemRow, FeedRow

ItemState = Literal["pending", "stored", "skipped", "failed"]


@dataclass(frozen=True)
class NewItem:
    """An entry a feed lists: its key (guid, else link), link, and the entry's title and date."""

    key: str
    url: str
    title: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class FeedPoll:
    """One poll of a feed: its answer, the validators to send next time, and its entries.

    ``error`` is None for a good answer (including 304 Not Modified).
    """

    url: str
    status: int | None
    error: str | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    items: tuple[NewItem, ...] = ()


@dataclass(frozen=True)
class FeedStatus:
    """What the store knows of a feed."""

    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    polled_at: dt.datetime | None
    status: int | None
    error: str | None


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed and how far it got; ``feed_title`` is its feed's, for the outlet."""

    feed_url: str
    key: str
    url: str
    title: str | None
    published: dt.date | None
    state: ItemState
    attempts: int
    error: str | None
    article_id: str | None
    feed_title: str | None = None


def feed_status(session: Session, url: str) -> FeedStatus | None:
    """The stored state of the feed at ``url``, or None when it was never polled."""
    row = session.get(FeedRow, url)
    if row is None:
        return None
    return FeedStatus(row.url, row.title, row.etag, row.last_modified, row.polled_at, row.status, row.error)


def save_poll(session: Session, poll: FeedPoll) -> int:
    """Record ``poll`` and add the items not seen before as pending; returns how many were new."""
    now = _now()
    feed = {"url": poll.url, "title": poll.title, "etag": poll.etag, "last_modified": poll.last_modified,
            "polled_at": now, "status": poll.status, "error": poll.error}  # fmt: skip
    session.execute(_upsert(session, FeedRow, feed, index=["url"], replace=True))
    items = list({item.key: item for item in poll.items}.values())  # a key listed twice counts once
    if not items:
        return 0
    before = _count_items(session, poll.url)
    rows = [
        {"feed_url": poll.url, "key": item.key, "url": item.url, "title": item.title, "published": item.published,
         "state": "pending", "attempts": 0, "error": None, "article_id": None, "seen_at": now, "updated_at": now}
        for item in items
    ]  # fmt: skip
    session.execute(_upsert(session, FeedItemRow, rows, index=["feed_url", "key"], replace=False))
    return _count_items(session, poll.url) - before


def feed_items(session: Session, feed_urls: Sequence[str] | None, state: ItemState | None) -> list[FeedItem]:
    """The items of those feeds (all feeds for None) in that state (any for None), oldest first."""
    statement = select(FeedItemRow, FeedRow.title).join(FeedRow, FeedRow.url == FeedItemRow.feed_url)
    if feed_urls is not None:
        statement = statement.where(FeedItemRow.feed_url.in_(list(feed_urls)))
    if state is not None:
        statement = statement.where(FeedItemRow.state == state)
    statement = statement.order_by(FeedItemRow.seen_at, FeedItemRow.feed_url, FeedItemRow.key)
    return [_item(row, title) for row, title in session.execute(statement)]


def mark_stored(session: Session, done: Iterable[tuple[str, str, str]]) -> None:
    """Mark items stored: (feed url, item key, article id) each, after the article's commit."""
    for feed_url, key, article_id in done:
        _finish(session, feed_url, key, state="stored", error=None, article_id=article_id)


def mark_skipped(session: Session, feed_url: str, key: str, reason: str) -> None:
    """Mark an item skipped for good, with the reason (robots.txt forbids its page)."""
    _finish(session, feed_url, key, state="skipped", error=reason)


def record_failure(
    session: Session, feed_url: str, key: str, error: str, *, max_attempts: int, permanent: bool
) -> ItemState:
    """Count a failed attempt at an item: it stays pending for a retry, or fails for good.

    Returns:
        "failed" when the failure is ``permanent`` or the item has had ``max_attempts``
        attempts, else "pending".
    """
    row = session.get(FeedItemRow, (feed_url, key))
    if row is None:
        raise LookupError(f"no item {key!r} of feed {feed_url!r}")
    attempts = row.attempts + 1
    state: ItemState = "failed" if permanent or attempts >= max_attempts else "pending"
    row.attempts, row.state, row.error, row.updated_at = attempts, state, error, _now()
    return state


def _finish(
    session: Session, feed_url: str, key: str, *, state: ItemState, error: str | None, article_id: str | None = None
) -> None:
    """Set an item's final state, counting the attempt that got it there."""
    session.execute(
        update(FeedItemRow)
        .where(FeedItemRow.feed_url == feed_url, FeedItemRow.key == key)
        .values(state=state, error=error, article_id=article_id, attempts=FeedItemRow.attempts + 1, updated_at=_now())
    )


def _upsert(session: Session, model: type, values: dict | list[dict], *, index: list[str], replace: bool) -> Any:
    """INSERT ... ON CONFLICT DO UPDATE (``replace``) or DO NOTHING, in the session's dialect."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    insert = dialect.insert(model).values(values)
    if not replace:
        return insert.on_conflict_do_nothing(index_elements=index)
    row = values if isinstance(values, dict) else values[0]
    changed = {name: insert.excluded[name] for name in row if name not in index}
    return insert.on_conflict_do_update(index_elements=index, set_=changed)


def _count_items(session: Session, feed_url: str) -> int:
    """How many items of the feed are known."""
    statement = select(func.count()).select_from(FeedItemRow).where(FeedItemRow.feed_url == feed_url)
    return session.scalar(statement) or 0


def _item(row: FeedItemRow, feed_title: str | None) -> FeedItem:
    """The record of an item row."""
    return FeedItem(
        row.feed_url, row.key, row.url, row.title, row.published, row.state,  # type: ignore[arg-type]
        row.attempts, row.error, row.article_id, feed_title,
    )  # fmt: skip


def _now() -> dt.datetime:
    """The current time, in UTC."""
    return dt.datetime.now(dt.UTC)
