"""Keyset pagination: a page of results and the opaque cursor that says where the next one starts.

A cursor is the sort key of the last row of a page, as URL-safe base64 of a small JSON list
tagged with what it pages through ("events", "clusters", ...). The next page is read from the
index where the last one stopped (``WHERE key > cursor``) instead of skipping rows (OFFSET), so
page 1,000 costs what page 1 costs and rows stored meanwhile are neither skipped nor repeated.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from eventwire.errors import InputError

T = TypeVar("T")

# How each kind's key is typed, in order; None marks a value that may be null.
_KEY_TYPES: dict[str, tuple[str, ...]] = {
    "events": ("date?", "str", "int", "str"),  # date_start, article_id, evidence_start, id
    "clusters": ("date?", "str"),  # date_start, id
    "articles": ("datetime", "str"),  # ingested_at, id
    "quotes": ("str", "int"),  # article_id, position
}


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results, and the cursor of the next page (None on the last one)."""

    items: list[T] = field(default_factory=list)
    next_cursor: str | None = None


def encode_cursor(kind: str, key: Sequence[Any]) -> str:
    """The opaque cursor for the row whose sort key is ``key``."""
    values = [value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value for value in key]
    raw = json.dumps([kind, *values], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(kind: str, cursor: str) -> tuple[Any, ...]:
    """The sort key a cursor of ``kind`` holds.

    Raises:
        InputError: the cursor is not one this store handed out for ``kind``.
    """
    problem = InputError("cursor", f"{cursor[:40]!r} is not a cursor of this list (pass next_cursor back as given)")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        raise problem from None
    types = _KEY_TYPES[kind]
    if not isinstance(values, list) or len(values) != len(types) + 1 or values[0] != kind:
        raise problem
    try:
        return tuple(_PARSERS[name](value) for name, value in zip(types, values[1:]))
    except (TypeError, ValueError):
        raise problem from None


def page_of(kind: str, rows: list[Any], limit: int, key: Callable[[Any], Sequence[Any]]) -> tuple[list[Any], str | None]:
    """The first ``limit`` of ``rows`` (read as ``limit + 1``) and the next page's cursor."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(kind, key(rows[-1]))


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _integer(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not an integer")
    return value


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "date?": _date,
    "datetime": lambda value: dt.datetime.fromisoformat(_string(value)),
    "str": _string,
    "int": _integer,
}
