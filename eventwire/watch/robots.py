"""robots.txt rules, read once per host and kept for a while (urllib.robotparser).

What counts as "no robots.txt" (allow everything) and what as "unreachable" (fetch nothing
now) is the fetcher's call: it hands over the file's text, None for no usable file, or
raises. A failure is remembered for a short time, so that a host that is down is not asked
for its robots.txt again by every item of a round.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# How long a failure to read a host's robots.txt is remembered, at most (seconds).
_FAILURE_TTL = 300.0

Loader = Callable[[str], Awaitable[str | None]]


def robots_url(url: str) -> str:
    """The robots.txt URL of the host serving ``url``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsCache:
    """The robots.txt rules of each host, loaded on first use and again after ``ttl`` seconds."""

    def __init__(self, load: Loader, user_agent: str, ttl: float) -> None:
        """``load(robots_url)`` gives the file's text, None when there is no usable file
        (everything is allowed), or raises when the host cannot tell now."""
        self._load = load
        self._agent = user_agent
        self._ttl = ttl
        self._known: dict[str, tuple[float, RobotFileParser | BaseException]] = {}
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch ``url``.

        Raises:
            Exception: what loading the host's robots.txt raised (remembered for a while).
        """
        rules = await self._rules(robots_url(url))
        return rules.can_fetch(self._agent, url)

    async def _rules(self, location: str) -> RobotFileParser:
        """The parsed rules at ``location``, from the cache when fresh (one load at a time)."""
        async with self._locks[location]:
            expires, known = self._known.get(location, (0.0, None))
            if known is None or time.monotonic() >= expires:
                known = await self._fresh(location)
            if isinstance(known, BaseException):
                raise known
            return known

    async def _fresh(self, location: str) -> RobotFileParser | BaseException:
        """Load and parse the rules, remembering the result (or the failure)."""
        try:
            text = await self._load(location)
        except Exception as error:  # the loader's own error, re-raised to every caller
            self._known[location] = (time.monotonic() + min(self._ttl, _FAILURE_TTL), error)
            return error
        parser = RobotFileParser(location)
        parser.parse((text or "").splitlines())  # no file: no rules, everything allowed
        self._known[location] = (time.monotonic() + self._ttl, parser)
        return parser
