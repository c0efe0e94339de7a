"""Fetching feeds and pages politely: robots.txt, per-host limits, retries, size and type checks.

Every request goes through :class:`Fetcher.fetch`, which

- asks the host's robots.txt first (:mod:`eventwire.watch.robots`) and refuses what it forbids;
- waits for the host's turn (:mod:`eventwire.watch.hosts`);
- sends ``If-None-Match`` / ``If-Modified-Since`` when given a feed's validators;
- follows redirects itself (at most ``max_redirects``), so each hop is checked the same way;
- retries connect errors, timeouts, 5xx and 429 with exponential backoff, jitter and a cap,
  waiting as long as a ``Retry-After`` header asks (up to the cap); other 4xx are final;
- streams the body and gives up as soon as it passes the size limit of its kind;
- refuses content types that are neither a page (HTML) nor a feed (XML).

What goes wrong is raised as :class:`FetchError`, whose ``permanent`` says whether trying the
same URL again later could help.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import random
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from eventwire.errors import InputError
from eventwire.watch.hosts import HostGate
from eventwire.watch.options import WatchOptions
from eventwire.watch.robots import RobotsCache

Kind = Literal["feed", "page", "robots"]

_MB = 1024 * 1024
_ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
    "robots": "text/plain, */*;q=0.1",
}
_REDIRECTS = (301, 302, 303, 307, 308)
_TRANSIENT = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError, TimeoutError)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class FetchError(InputError):
    """A feed or page could not be fetched. ``status`` is the HTTP status, if one came back."""

    def __init__(self, url: str, problem: str, *, status: int | None = None, permanent: bool = False) -> None:
        self.status = status
        self.permanent = permanent
        super().__init__(url, problem)


class Disallowed(FetchError):
    """The host's robots.txt forbids fetching the URL."""

    def __init__(self, url: str) -> None:
        super().__init__(url, "disallowed by robots.txt", permanent=True)


