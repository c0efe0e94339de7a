"""The watch loop: rounds of polling feeds and storing their new articles, until told to stop.

A round polls every feed (new entries become pending items in the store), then works through
the pending items a batch at a time: fetch the pages, read them, code and store the
articles, and only then mark the items stored. So after a crash nothing is lost (pending
items are retried) and nothing is repeated (stored items are never fetched again; an article
stored just before a crash is recognised as unchanged and not coded again).

SIGINT or SIGTERM stops the watcher cleanly: fetches in flight are abandoned (their items
stay pending), a batch being coded and stored is finished, and a summary line is reported.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from eventwire.errors import InputError
from eventwire.ingest import ingest_articles
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.feed_state import FeedItem, FeedPoll
from eventwire.watch.feeds import poll_feed
from eventwire.watch.fetch import Disallowed, Fetcher, FetchError
from eventwire.watch.options import WatchOptions
from eventwire.watch.pages import article_from_page

T = TypeVar("T")
Report = Callable[[str], None]

_log = logging.getLogger("eventwire.watch")


@dataclass
class Tally:
    """What one round (or a whole run) did."""

    feeds: int = 0  # feeds polled, whether they answered or not
    new: int = 0  # items seen for the first time
    stored: int = 0  # items whose article was stored
    failures: int = 0  # feeds and items that failed (an item may be retried later)
    skipped: int = 0  # items robots.txt kept us from

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in ("feeds", "new", "stored", "failures", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def text(self) -> str:
        """The counts as one line of text."""
        line = (f"{self.feeds} feed(s) polled, {self.new} new item(s), {self.stored} article(s) stored, "
                f"{self.failures} failure(s)")  # fmt: skip
        return line + (f", {self.skipped} skipped by robots.txt" if self.skipped else "")


@dataclass
class WatchSummary:
    """What a whole run did; ``stopped`` is whether a signal (or :meth:`Watcher.stop`) ended it."""

    rounds: int = 0
    totals: Tally = field(default_factory=Tally)
    stopped: bool = False


class _Abandoned(Exception):
    """A fetch given up because the watcher is stopping."""


def run_watch(
    feeds: Sequence[str],
    store: Store,
    load_pipeline: Callable[[], Any],
    options: WatchOptions | None = None,
    report: Report = _log.info,
) -> WatchSummary:
    """Watch ``feeds`` until stopped (after one round with ``options.once``).

    Args:
        feeds: the feed URLs (see :func:`eventwire.watch.read_feed_list`).
        store: where the articles and the watcher's state go.
        load_pipeline: makes the coder (a :class:`eventwire.Pipeline`); called once, when the
            first article is to be coded.
        options: timing and politeness (see :class:`WatchOptions`).
        report: takes each line to show: one per round, one per feed or item that failed, and
            a summary when stopped by a signal.

    Returns:
        The run's counts.

    Raises:
        StoreError: the store cannot be read or written (the watcher cannot go on without it).
        ModelError: the pipeline cannot be loaded.
    """
    watcher = Watcher(feeds, store, load_pipeline, options or WatchOptions(), report)
    return asyncio.run(watcher.run())


class Watcher:
    """Polls feeds in rounds and stores their new articles; see the module docstring."""

    def __init__(
        self, feeds: Sequence[str], store: Store, load_pipeline: Callable[[], Any], options: WatchOptions,
        report: Report,
    ) -> None:  # fmt: skip
        self._feeds = list(feeds)
        self._store = store
        self._load_pipeline = load_pipeline
        self._pipeline: Any = None
        self._options = options
        self._report = report
        self._stop = asyncio.Event()

    def stop(self) -> None:
        """Ask the watcher to stop as soon as it cleanly can (call it from the loop's thread)."""
        self._stop.set()

    async def run(self) -> WatchSummary:
        """Run rounds until stopped, or one round with ``once``."""
        summary = WatchSummary()
        loop = asyncio.get_running_loop()
        with self._stopped_by_signals():
            async with httpx.AsyncClient(timeout=self._options.timeout, follow_redirects=False) as client:
                fetcher = Fetcher(client, self._options)
                while not self._stop.is_set():
                    started = loop.time()
                    tally = await self._round(fetcher)
                    summary.rounds += 1
                    summary.totals.add(tally)
                    self._report(f"round {summary.rounds}: {tally.text()}")
                    if self._options.once:
                        break
                    await self._pause(started + self._options.every - loop.time())
        summary.stopped = self._stop.is_set()
        if summary.stopped:
            self._report(f"stopped after {summary.rounds} round(s): {summary.totals.text()}")
        return summary

    # ------------------------------------------------------------------------------ a round

    async def _round(self, fetcher: Fetcher) -> Tally:
        """Poll every feed, then fetch, code and store the pending items batch by batch."""
        tally = Tally()
        await asyncio.gather(*(self._poll(fetcher, url, tally) for url in self._feeds))
        pending = [] if self._stop.is_set() else self._store.feed_items(self._feeds, "pending")
        size = self._options.batch
        for batch in (pending[start : start + size] for start in range(0, len(pending), size)):
            if self._stop.is_set():
                break
            articles = await asyncio.gather(*(self._read_item(fetcher, item, tally) for item in batch))
            if self._stop.is_set():
                break  # what was fetched but not stored stays pending, for the next run
            fetched = [(item, article) for item, article in zip(batch, articles, strict=True) if article]
            if fetched:
                await asyncio.to_thread(self._store_articles, fetched, tally)
        return tally

    async def _poll(self, fetcher: Fetcher, url: str, tally: Tally) -> None:
        """Poll one feed and record the answer with its new items; a failure is recorded too."""
        known = self._store.feed_status(url)
        try:
            poll = await self._unless_stopped(poll_feed(fetcher, url, known))
        except _Abandoned:
            return
        except Exception as error:  # a broken feed must not stop the others
            problem = _problem(error)
            self._report(f"feed {url}: {problem}")
            tally.failures += 1
            poll = FeedPoll(url, getattr(error, "status", None), error=problem, title=known and known.title,
                            etag=known and known.etag, last_modified=known and known.last_modified)  # fmt: skip
        tally.feeds += 1
        tally.new += self._store.save_feed_poll(poll)

    async def _read_item(self, fetcher: Fetcher, item: FeedItem, tally: Tally) -> Article | None:
        """The article on an item's page, or None when it cannot be had now (which is recorded)."""
        try:
            page = await self._unless_stopped(fetcher.fetch(item.url, "page"))
            return await asyncio.to_thread(article_from_page, page, item)
        except _Abandoned:
            return None
        except Disallowed as error:
            self._store.mark_feed_item_skipped(item.feed_url, item.key, error.problem)
            self._report(f"item {item.url}: {error.problem}, skipped")
            tally.skipped += 1
        except Exception as error:  # one broken page must not stop the others
            self._record_failure(item, error, tally)
        return None

    def _store_articles(self, fetched: list[tuple[FeedItem, Article]], tally: Tally) -> None:
        """Code and store a batch of articles (in a worker thread), then mark their items stored."""
        if self._pipeline is None:
            self._pipeline = self._load_pipeline()
        articles = list({article.id: article for _, article in fetched}.values())  # one page, two feeds
        failed: dict[str, Exception] = {}
        try:
            ingest_articles(articles, self._store, pipeline=self._pipeline)
        except Exception:  # find the article at fault; those stored already are skipped as unchanged
            failed = self._store_one_by_one(articles)
        done = [(item.feed_url, item.key, article.id) for item, article in fetched if article.id not in failed]
        self._store.mark_feed_items_stored(done)
        tally.stored += len(done)
        for item, article in fetched:
            if article.id in failed:
                self._record_failure(item, failed[article.id], tally)

    def _store_one_by_one(self, articles: list[Article]) -> dict[str, Exception]:
        """Store each article on its own; returns the error of each that could not be stored."""
        failed = {}
        for article in articles:
            try:
                ingest_articles([article], self._store, pipeline=self._pipeline)
            except Exception as error:
                failed[article.id] = error
        return failed

    def _record_failure(self, item: FeedItem, error: Exception, tally: Tally) -> None:
        """Count a failed attempt at an item in the store, and report it."""
        problem = _problem(error)
        # A page that cannot be read as an article will not read better next time.
        permanent = error.permanent if isinstance(error, FetchError) else isinstance(error, InputError)
        state = self._store.record_feed_item_failure(
            item.feed_url, item.key, problem, max_attempts=self._options.max_attempts, permanent=permanent
        )
        tally.failures += 1
        self._report(f"item {item.url}: {problem}" + (", given up" if state == "failed" else ", will retry"))

    # ------------------------------------------------------------------------------ stopping

    async def _unless_stopped(self, work: Awaitable[T]) -> T:
        """The result of ``work``, unless the watcher is told to stop first (then _Abandoned)."""
        task = asyncio.ensure_future(work)
        stopping = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):  # whatever it ends with, it is given up
                    await task
        if task.cancelled():
            raise _Abandoned
        return task.result()

    async def _pause(self, seconds: float) -> None:
        """Sleep until the next round is due, waking early if told to stop."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, seconds))

    @contextlib.contextmanager
    def _stopped_by_signals(self) -> Iterator[None]:
        """Make SIGINT and SIGTERM call :meth:`stop` while the loop runs (main thread only)."""
        loop = asyncio.get_running_loop()
        installed = []
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self.stop)
            except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
                continue
            installed.append(signum)
        try:
            yield
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)


def _problem(error: Exception) -> str:
    """An error as one line (a server's or parser's message may hold line breaks)."""
    if isinstance(error, InputError):
        return " ".join(error.problem.split())
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
