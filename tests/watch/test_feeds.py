"""Tests for eventwire.watch.feeds: polling one feed, conditionally, and reading its entries."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator

import feedparser
import httpx
import pytest

from eventwire.store.feed_state import FeedPoll, FeedStatus
from eventwire.watch.feeds import _item, poll_feed
from eventwire.watch.fetch import Fetcher, FetchError
from eventwire.watch.options import WatchOptions

from .server import LAST_MODIFIED, FixtureServer, serve

FAST = WatchOptions(timeout=1.0, retries=1, backoff=0.01, backoff_cap=0.05, host_interval=0.0)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as running:
        yield running


def poll(url: str, known: FeedStatus | None = None) -> FeedPoll:
    async def run() -> FeedPoll:
        async with httpx.AsyncClient() as client:
            return await poll_feed(Fetcher(client, FAST), url, known)

    return asyncio.run(run())


def status(url: str, etag: str | None = None, last_modified: str | None = None, title: str | None = None) -> FeedStatus:
    return FeedStatus(url, title, etag, last_modified, None, 200, None)


def test_feeds_reads_an_rss_feed(server: FixtureServer) -> None:
    result = poll(server.url("/feeds/rss.xml"))
    assert (result.status, result.error, result.title) == (200, None, "The Baltic Ledger")
    assert result.etag and result.last_modified is None
    assert [item.key for item in result.items] == ["ledger-1001", "ledger-1002", "ledger-1003", "ledger-1004"]
    first = result.items[0]
    assert first.url == server.url("/pages/vilnius.html")
    assert first.title == "Coalition talks stall in Vilnius"
    assert first.published == dt.date(2025, 11, 17)


def test_feeds_reads_an_atom_feed(server: FixtureServer) -> None:
    result = poll(server.url("/feeds/atom.xml"))
    assert result.title == "Equator Wire"
    assert result.last_modified == LAST_MODIFIED
    assert [(item.key, item.published) for item in result.items] == [
        ("urn:example:equator-wire:501", dt.date(2025, 11, 20)),  # updated, for want of published
        ("urn:example:equator-wire:502", dt.date(2025, 11, 20)),
    ]


def test_feeds_not_modified_keeps_what_was_known(server: FixtureServer) -> None:
    url = server.url("/feeds/rss.xml")
    first = poll(url)
    again = poll(url, status(url, etag=first.etag, title=first.title))
    assert (again.status, again.items, again.etag, again.title) == (304, (), first.etag, "The Baltic Ledger")
    atom = server.url("/feeds/atom.xml")
    assert poll(atom, status(atom, last_modified=LAST_MODIFIED)).status == 304


def test_feeds_a_changed_feed_is_read_again(server: FixtureServer) -> None:
    url = server.url("/feeds/rss.xml")
    result = poll(url, status(url, etag='"an-older-version"'))
    assert result.status == 200 and len(result.items) == 4


def test_feeds_malformed_xml_is_an_error(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match=r"malformed feed \(.*no element found"):
        poll(server.url("/feeds/broken.xml"))


def test_feeds_an_opml_file_is_not_a_feed(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        poll(server.url("/feeds.opml"))


def test_feeds_an_entry_is_keyed_by_its_guid_else_its_link() -> None:
    parsed = feedparser.parse(
        b"<rss version='2.0'><channel><title>t</title>"
        b"<item><title>A</title><link>https://n.example/a</link></item>"
        b"<item><title>B</title><link>https://n.example/b</link><guid isPermaLink='false'>b-1</guid></item>"
        b"<item><title>No link</title><guid isPermaLink='false'>c-1</guid></item>"
        b"<item><title>Mail</title><link>mailto:desk@n.example</link></item>"
        b"</channel></rss>"
    )
    items = [_item(entry) for entry in parsed.entries]
    assert [(item.key, item.url) if item else None for item in items] == [
        ("https://n.example/a", "https://n.example/a"), ("b-1", "https://n.example/b"), None, None]  # fmt: skip