@dataclass(frozen=True)
class Fetched:
    """A response: its final URL (after redirects), status, headers and whole body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""

    @property
    def etag(self) -> str | None:
        """The ETag validator, for the next conditional request."""
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        """The Last-Modified validator, for the next conditional request."""
        return self.headers.get("last-modified")

    @property
    def charset(self) -> str | None:
        """The character set the Content-Type header names, if any."""
        match = _CHARSET.search(self.headers.get("content-type", ""))
        return match[1] if match else None


class Fetcher:
    """Polite HTTP GETs over one shared :class:`httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient, options: WatchOptions) -> None:
        self._client = client
        self._options = options
        self._gate = HostGate(options.per_host, options.host_interval)
        self._robots = RobotsCache(self._robots_text, options.user_agent, options.robots_ttl)
        self._jitter = random.Random()

    async def fetch(
        self, url: str, kind: Kind, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """GET ``url``: a 2xx answer with its body, or a 304 when the validators still hold.

        Raises:
            Disallowed: robots.txt forbids the URL (or a URL it redirects to).
            FetchError: anything else that keeps us from the body (see the module docstring).
        """
        headers = {"User-Agent": self._options.user_agent, "Accept": _ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self._options.max_redirects + 1):
            if kind != "robots":
                await self._check_robots(url)
            answer = await self._with_retries(url, kind, headers)
            location = answer.headers.get("location")
            if answer.status in _REDIRECTS and location:
                url = _redirect_target(url, location)
                continue
            if answer.status == 304 or 200 <= answer.status < 300:
                return answer
            raise FetchError(url, _status_problem(answer.status), status=answer.status, permanent=True)
        raise FetchError(url, f"more than {self._options.max_redirects} redirects", permanent=True)

    async def _check_robots(self, url: str) -> None:
        """Raise Disallowed when robots.txt forbids ``url``, FetchError when it cannot be read."""
        try:
            allowed = await self._robots.allowed(url)
        except FetchError as error:
            raise FetchError(url, f"robots.txt cannot be read now: {error.problem}", status=error.status) from None
        if not allowed:
            raise Disallowed(url)

    async def _robots_text(self, location: str) -> str | None:
        """The text of a robots.txt, or None when the host has no usable one (all allowed)."""
        try:
            answer = await self.fetch(location, "robots")
        except FetchError as error:
            if error.permanent:  # 4xx, too large, too many redirects: RFC 9309 allows all
                return None
            raise
        return answer.body.decode(answer.charset or "utf-8", errors="replace") if answer.status != 304 else None

    async def _with_retries(self, url: str, kind: Kind, headers: dict[str, str]) -> Fetched:
        """One request, tried again after transient failures; the last answer is returned."""
        retries = self._options.retries
        for attempt in range(retries + 1):
            try:
                answer = await self._attempt(url, kind, headers)
            except _TRANSIENT as error:
                problem, status, asked = self._transport_problem(error), None, None
            except (httpx.HTTPError, httpx.InvalidURL) as error:
                raise FetchError(url, f"request failed: {error}", permanent=True) from None
            else:
                if answer.status != 429 and answer.status < 500:
                    return answer
                problem, status, asked = _status_problem(answer.status), answer.status, _retry_after(answer.headers)
            if attempt == retries:
                tries = f" (tried {retries + 1} times)" if retries else ""
                raise FetchError(url, problem + tries, status=status)
            await asyncio.sleep(self._backoff(attempt, asked))
        raise AssertionError("unreachable: the loop returns or raises")

    async def _attempt(self, url: str, kind: Kind, headers: dict[str, str]) -> Fetched:
        """One GET within the host's limits and the time limit; only a 2xx body is read."""
        async with self._gate.slot(url), asyncio.timeout(self._options.timeout):
            async with self._client.stream("GET", url, headers=headers) as response:
                if not 200 <= response.status_code < 300:
                    return Fetched(url, response.status_code, response.headers)
                _check_type(url, kind, response.headers.get("content-type", ""))
                body = await self._read_bounded(url, response, self._limit(kind))
                return Fetched(url, response.status_code, response.headers, body)

    async def _read_bounded(self, url: str, response: httpx.Response, limit: int) -> bytes:
        """The (decompressed) body, refused as soon as it is larger than ``limit`` bytes."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(url, limit)
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(url, limit)
            chunks.append(chunk)
        return b"".join(chunks)

    def _limit(self, kind: Kind) -> int:
        """The largest body accepted for a response of ``kind``."""
        if kind == "page":
            return self._options.max_page_bytes
        return self._options.max_feed_bytes if kind == "feed" else _ROBOTS_MAX_BYTES

    def _backoff(self, attempt: int, asked: float | None) -> float:
        """Seconds to wait before retry number ``attempt + 1``: Retry-After, else exponential."""
        cap = self._options.backoff_cap
        if asked is not None:
            return min(asked, cap)
        return min(cap, self._options.backoff * 2**attempt) * self._jitter.uniform(0.5, 1.0)

    def _transport_problem(self, error: Exception) -> str:
        """What a transport error means, in a few words."""
        if isinstance(error, TimeoutError | httpx.TimeoutException):
            return f"timed out (limit {self._options.timeout:g} s)"
        if isinstance(error, httpx.ConnectError):
            return f"cannot connect ({error or 'connection failed'})"
        return f"connection broken ({error or type(error).__name__})"


def _check_type(url: str, kind: Kind, content_type: str) -> None:
    """Refuse a body that is neither HTML (pages) nor XML (feeds); a missing type is let through."""
    media = content_type.split(";", 1)[0].strip().lower()
    if not media or kind == "robots":
        return
    if kind == "page" and media in _PAGE_TYPES:
        return
    if kind == "feed" and ("xml" in media or media == "text/plain"):
        return
    expected = "an HTML page" if kind == "page" else "an RSS or Atom feed"
    raise FetchError(url, f"content type {media!r} is not {expected}", permanent=True)


def _redirect_target(url: str, location: str) -> str:
    """Where a redirect leads, refusing schemes other than http(s)."""
    target = urljoin(url, location.strip())
    if urlsplit(target).scheme not in ("http", "https"):
        raise FetchError(url, f"redirected to a non-HTTP URL {target!r}", permanent=True)
    return target


def _retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a Retry-After header asks for (a number, or an HTTP date), if any."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _status_problem(status: int) -> str:
    """``HTTP 404 Not Found``."""
    return f"HTTP {status} {httpx.codes.get_reason_phrase(status)}".rstrip()


def _too_large(url: str, limit: int) -> FetchError:
    """The error for a body over ``limit`` bytes."""
    size = f"{limit / _MB:g} MB" if limit >= _MB else f"{limit / 1024:.0f} KB"
    return FetchError(url, f"larger than the {size} limit", permanent=True)
