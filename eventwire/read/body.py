"""The body every reader ends with: normalised paragraphs, end matter and dateline taken out.

All readers share this step so that an article's ``text`` has one shape whatever it came from:
paragraphs joined by a single "\\n", no trailing whitespace, LF line ends, and the character
offsets of later stages count into exactly that string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.read.dateline import cut_dateline, dateline_date
from eventwire.read.trailer import split_trailer
from eventwire.records import Dateline


@dataclass(frozen=True)
class Body:
    """The coded text of an article and what was cut from around it."""

    text: str
    dateline: Dateline | None = None
    source_lines: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()

    @property
    def dated(self) -> dt.date | None:
        """The publication date its dateline gives ("KYIV, Nov. 18, 2025 (AP) -"), if any."""
        return dateline_date(self.dateline)


def text_lines(text: str) -> list[str]:
    """The lines of ``text`` with CRLF/CR turned into LF and trailing whitespace removed."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip() for line in unified.split("\n")]


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of ``text``, each one paragraph."""
    return [line for line in text_lines(text) if line.strip()]


def build_body(lines: list[str]) -> Body:
    """The body made of non-blank paragraphs ``lines`` (at least one).

    End matter is split off first, so that a one-paragraph story keeps its only line; then the
    dateline is cut from the first paragraph.
    """
    if not lines:
        raise ValueError("an article body needs at least one paragraph")
    kept, sources, boilerplate = split_trailer(lines)
    dateline, first = cut_dateline(kept[0])
    return Body(
        text="\n".join([first, *kept[1:]]),
        dateline=dateline,
        source_lines=tuple(sources),
        boilerplate=tuple(boilerplate),
    )
