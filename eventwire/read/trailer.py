"""Telling the end matter of an article (credits, source lines, publisher notices) from its body.

Only lines at the very end are examined, walking up from the last one and stopping at the first
line that is neither kind, so a phrase such as "all rights reserved" inside the body is never
touched. The cues below are the project's own list; extend them when a publisher's footer slips
through.
"""

from __future__ import annotations

import re

# Publisher notices: disclaimers, calls to follow or subscribe, copyright, navigation links.
_BOILERPLATE_CUES = tuple(
    re.compile(cue, re.IGNORECASE)
    for cue in (
        r"\bnot necessarily (?:represent|reflect)\b",
        r"\b(?:do|does) not (?:represent|reflect) the (?:views?|opinions?|position)\b",
        r"\b(?:views?|opinions?) expressed (?:here|in this)\b",
        r"\ball rights reserved\b",
        r"^(?:copyright\b|©|\(c\)\s*\d{4})",
        r"\bsubscribe (?:to|for|now)\b",
        r"\bsign up (?:for|to)\b",
        r"\bnewsletter\b",
        r"\bclick here\b",
        r"^follow (?:us|our)\b",
        r"\bfollow us on\b",
        r"^(?:read|see) (?:more|also)\b",
        r"^(?:related(?: articles?| stories)?|advertisement|share this(?: article| story)?)\W*$",
        r"\b(?:download|get) (?:our|the) app\b",
        r"\b(?:reprinted|republished) with permission\b",
        r"\bthis (?:article|story) (?:was |first |originally )+(?:published|appeared)\b",
        r"\bwe use cookies\b",
    )
)
_MAX_BOILERPLATE_CHARS = 400  # a longer closing paragraph is body, whatever words it contains

# Source and credit lines: outlets, agencies, "Reporting by ...; Editing by ...".
_SOURCE_LABEL = re.compile(
    r"^\(?\s*(?:sources?\s*:|(?:additional )?reporting (?:by|from)|writing by|editing by|"
    r"compiled by)|\bcontributed to this (?:report|story|article)\b",
    re.IGNORECASE,
)
_SOURCE_WORD = re.compile(
    r"\b(?:news|sources?|agency|agencies|wires?|media|contributed)\b", re.IGNORECASE
)
_WIRE_NAME = re.compile(
    r"\b(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|dpa|DPA|Xinhua|TASS|"
    r"Interfax|Anadolu(?: Agency)?|EFE|ANSA|Kyodo|Yonhap|UNIAN|Ukrinform|BBC|CNN|Al Jazeera)\b"
)
_MAX_SOURCE_CHARS = 120
_MAX_SOURCE_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?:;\"“”'’]$")


def split_trailer(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Split paragraphs into (body, source lines, boilerplate), end matter taken from the end.

    The first paragraph always stays in the body, so an article is never emptied.
    """
    sources: list[str] = []
    boilerplate: list[str] = []
    end = len(lines)
    while end > 1:
        line = lines[end - 1].strip()
        if is_boilerplate(line):
            boilerplate.insert(0, line)
        elif is_source_line(line):
            sources.insert(0, line)
        else:
            break
        end -= 1
    return lines[:end], sources, boilerplate


def is_boilerplate(line: str) -> bool:
    """Whether a closing line is a publisher notice rather than reporting."""
    if len(line) > _MAX_BOILERPLATE_CHARS:
        return False
    return any(cue.search(line) for cue in _BOILERPLATE_CUES)


def is_source_line(line: str) -> bool:
    """Whether a closing line names the outlets or people behind the story."""
    if len(line) > _MAX_SOURCE_CHARS or len(line.split()) > _MAX_SOURCE_WORDS:
        return False
    if _SOURCE_LABEL.search(line):
        return True
    if _SENTENCE_END.search(line):
        return False
    return bool(_WIRE_NAME.search(line) or _SOURCE_WORD.search(line))
