"""Live feeds: poll RSS/Atom feeds, fetch each new item's page politely, code and store it.

    feedlist   the FEEDS file (URLs one a line, or OPML) -> feed URLs
    options    WatchOptions, and durations such as "15m"
    hosts      per-host concurrency and least interval between requests
    robots     robots.txt rules, cached per host
    fetch      the polite HTTP client: retries, redirects, size and type limits
    feeds      one feed polled (conditional GET) and read with feedparser
    pages      an article page -> Article, with the feed entry filling the gaps
    loop       the rounds, the crash-safe bookkeeping, clean shutdown on signals

The watcher's state (each feed's validators, each item's progress) lives in the store:
:mod:`eventwire.store.feed_state`.
"""

from __future__ import annotations

from eventwire.watch.feedlist import read_feed_list
from eventwire.watch.fetch import Disallowed, Fetched, Fetcher, FetchError
from eventwire.watch.loop import Tally, Watcher, WatchSummary, run_watch
from eventwire.watch.options import WatchOptions, parse_duration, watch_options
from eventwire.watch.pages import article_from_page, article_id_for

__all__ = [
    "Disallowed",
    "FetchError",
    "Fetched",
    "Fetcher",
    "Tally",
    "WatchOptions",
    "WatchSummary",
    "Watcher",
    "article_from_page",
    "article_id_for",
    "parse_duration",
    "read_feed_list",
    "run_watch",
    "watch_options",
]
