"""Tests for eventwire.watch.fetch (with hosts and robots): the polite client, on a local server."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from eventwire.watch.fetch import Disallowed, Fetched, Fetcher, FetchError
from eventwire.watch.options import WatchOptions

from .server import LAST_MODIFIED, FixtureServer, serve

FAST = WatchOptions(timeout=1.0, retries=2, backoff=0.01, backoff_cap=0.05, host_interval=0.0, per_host=4)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as running:
        yield running


def fetch_all(urls: list[str], kind: str = "page", options: WatchOptions = FAST, **validators: str) -> list:
    """Fetch ``urls`` together with one Fetcher; each result is a Fetched or the error raised."""

    async def run() -> list:
        async with httpx.AsyncClient(timeout=options.timeout) as client:
            fetcher = Fetcher(client, options)
            tasks = [fetcher.fetch(url, kind, **validators) for url in urls]  # type: ignore[arg-type]
            return await asyncio.gather(*tasks, return_exceptions=True)

    return asyncio.run(run())


def fetch(url: str, kind: str = "page", options: WatchOptions = FAST, **validators: str) -> Fetched:
    """Fetch one URL, raising what the fetcher raises."""
    result = fetch_all([url], kind, options, **validators)[0]
    if isinstance(result, BaseException):
        raise result
    return result


def test_fetch_reads_a_page_and_asks_robots_first(server: FixtureServer) -> None:
    page = fetch(server.url("/pages/vilnius.html"))
    assert page.status == 200
    assert b"Coalition talks stall in Vilnius" in page.body
    assert page.charset == "utf-8"
    assert server.paths() == ["/robots.txt", "/pages/vilnius.html"]
    sent = server.requests[1].headers
    assert sent["User-Agent"] == FAST.user_agent


def test_fetch_follows_redirects_to_the_final_url(server: FixtureServer) -> None:
    page = fetch(server.url("/moved/pages/dhaka.html"))
    assert page.url == server.url("/pages/dhaka.html")
    assert b"Teesta" in page.body


def test_fetch_gives_up_on_a_redirect_loop(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match="more than 3 redirects") as raised:
        fetch(server.url("/loop"), options=dataclasses.replace(FAST, max_redirects=3))
    assert raised.value.permanent
    assert server.paths().count("/loop") == 4


def test_fetch_retries_a_500_that_recovers(server: FixtureServer) -> None:
    page = fetch(server.url("/flaky/pages/harare.html"))
    assert b"electoral audit" in page.body
    assert server.paths().count("/flaky/pages/harare.html") == 2


def test_fetch_gives_up_on_a_lasting_500_after_its_retries(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match=r"HTTP 500 Internal Server Error \(tried 3 times\)") as raised:
        fetch(server.url("/status/500"))
    assert raised.value.status == 500
    assert not raised.value.permanent  # worth trying again in a later round
    assert server.paths().count("/status/500") == 3


@pytest.mark.parametrize("status", [404, 403, 410])
def test_fetch_does_not_retry_other_client_errors(server: FixtureServer, status: int) -> None:
    with pytest.raises(FetchError, match=f"HTTP {status}") as raised:
        fetch(server.url(f"/status/{status}"))
    assert raised.value.permanent
    assert server.paths().count(f"/status/{status}") == 1


def test_fetch_retries_a_429_after_the_time_retry_after_asks(server: FixtureServer) -> None:
    page = fetch(server.url("/busy/pages/lima.html"))
    assert b"Avenida Abancay" in page.body
    assert server.paths().count("/busy/pages/lima.html") == 2


def test_fetch_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    fetcher = Fetcher(httpx.AsyncClient(), dataclasses.replace(FAST, backoff=1.0, backoff_cap=5.0))
    for attempt, full in [(0, 1.0), (1, 2.0), (2, 4.0), (3, 5.0), (8, 5.0)]:
        waits = [fetcher._backoff(attempt, None) for _ in range(50)]
        assert all(full * 0.5 <= wait <= full for wait in waits)
        assert len(set(waits)) > 1  # jitter spreads retries out
    assert fetcher._backoff(0, 3.0) == 3.0  # Retry-After is honoured ...
    assert fetcher._backoff(0, 3600.0) == 5.0  # ... up to the cap


def test_fetch_times_out_a_slow_response(server: FixtureServer) -> None:
    server.delay = 2.0
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out \(limit 0.3 s\)") as raised:
        fetch(server.url("/slow/pages/harare.html"), options=dataclasses.replace(FAST, timeout=0.3, retries=1))
    assert time.monotonic() - started < 1.5
    assert not raised.value.permanent
    assert server.paths().count("/slow/pages/harare.html") == 2


def test_fetch_retries_connect_errors() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"cannot connect .*\(tried 3 times\)") as raised:
        fetch(f"http://127.0.0.1:{port}/feed.xml", kind="feed")
    assert raised.value.source == f"http://127.0.0.1:{port}/feed.xml"


def test_fetch_stops_reading_a_body_over_the_limit(server: FixtureServer) -> None:
    server.huge_bytes = 2_000_000
    with pytest.raises(FetchError, match="larger than the 49 KB limit") as raised:
        fetch(server.url("/huge.html"), options=dataclasses.replace(FAST, max_page_bytes=50_000))
    assert raised.value.permanent


def test_fetch_refuses_a_declared_length_over_the_limit(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match="larger than"):
        fetch(server.url("/pages/vilnius.html"), options=dataclasses.replace(FAST, max_page_bytes=200))


def test_fetch_refuses_content_that_is_not_a_page(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match="content type 'image/jpeg' is not an HTML page") as raised:
        fetch(server.url("/photo.jpg"))
    assert raised.value.permanent


def test_fetch_refuses_a_page_where_a_feed_is_expected(server: FixtureServer) -> None:
    with pytest.raises(FetchError, match="content type 'text/html' is not an RSS or Atom feed"):
        fetch(server.url("/pages/vilnius.html"), kind="feed")


def test_fetch_respects_robots_txt_and_reads_it_once_per_host(server: FixtureServer) -> None:
    results = fetch_all([server.url("/private/briefing.html"), server.url("/pages/lima.html"),
                         server.url("/pages/busia.html")])  # fmt: skip
    assert isinstance(results[0], Disallowed)
    assert results[0].problem == "disallowed by robots.txt"
    assert isinstance(results[1], Fetched) and isinstance(results[2], Fetched)
    assert "/private/briefing.html" not in server.paths()
    assert server.paths().count("/robots.txt") == 1


@pytest.mark.parametrize("status", [404, 403])
def test_fetch_without_a_robots_txt_may_fetch_everything(server: FixtureServer, status: int) -> None:
    server.robots_status = status
    assert fetch(server.url("/private/briefing.html")).status == 200


def test_fetch_fetches_nothing_while_robots_txt_is_unreachable(server: FixtureServer) -> None:
    server.robots_status = 503
    with pytest.raises(FetchError, match="robots.txt cannot be read now: HTTP 503") as raised:
        fetch(server.url("/pages/lima.html"))
    assert not raised.value.permanent
    assert "/pages/lima.html" not in server.paths()


def test_fetch_conditional_requests_get_304(server: FixtureServer) -> None:
    first = fetch(server.url("/feeds/rss.xml"), kind="feed")
    assert first.status == 200 and first.etag
    again = fetch(server.url("/feeds/rss.xml"), kind="feed", etag=first.etag)
    assert again.status == 304 and again.body == b""
    assert server.requests[-1].headers["If-None-Match"] == first.etag
    atom = fetch(server.url("/feeds/atom.xml"), kind="feed", last_modified=LAST_MODIFIED)
    assert atom.status == 304
    assert server.requests[-1].headers["If-Modified-Since"] == LAST_MODIFIED


def test_fetch_spaces_requests_to_one_host(server: FixtureServer) -> None:
    options = dataclasses.replace(FAST, host_interval=0.2)
    started = time.monotonic()
    results = fetch_all([server.url("/pages/lima.html"), server.url("/pages/busia.html")], options=options)
    assert all(isinstance(result, Fetched) for result in results)
    assert time.monotonic() - started >= 0.4  # robots.txt, then two pages, 0.2 s apart


def test_fetch_limits_requests_in_flight_per_host(server: FixtureServer) -> None:
    server.delay = 0.3
    options = dataclasses.replace(FAST, per_host=1)
    started = time.monotonic()
    results = fetch_all([server.url("/slow/pages/lima.html"), server.url("/slow/pages/busia.html")], options=options)
    assert all(isinstance(result, Fetched) for result in results)
    assert time.monotonic() - started >= 0.6  # one after the other
