"""The watcher's knobs in one typed object, and reading durations such as ``15m``.

| option          | default     | what it bounds                                              |
|-----------------|-------------|-------------------------------------------------------------|
| every           | 15 minutes  | time from the start of one round to the start of the next   |
| timeout         | 20 s        | one request, from connecting to its last byte               |
| retries         | 3           | further tries after a connect error, timeout, 5xx or 429    |
| backoff         | 1 s         | first wait before a retry; it doubles, with jitter, ...     |
| backoff_cap     | 60 s        | ... up to this (a server's Retry-After is capped here too)  |
| max_redirects   | 5           | redirects followed for one request                          |
| max_page_bytes  | 5 MB        | an article page's body; bigger pages are refused            |
| max_feed_bytes  | 10 MB       | a feed's body                                               |
| per_host        | 2           | requests in flight to one host                              |
| host_interval   | 1 s         | least time between the starts of two requests to one host   |
| max_attempts    | 3           | tries of one feed item before it is marked failed           |
| batch           | 16          | items fetched, then coded and stored, together              |
| robots_ttl      | 1 hour      | how long a host's robots.txt is trusted                      |
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from eventwire.errors import InputError
from eventwire.version import __version__

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_MB = 1024 * 1024


def parse_duration(value: str, option: str = "--every") -> float:
    """Seconds in a duration such as ``30s``, ``15m``, ``1h``, ``1h30m`` or ``1.5h``.

    Raises:
        InputError: ``value`` is not a positive duration with units (naming ``option``).
    """
    text = value.strip().lower().replace(" ", "")
    parts = _DURATION.findall(text)
    if not text or "".join(number + unit for number, unit in parts) != text:
        raise InputError(option, f"invalid duration {value!r} (expected e.g. 30s, 15m, 1h or 1h30m)")
    seconds = sum(float(number) * _UNITS[unit] for number, unit in parts)
    if seconds <= 0:
        raise InputError(option, f"invalid duration {value!r} (it must be longer than zero)")
    return seconds


@dataclass(frozen=True)
class WatchOptions:
    """How often the watcher polls and how politely it fetches (see the module's table)."""

    every: float = 15 * 60
    once: bool = False
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    backoff_cap: float = 60.0
    max_redirects: int = 5
    max_page_bytes: int = 5 * _MB
    max_feed_bytes: int = 10 * _MB
    per_host: int = 2
    host_interval: float = 1.0
    max_attempts: int = 3
    batch: int = 16
    robots_ttl: float = 3600.0
    user_agent: str = f"eventwire/{__version__}"

    def __post_init__(self) -> None:
        for name in ("every", "timeout", "max_page_bytes", "max_feed_bytes", "per_host",
                     "max_attempts", "batch"):  # fmt: skip
            if getattr(self, name) <= 0:
                raise InputError(_option(name), f"must be greater than zero (got {getattr(self, name)!r})")
        for name in ("retries", "backoff", "backoff_cap", "max_redirects", "host_interval", "robots_ttl"):
            if getattr(self, name) < 0:
                raise InputError(_option(name), f"must not be negative (got {getattr(self, name)!r})")


def watch_options(*, every: str | None = None, max_page_mb: float | None = None, **given: object) -> WatchOptions:
    """Options from command-line values; those left at None keep their defaults.

    Args:
        every: a duration such as ``15m`` (see :func:`parse_duration`).
        max_page_mb: the page size limit in megabytes.
        given: any other field of :class:`WatchOptions`.

    Raises:
        InputError: a value is invalid; the message names its option.
    """
    known = {item.name for item in fields(WatchOptions)}
    values = {name: value for name, value in given.items() if value is not None}
    unknown = set(values) - known
    if unknown:
        raise TypeError(f"unknown watch options: {', '.join(sorted(unknown))}")
    if every is not None:
        values["every"] = parse_duration(every)
    if max_page_mb is not None:
        if max_page_mb <= 0:
            raise InputError("--max-page-mb", f"must be greater than zero (got {max_page_mb!r})")
        values["max_page_bytes"] = int(max_page_mb * _MB)
    return WatchOptions(**values)  # type: ignore[arg-type]


def _option(name: str) -> str:
    """The command-line spelling of an option's field name."""
    return "--" + name.replace("_", "-")
