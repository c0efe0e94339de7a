"""Resolving a time expression to a date with its precision, against the publication date.

The rules are those of ``tests/resources/when_where/README.md``: a weekday is the latest such day
on or before publication for what has happened and the first on or after it for what is planned;
a calendar day or month without a year takes the year that puts it nearest publication on the
side the tense says; "this week" is the Monday-to-Sunday week as a range; "a day earlier" counts
from the last day stated before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.when_where.timex import MONTHS, NUMBERS, WEEKDAYS, TimeExpression


@dataclass(frozen=True)
class EventDate:
    """A resolved date with its precision, basis and source words."""

    date: str | None
    precision: str
    basis: str
    text: str | None = None

    @property
    def day(self) -> dt.date | None:
        """The day of a day-precision date (the first day of a range), else None."""
        if self.precision != "day" or not self.date:
            return None
        return dt.date.fromisoformat(self.date.split("/")[0])


NO_DATE = EventDate(None, "unknown", "none")


def publication_date(published: dt.date | None) -> EventDate:
    """The publication date, for an event reported as news with no time of its own."""
    if published is None:
        return NO_DATE
    return EventDate(published.isoformat(), "day", "publication")


def resolve(
    expression: TimeExpression, published: dt.date | None, forward: bool, anchor: dt.date | None = None
) -> EventDate:
    """The date an expression names.

    Args:
        expression: a found time expression.
        published: the publication date; without it only dates that carry their year resolve.
        forward: the event lies ahead of publication (planned), so a bare weekday or date is
            the next one rather than the last.
        anchor: the last day stated before the expression, for "a day earlier" (else publication).

    Returns:
        The date, or ``NO_DATE`` (with the words kept) where the words name no date.
    """
    reader = _READERS.get(expression.kind)
    found = reader(expression.parts, published, forward, anchor or published) if reader else None
    if found is None:
        return EventDate(None, "unknown", "none", expression.text)
    date, precision, basis = found
    return EventDate(date, precision, basis, expression.text)


Resolved = tuple[str, str, str] | None


def _weekday(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if published is None:
        return None
    target = WEEKDAYS[parts["w"].lower()]
    relation = parts.get("rel", "").lower()
    if relation in {"next", "coming"} or (relation == "this" and forward):
        forward, strictly = True, relation != "this"
    elif relation in {"last", "past"}:
        forward, strictly = False, True
    else:
        strictly = False
    step = 1 if forward else -1
    day = published + dt.timedelta(days=step) if strictly else published
    while day.weekday() != target:
        day += dt.timedelta(days=step)
    return day.isoformat(), "day", "relative"


def _today(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if published is None:
        return None
    return (published + dt.timedelta(days=_day_word(parts["word"]))).isoformat(), "day", "relative"


def _day_word(text: str) -> int:
    words = " ".join(text.lower().split())
    if "day before yesterday" in words:
        return -2
    if "day after tomorrow" in words:
        return 2
    if words in {"yesterday", "last night"}:
        return -1
    if words == "tomorrow":
        return 1
    return 0


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _shift(day: dt.date, unit: str, count: int) -> tuple[str, str]:
    """The date ``count`` units from ``day`` (negative: before), at the unit's precision."""
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return (day + dt.timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        return _week(day + dt.timedelta(days=7 * count)), "week"
    if unit == "month":
        month = day.year * 12 + day.month - 1 + count
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "month"
    return f"{day.year + count:04d}", "year"


def _week(day: dt.date) -> str:
    """The Monday-to-Sunday week holding ``day``, as a range."""
    monday = day - dt.timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _ago(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    count = _count(parts["n"])
    if published is None or count is None:
        return None
    date, precision = _shift(published, parts["u"], -count)
    return date, precision, "relative"


def _ahead(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    count = _count(parts["n"])
    if published is None or count is None:
        return None
    date, precision = _shift(published, parts["u"], count)
    return date, precision, "relative"


def _anchored(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if anchor is None:
        return None
    if "n" in parts:
        count = _count(parts["n"])
        if count is None:
            return None
        days = count * (7 if parts["u"].lower().startswith("week") else 1)
        before = parts["dir"].lower() in {"earlier", "before", "previously"}
        return (anchor + dt.timedelta(days=-days if before else days)).isoformat(), "day", "relative"
    which = " ".join(parts["which"].lower().split())
    offset = {"next": 1, "following": 1, "day after": 1, "same": 0}.get(which, -1)  # previous, eve, day before
    return (anchor + dt.timedelta(days=offset)).isoformat(), "day", "relative"


def _period(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if published is None:
        return None
    relation = parts["rel"].lower()
    count = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[relation]
    date, precision = _shift(published, parts["u"], count)
    return date, precision, "relative"


def _calendar_day(parts: dict[str, str], prefix: str, published: dt.date | None, forward: bool) -> dt.date | None:
    """The day a calendar match names, its year inferred from publication where not given."""
    if parts.get(f"{prefix}iso"):
        try:
            return dt.date.fromisoformat(parts[f"{prefix}iso"])
        except ValueError:
            return None
    month = parts.get(f"{prefix}m1") or parts.get(f"{prefix}m2")
    day = parts.get(f"{prefix}d1") or parts.get(f"{prefix}d2")
    year = parts.get(f"{prefix}y1") or parts.get(f"{prefix}y2")
    if not month or not day or (not year and published is None):
        return None
    number = int(day.rstrip("stndrh"))
    if year:
        return _day_or_none(int(year), _month_number(month), number)
    assert published is not None
    years = (published.year, published.year + 1) if forward else (published.year, published.year - 1)
    for candidate_year in years:
        candidate = _day_or_none(candidate_year, _month_number(month), number)
        if candidate is not None and (candidate >= published if forward else candidate <= published):
            return candidate
    return None


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "Feb. 30"
        return None


def _calendar(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    day = _calendar_day(parts, "", published, forward)
    return (day.isoformat(), "day", "explicit") if day else None


def _day_range(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if "da" in parts:  # "Nov. 11-12"
        first = _calendar_day({"m1": parts["m"], "d1": parts["da"], **({"y1": parts["y"]} if "y" in parts else {})},
                              "", published, forward)  # fmt: skip
        if first is None:
            return None
        try:
            last = first.replace(day=int(parts["db"].rstrip("stndrh")))
        except ValueError:
            return None
    else:  # "from Nov. 11 to Nov. 13": the end by the tense, the start no later than the end
        last = _calendar_day(parts, "b", published, forward)
        first = _calendar_day(parts, "a", last, False) if last else None
        if first is None or last is None:
            return None
    if last < first:
        return None
    return f"{first.isoformat()}/{last.isoformat()}", "day", "explicit"


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _month_year(month: int, year: str | None, published: dt.date | None, forward: bool, strictly: bool = False) -> int | None:
    """The year of a month: the given one, else the nearest to publication on the tense's side."""
    if year:
        return int(year)
    if published is None:
        return None
    if forward:
        return published.year if month > published.month or (month == published.month and not strictly) else published.year + 1
    return published.year if month < published.month or (month == published.month and not strictly) else published.year - 1


def _month(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    month = _month_number(parts["m"])
    relation = " ".join(parts.get("rel", "").lower().split()[-1:])
    if relation == "next":
        forward, strictly = True, True
    elif relation == "last":
        forward, strictly = False, True
    else:
        strictly = False
    if relation == "this" and published is not None:
        year: int | None = published.year
    else:
        year = _month_year(month, parts.get("y"), published, forward, strictly)
    if year is None:
        return None
    return f"{year:04d}-{month:02d}", "month", "explicit"


def _month_range(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    first, last = _month_number(parts["am"]), _month_number(parts["bm"])
    if forward:
        first_year = _month_year(first, parts.get("ay"), published, True)
        if first_year is None:
            return None
        last_year = int(parts["by"]) if parts.get("by") else first_year + (last < first)
    else:
        last_year_found = _month_year(last, parts.get("by"), published, False)
        if last_year_found is None:
            return None
        last_year = last_year_found
        first_year = int(parts["ay"]) if parts.get("ay") else last_year - (first > last)
    return f"{first_year:04d}-{first:02d}/{last_year:04d}-{last:02d}", "month", "explicit"


def _year(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    return parts["y"], "year", "explicit"


def _year_range(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if int(parts["yb"]) <= int(parts["ya"]):
        return None
    return f"{parts['ya']}/{parts['yb']}", "year", "explicit"


# Northern seasons as months (news agencies write from the northern hemisphere).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    first, last = SEASONS[parts["s"].lower()]
    relation = parts.get("rel", "").lower()
    if parts.get("y"):
        year = int(parts["y"])
    elif published is None:
        return None
    else:
        spans = [(y, dt.date(y, first, 1), _month_end(y + (last < first), last)) for y in range(published.year - 2, published.year + 2)]
        under_way = [y for y, begin, end in spans if begin <= published <= end]
        ended = [y for y, begin, end in spans if end < published]
        coming = [y for y, begin, end in spans if begin > published]
        if relation in {"last", "past"}:  # "last summer", said in November: the summer just past
            year = ended[-1]
        elif relation in {"next", "coming"}:
            year = coming[0]
        elif under_way:
            year = under_way[0]
        else:
            year = coming[0] if forward else ended[-1]
    end_year = year + 1 if last < first else year
    basis = "explicit" if parts.get("y") else "relative"
    return f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}", "month", basis


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _weekend(parts: dict[str, str], published: dt.date | None, forward: bool, anchor: dt.date | None) -> Resolved:
    if published is None:
        return None
    relation = parts["rel"].lower()
    saturday = published + dt.timedelta(days=5 - published.weekday())  # this week's Saturday
    if relation in {"last", "past"} or (relation == "the" and not forward and published.weekday() < 5):
        saturday -= dt.timedelta(days=7)
    elif relation in {"next", "coming"} and published.weekday() >= 5:
        saturday += dt.timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", "day", "relative"


_READERS = {
    "season": _season,
    "weekend": _weekend,
    "weekday": _weekday,
    "today": _today,
    "ago": _ago,
    "ahead": _ahead,
    "anchored": _anchored,
    "period": _period,
    "calendar": _calendar,
    "day_range": _day_range,
    "month": _month,
    "month_range": _month_range,
    "year": _year,
    "year_range": _year_range,
}
