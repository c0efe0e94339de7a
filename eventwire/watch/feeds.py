"""Polling one feed: a conditional GET, then its RSS or Atom entries read with feedparser."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import feedparser

from eventwire.store.feed_state import FeedPoll, FeedStatus, NewItem
from eventwire.watch.fetch import Fetched, Fetcher, FetchError


async def poll_feed(fetcher: Fetcher, url: str, known: FeedStatus | None) -> FeedPoll:
    """Fetch the feed at ``url`` (conditionally, with the validators in ``known``) and read it.

    A 304 Not Modified gives a poll with no items that keeps the known validators.

    Raises:
        FetchError: the feed cannot be fetched, or what came back is not an RSS or Atom feed.
    """
    etag, last_modified, title = (known.etag, known.last_modified, known.title) if known else (None, None, None)
    answer = await fetcher.fetch(url, "feed", etag=etag, last_modified=last_modified)
    if answer.status == 304:
        return FeedPoll(url, 304, title=title, etag=answer.etag or etag,
                        last_modified=answer.last_modified or last_modified)  # fmt: skip
    parsed = _parse(answer)
    return FeedPoll(
        url,
        answer.status,
        title=_text(parsed.feed.get("title")) or title,
        etag=answer.etag,
        last_modified=answer.last_modified,
        items=tuple(item for entry in parsed.entries if (item := _item(entry)) is not None),
    )


def _parse(answer: Fetched) -> Any:
    """The feedparser result for a fetched feed, or a FetchError when it is not a feed."""
    headers = {"content-location": answer.url, "content-type": answer.headers.get("content-type", "")}
    parsed = feedparser.parse(answer.body, response_headers=headers)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        problem = None  # a wrong charset declaration that feedparser got round
    if parsed.entries or (parsed.get("version") and problem is None):
        return parsed  # the loose parser recovers entries from many faults: keep what it read
    if problem is not None:
        raise FetchError(answer.url, f"malformed feed ({problem})", status=answer.status, permanent=True)
    raise FetchError(answer.url, "not an RSS or Atom feed", status=answer.status, permanent=True)


def _item(entry: Any) -> NewItem | None:
    """The item of a feed entry, or None for an entry without an http(s) link."""
    link = _text(entry.get("link"))
    if not link or not link.lower().startswith(("http://", "https://")):
        return None
    key = _text(entry.get("id")) or link
    return NewItem(key=key, url=link, title=_text(entry.get("title")), published=_entry_date(entry))


def _entry_date(entry: Any) -> dt.date | None:
    """The entry's publication (else update) date."""
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _text(value: object) -> str | None:
    """A feed string with surrounding space removed, or None when there is nothing."""
    return value.strip() or None if isinstance(value, str) else None
