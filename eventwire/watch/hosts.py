"""Politeness per host: at most a few requests in flight, and a least time between two starts."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The host (with its port, if any) that ``url`` is served from, lower-cased."""
    return urlsplit(url).netloc.lower()


class HostGate:
    """Lets requests to one host through ``per_host`` at a time, ``interval`` seconds apart."""

    def __init__(self, per_host: int, interval: float) -> None:
        self._interval = interval
        self._slots: defaultdict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(per_host))
        self._turns: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._next_start: dict[str, float] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Wait for a free slot and for the host's turn, then hold the slot for one request."""
        host = host_of(url)
        async with self._slots[host]:
            await self._wait_turn(host)
            yield

    async def _wait_turn(self, host: str) -> None:
        """Sleep until ``interval`` has passed since the last request to ``host`` started."""
        loop = asyncio.get_running_loop()
        async with self._turns[host]:
            wait = self._next_start.get(host, 0.0) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self._next_start[host] = loop.time() + self._interval
