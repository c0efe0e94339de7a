"""Tests for eventwire.watch.loop: rounds against the local server, with a fake pipeline.

The fake codes no events (see fakes.py), so these tests are about fetching, storing and the
bookkeeping that makes the watcher crash-safe; test_command.py has one run with the real model.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import Store
from eventwire.watch import Watcher, WatchOptions, WatchSummary, article_id_for, run_watch

from store.databases import BACKENDS, database_url  # tests/store: SQLite, and PostgreSQL when it runs

from .fakes import Crash, FakePipeline
from .server import FixtureServer, serve

FAST = WatchOptions(once=True, timeout=1.0, retries=1, backoff=0.01, backoff_cap=0.05, host_interval=0.0,
                    per_host=4, max_page_bytes=100_000)  # fmt: skip
GOOD = ("/feeds/rss.xml", "/feeds/atom.xml")
STORED_PAGES = ["/pages/vilnius.html", "/pages/tallinn.html", "/pages/undated.html", "/pages/busia.html",
                "/pages/lima.html"]  # fmt: skip


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as running:
        yield running


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "watch.db") as opened:
        yield opened


def watch(server: FixtureServer, store: Store, paths: tuple[str, ...] = GOOD, pipeline: FakePipeline | None = None,
          options: WatchOptions = FAST) -> tuple[WatchSummary, list[str]]:  # fmt: skip
    """One run of the watcher over these feeds; returns its summary and the lines it reported."""
    lines: list[str] = []
    coder = pipeline or FakePipeline()
    summary = run_watch([server.url(path) for path in paths], store, lambda: coder, options, report=lines.append)
    return summary, lines


def states(store: Store) -> dict[str, str]:
    return {item.key: item.state for item in store.feed_items()}


def test_loop_a_round_stores_the_articles(server: FixtureServer, store: Store) -> None:
    pipeline = FakePipeline()
    summary, lines = watch(server, store, pipeline=pipeline)
    assert lines == ["item " + server.url("/private/briefing.html") + ": disallowed by robots.txt, skipped",
                     "round 1: 2 feed(s) polled, 6 new item(s), 5 article(s) stored, 0 failure(s), "
                     "1 skipped by robots.txt"]  # fmt: skip
    assert (summary.rounds, summary.totals.stored, summary.stopped) == (1, 5, False)
    assert store.articles_count() == 5
    assert sorted(pipeline.coded) == sorted(article_id_for(server.url(path)) for path in STORED_PAGES)
    assert states(store)["ledger-1004"] == "skipped"
    assert "/private/briefing.html" not in server.paths()
    undated = store.article(article_id_for(server.url("/pages/undated.html")))
    assert undated is not None
    assert (undated.title, undated.published, undated.outlet) == (
        "Riga council votes to rename harbour district", dt.date(2025, 11, 19), "The Baltic Ledger")
    for item in store.feed_items(state="stored"):
        assert item.article_id == article_id_for(item.url) and store.has_article(item.article_id)


def test_loop_a_second_round_with_304_fetches_and_stores_nothing(server: FixtureServer, store: Store) -> None:
    pipeline = FakePipeline()
    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        if line.startswith("round 1:"):
            server.forget()  # from here on, the log holds the second round only
        elif line.startswith("round 2:"):
            watcher.stop()

    watcher = Watcher([server.url(path) for path in GOOD], store, lambda: pipeline,
                      dataclasses.replace(FAST, once=False, every=0.05), report=report)  # fmt: skip
    summary = asyncio.run(watcher.run())
    assert summary.rounds == 2 and summary.stopped
    assert lines[-2] == "round 2: 2 feed(s) polled, 0 new item(s), 0 article(s) stored, 0 failure(s)"
    assert lines[-1] == ("stopped after 2 round(s): 4 feed(s) polled, 6 new item(s), 5 article(s) stored, "
                         "0 failure(s), 1 skipped by robots.txt")  # fmt: skip
    # robots.txt is cached and no page is fetched; the two feeds are polled at once, in either order
    assert sorted(server.paths()) == ["/feeds/atom.xml", "/feeds/rss.xml"]
    etags = {request.path: request.headers.get("If-None-Match") is not None for request in server.requests}
    assert etags == {"/feeds/rss.xml": True, "/feeds/atom.xml": False}
    atom = next(request for request in server.requests if request.path == "/feeds/atom.xml")
    assert atom.headers["If-Modified-Since"]
    assert len(pipeline.coded) == 5 and store.articles_count() == 5


def test_loop_state_survives_a_restart(server: FixtureServer, store: Store) -> None:
    watch(server, store)
    server.forget()
    pipeline = FakePipeline()
    summary, _ = watch(server, store, pipeline=pipeline)  # a new process: only the store remembers
    assert summary.totals.new == 0 and summary.totals.stored == 0
    assert pipeline.coded == []
    assert all(not path.startswith("/pages/") for path in server.paths())


def test_loop_a_broken_feed_or_page_is_recorded_and_the_rest_go_on(server: FixtureServer, store: Store) -> None:
    server.delay = 1.5
    paths = ("/feeds/broken.xml", "/status/404", "/feeds/troubles.xml", "/feeds/atom.xml")
    summary, lines = watch(server, store, paths, options=dataclasses.replace(FAST, timeout=1.0))
    assert all("\n" not in line for line in lines)
    assert lines[-1] == "round 1: 4 feed(s) polled, 9 new item(s), 4 article(s) stored, 7 failure(s)"
    assert set(lines[:-1]) == {
        f"feed {server.url('/feeds/broken.xml')}: malformed feed (<unknown>:8:0: no element found)",
        f"feed {server.url('/status/404')}: HTTP 404 Not Found",
        f"item {server.url('/status/404')}: HTTP 404 Not Found, given up",
        f"item {server.url('/status/500')}: HTTP 500 Internal Server Error (tried 2 times), will retry",
        f"item {server.url('/slow/pages/harare.html')}: timed out (limit 1 s) (tried 2 times), will retry",
        f"item {server.url('/huge.html')}: larger than the 98 KB limit, given up",
        f"item {server.url('/photo.jpg')}: content type 'image/jpeg' is not an HTML page, given up",
    }
    assert store.feed_status(server.url("/status/404")).error == "HTTP 404 Not Found"
    assert store.feed_status(server.url("/feeds/broken.xml")).status == 200
    by_url = {item.url.removeprefix(server.base): item for item in store.feed_items()}
    assert {url: item.state for url, item in by_url.items()} == {
        "/status/404": "failed", "/status/500": "pending", "/flaky/pages/harare.html": "stored",
        "/moved/pages/dhaka.html": "stored", "/slow/pages/harare.html": "pending", "/huge.html": "failed",
        "/photo.jpg": "failed", "/pages/busia.html": "stored", "/pages/lima.html": "stored",
    }  # fmt: skip
    moved = store.article(by_url["/moved/pages/dhaka.html"].article_id)
    assert moved is not None and moved.url == server.url("/moved/pages/dhaka.html")  # the entry's link


def test_loop_an_item_failing_each_round_is_given_up_after_max_attempts(server: FixtureServer, store: Store) -> None:
    options = dataclasses.replace(FAST, retries=0, max_attempts=3, timeout=1.0)  # under the slow pages' 2 s
    for expected in ("pending", "pending", "failed"):
        watch(server, store, ("/feeds/troubles.xml",), options=options)
        assert states(store)[server.url("/feeds/trouble-500")] == expected
    server.forget()
    watch(server, store, ("/feeds/troubles.xml",), options=options)
    assert "/status/500" not in server.paths()  # given up: never fetched again
    failed = [item for item in store.feed_items() if item.url.endswith("/status/500")][0]
    assert (failed.attempts, failed.error) == (3, "HTTP 500 Internal Server Error")


def test_loop_a_crash_mid_round_then_a_restart_stores_the_rest_once(server: FixtureServer, store: Store) -> None:
    with pytest.raises(Crash):
        watch(server, store, pipeline=FakePipeline(crash_after=2))
    assert store.articles_count() == 2  # the two coded before the crash were committed ...
    assert set(states(store).values()) == {"pending", "skipped"}  # ... but their items not yet marked
    pipeline = FakePipeline()
    summary, _ = watch(server, store, pipeline=pipeline)
    assert summary.totals.stored == 5 and summary.totals.new == 0
    assert len(pipeline.coded) == 3  # the two stored before the crash are not coded again
    assert store.articles_count() == 5
    assert sorted(states(store).values()) == ["skipped"] + ["stored"] * 5


def test_loop_a_crash_between_commit_and_marking_repeats_nothing(
    server: FixtureServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(done: object) -> None:
        raise Crash("died before marking")

    monkeypatch.setattr(store, "mark_feed_items_stored", crash)
    with pytest.raises(Crash):
        watch(server, store)
    monkeypatch.undo()
    assert store.articles_count() == 5
    pipeline = FakePipeline()
    summary, _ = watch(server, store, pipeline=pipeline)
    assert pipeline.coded == []  # fetched again, found stored unchanged, and only marked
    assert summary.totals.stored == 5 and store.articles_count() == 5


def test_loop_one_page_in_two_feeds_is_one_article(server: FixtureServer, store: Store) -> None:
    summary, _ = watch(server, store, ("/feeds/atom.xml", "/flaky/feeds/atom.xml"))
    assert summary.totals.stored == 4  # two items of each feed ...
    assert store.articles_count() == 2  # ... for two pages


def test_loop_an_article_that_cannot_be_stored_fails_alone(server: FixtureServer, store: Store) -> None:
    class Picky(FakePipeline):
        def code_many(self, articles, batch_size=32, with_mentions=True):  # noqa: ANN001, ANN201
            for coded in super().code_many(articles, batch_size, with_mentions):
                if coded.article.title and "Lima" in coded.article.title:
                    raise ValueError("cannot code this one")
                yield coded

    summary, lines = watch(server, store, ("/feeds/atom.xml",), pipeline=Picky())
    assert summary.totals.stored == 1 and summary.totals.failures == 1
    assert f"item {server.url('/pages/lima.html')}: ValueError: cannot code this one, will retry" in lines
    assert states(store) == {"urn:example:equator-wire:501": "stored", "urn:example:equator-wire:502": "pending"}


def test_loop_stopping_abandons_the_fetch_in_flight(server: FixtureServer, store: Store) -> None:
    server.delay = 5.0
    lines: list[str] = []
    watcher = Watcher([server.url("/feeds/troubles.xml")], store, FakePipeline,
                      dataclasses.replace(FAST, timeout=10.0, once=False), report=lines.append)  # fmt: skip

    async def stop_when_the_slow_page_is_asked_for() -> WatchSummary:
        running = asyncio.create_task(watcher.run())
        while "/slow/pages/harare.html" not in server.paths():
            await asyncio.sleep(0.02)
        watcher.stop()
        return await running

    started = time.monotonic()
    summary = asyncio.run(stop_when_the_slow_page_is_asked_for())
    assert time.monotonic() - started < 3.0  # well before the slow page would have come
    assert summary.stopped and summary.rounds == 1
    assert lines[-1].startswith("stopped after 1 round(s): 1 feed(s) polled, 7 new item(s)")
    slow = [item for item in store.feed_items() if "/slow/" in item.url][0]
    assert (slow.state, slow.attempts, slow.error) == ("pending", 0, None)  # as if never tried


@pytest.mark.parametrize("backend", BACKENDS)
def test_loop_state_lives_in_either_database(server: FixtureServer, tmp_path: Path, backend: str) -> None:
    with database_url(backend, tmp_path) as url:
        with Store(url) as first:
            with pytest.raises(Crash):
                watch(server, first, pipeline=FakePipeline(crash_after=3))
        with Store(url) as again:  # a restart
            pipeline = FakePipeline()
            summary, _ = watch(server, again, pipeline=pipeline)
            assert (summary.totals.new, summary.totals.stored, len(pipeline.coded)) == (0, 5, 2)
            assert again.articles_count() == 5
            assert again.feed_status(server.url("/feeds/rss.xml")).etag
