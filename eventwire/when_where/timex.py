"""Finding time expressions in text: "on Wednesday", "Nov. 11", "between May and July", "a day earlier".

Each expression is found by one of a few patterns and kept with its kind and the parts the
pattern read (a weekday, a month, a count), so :mod:`eventwire.when_where.dates` can resolve it
without reading the words again. Where patterns overlap the longest match wins ("Nov. 11-12"
over "Nov. 11").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}  # fmt: skip

# Capitalised month names only: "may" and "march" are also a verb and a noun.
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
)
_DAY = r"(?:[12]?[0-9]|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9]|,[0-9])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year)s?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
# Words before a bare month or year that make it a time ("in March", "since 2014"); without one
# a bare "May" or "2014" is too often something else.
_PREPOSITION = r"(?:in|by|until|since|during|from|of|early|late|before|after|through|throughout)"
_EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)"


def _calendar(p: str) -> str:
    """A calendar day, its groups named with prefix ``p``."""
    return (
        rf"(?:(?P<{p}m1>{_MONTH})\s+(?P<{p}d1>{_DAY})(?![0-9])(?:,?\s+(?P<{p}y1>{_YEAR}))?"
        rf"|(?P<{p}d2>{_DAY})\s+(?:of\s+)?(?P<{p}m2>{_MONTH})(?:,?\s+(?P<{p}y2>{_YEAR}))?"
        rf"|(?P<{p}iso>(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9]))"
    )


def _month_year(p: str) -> str:
    """A month, with its year where given ("March", "March 2023", "March of 2023")."""
    return rf"(?P<{p}m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<{p}y>{_YEAR}))?"


PATTERNS: list[tuple[str, str]] = [
    # "between May and July", "from March 2023 to June 2024", "between 2014 and 2016"
    ("month_range", rf"\b(?i:between|from)\s+{_month_year('a')}\s+(?i:and|to|until|through|till)\s+{_month_year('b')}"),
    ("year_range", rf"\b(?i:between|from)\s+(?P<ya>{_YEAR})\s+(?i:and|to|until|through|till)\s+(?P<yb>{_YEAR})"),
    ("year_range", rf"\b(?P<ya>{_YEAR})\s*[-–]\s*(?P<yb>{_YEAR})"),
    # "Nov. 11-12", "Nov. 11 and 12", "from Nov. 11 to 13"
    ("day_range", rf"\b(?P<m>{_MONTH})\s+(?P<da>{_DAY})\s*(?:[-–]|and|to|until|through)\s*(?P<db>{_DAY})(?![0-9])(?:,?\s+(?P<y>{_YEAR}))?"),
    ("day_range", rf"\b(?i:between|from)\s+{_calendar('a')}\s+(?i:and|to|until|through|till)\s+{_calendar('b')}"),
    ("calendar", rf"\b{_calendar('')}"),
    # "in early March", "last March", "March 2023", "in March"
    ("month", rf"\b(?:(?P<rel>(?i:last|next|this|(?:early|late)\s+(?:last|next|this)))\s+)(?P<m>{_MONTH})"),
    ("month", rf"\b(?:(?P<edge>(?i:{_EDGE}))[-\s]+(?:of\s+)?)?(?P<m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))"),
    ("month", rf"\b(?P<prep>(?i:{_PREPOSITION}))\s+(?:(?:early|mid|late)[-\s]+)?(?P<m>{_MONTH})(?!\.?\s+[0-9])"),
    ("month", rf"\b(?i:mid)-(?P<m>{_MONTH})(?!\.?\s+[0-9])"),
    # "in 2014", "late 2023", "by 2030"
    ("year", rf"\b(?P<prep>(?i:{_PREPOSITION}))\s+(?P<y>{_YEAR})"),
    ("year", rf"\b(?i:mid)-(?P<y>{_YEAR})"),
    ("year", rf"\bthe\s+(?P<y>{_YEAR})(?=\s+[a-z])"),  # "the 2022 election"
    # "last summer", "in the spring of 2023", "this weekend"
    ("season", rf"\b(?:(?P<rel>this|last|next|past|coming)\s+|(?:in|during)\s+(?:the\s+)?)(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?\b"),
    ("weekend", r"\b(?P<rel>this|last|next|past|coming|the)\s+weekend\b"),
    # "on Wednesday", "last Friday", "Wednesday night", "earlier on Tuesday"
    ("weekday", rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<w>{_WEEKDAY}){_PART_OF_DAY}?"),
    ("today", r"\b(?P<word>yesterday|today|tonight|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    # "three days ago", "two weeks ago", "in five days", "a year ago"
    ("ago", rf"\b(?P<n>{_COUNT})\s+(?P<u>{_UNIT})\s+ago\b"),
    ("ahead", rf"\b(?:in|within)\s+(?P<n>{_COUNT})\s+(?P<u>{_UNIT})(?:'?\s+time)?\b(?!\s+(?:ago|earlier|later|before|after))"),
    # "a day earlier", "two days later", "the next day", "the same day", "the day before"
    ("anchored", rf"\b(?P<n>{_COUNT})\s+(?P<u>days?|weeks?)\s+(?P<dir>earlier|later|afterwards|previously|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|\w+ing)\b))\b"),
    ("anchored", r"\b(?:the\s+)?(?P<which>next|following|previous|preceding|same|day\s+before|day\s+after|eve)(?:\s+(?:day|morning|evening|night))?\b"),
    # "this week", "earlier this month", "late last year", "the previous week"
    ("period", r"\b(?:(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]+)?(?P<rel>this|last|next|past|previous|coming)\s+(?P<u>week|month|year)\b"),
    # words that give no date: "recently", "in the coming days"
    ("vague", r"\b(?:recently|lately|soon|shortly|once|previously|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+(?:coming|next|past|last|previous)\s+(?:few\s+)?(?:days|weeks|months|years)|in\s+the\s+(?:near|distant)\s+future|in\s+the\s+past|at\s+some\s+point|at\s+a\s+later\s+date|in\s+due\s+course|one\s+day|some\s+day|someday|for\s+(?:years|decades|months|weeks)|over\s+the\s+(?:years|decades|past\s+\w+\s+\w+))\b"),
]  # fmt: skip

# Month names must be capitalised; everything else is read whatever its case ("Last Friday").
_CASED_KINDS = {"month_range", "year_range", "day_range", "calendar", "month", "year"}
_COMPILED = [(kind, re.compile(pattern, 0 if kind in _CASED_KINDS else re.IGNORECASE)) for kind, pattern in PATTERNS]

# "the same day", "the next day" alone ("the next round") are no time: the anchored words need
# a day word after them, or "the eve".
_ANCHOR_WORDS = re.compile(r"\b(?:day|morning|evening|night|eve)\b")


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, with its offsets and what its pattern read."""

    start: int
    end: int
    text: str
    kind: str
    parts: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def find_time_expressions(text: str, offset: int = 0) -> list[TimeExpression]:
    """The time expressions of ``text``, longest first where they overlap, in text order.

    ``offset`` is added to every start and end (for a sentence inside a longer text).
    """
    found: list[TimeExpression] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if not match.group(0).strip() or (kind == "anchored" and not _is_anchored(match)):
                continue
            parts = {key: value for key, value in match.groupdict().items() if value}
            found.append(TimeExpression(match.start() + offset, match.end() + offset, match.group(0), kind, parts))
    chosen: list[TimeExpression] = []
    for expression in sorted(found, key=lambda e: (-(e.end - e.start), _PRIORITY[e.kind])):
        if all(expression.end <= other.start or expression.start >= other.end for other in chosen):
            chosen.append(expression)
    return sorted(chosen, key=lambda e: e.start)


def _is_anchored(match: re.Match[str]) -> bool:
    """Whether an "anchored" match names a day counted from another ("the next day", "the eve")."""
    if match.groupdict().get("n"):
        return True
    return bool(_ANCHOR_WORDS.search(match.group(0)))


_PRIORITY = {kind: rank for rank, (kind, _) in enumerate(PATTERNS)}
