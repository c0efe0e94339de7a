"""The SELECT statements behind the store's event queries and its statistics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Date,
    and_,
    Select,
    Text,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from eventwire.errors import InputError
from eventwire.records import MODALITIES, PLOVER_EVENTS
from eventwire.store.models import ArticleRow, ClusterRow, EventActorRow, EventDyadRow, EventRow, ReviewRow

TOP_ACTORS = 10
# The most days an event's first and last day can be apart unless its date is a range ("2025" is
# Jan 1 - Dec 31): a date filter reads back no further than this, and the ranges (found through
# the partial index ix_events_ranges) say how much further it must.
LONGEST_SINGLE_DATE = dt.timedelta(days=365)
# The partial index's condition, written out: a bound parameter would not match it.
IS_RANGE = "'%/%'"
# How a dyad's series can be bucketed (select_dyad_series).
DYAD_PERIODS = ("day", "week", "month")
# The filters beyond those the command line has always offered (Store.events(**more)).
EXTRA_FILTERS = {"actor_sector", "recipient_sector", "mode", "quad", "q", "reviewed", "place"}
# An upper-case country or CAMEO actor code: a filter value of this shape matches codes only.
CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")


@dataclass(frozen=True)
class EventFilter:
    """Which events a query returns; every field left at None matches everything.

    ``actor`` and ``recipient`` match a country code ("RUS") or a CAMEO actor code
    ("RUSGOV"), in any case; a value that is not an upper-case code also matches the party's
    name or words from the start of a word, in any case ("putin", "Russia"). ``actor_sector`` and
    ``recipient_sector`` ("GOV", "MIL") apply to the same party as ``actor`` / ``recipient``
    when both are given. ``location`` is the country code of the event's place, ``place`` part
    of its name (any case). ``since`` and
    ``until`` (both inclusive) keep the events whose days overlap them: an event "between May
    and July" is kept by ``since=June 1``. An event with no date is taken at its article's
    publication date. ``quad`` is the quad class (1-4), ``mode`` the PLOVER mode, ``q`` a
    case-insensitive substring of the evidence sentence, and ``reviewed`` keeps only events
    with (True) or without (False) a human review.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    modality: str | None = None
    limit: int | None = None
    min_confidence: float | None = None
    location: str | None = None
    actor_sector: str | None = None
    recipient_sector: str | None = None
    mode: str | None = None
    quad: int | None = None
    q: str | None = None
    reviewed: bool | None = None
    place: str | None = None  # part of the name of the event's place, any case ("kharkiv")

    def __post_init__(self) -> None:
        if self.event_type is not None and self.event_type.upper() not in PLOVER_EVENTS:
            expected = ", ".join(PLOVER_EVENTS)
            raise InputError(
                "event type", f"unknown event type {self.event_type!r} (expected one of {expected})"
            )
        if self.modality is not None and self.modality.lower() not in MODALITIES:
            raise InputError(
                "modality",
                f"unknown modality {self.modality!r} (expected one of {', '.join(MODALITIES)})",
            )
        if self.limit is not None and self.limit < 0:
            raise InputError("limit", f"limit must be 0 or more, not {self.limit}")
        if self.location is not None and not re.fullmatch(r"[A-Za-z]{3}", self.location.strip()):
            raise InputError("--location", f"{self.location!r} is no country code (expected ISO alpha-3, e.g. TUR)")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise InputError("min confidence", f"must be between 0 and 1, not {self.min_confidence}")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise InputError("quad", f"must be 1, 2, 3 or 4, not {self.quad}")
        for name in ("actor_sector", "recipient_sector"):
            value = getattr(self, name)
            if value is not None and not re.fullmatch(r"[A-Za-z]{3}", value.strip()):
                raise InputError(name, f"{value!r} is no sector code (expected three letters, e.g. GOV)")


def select_records(where: EventFilter, after: tuple[Any, ...] | None = None) -> Select[tuple[str, str]]:
    """Event ids and record JSON matching ``where``, oldest first, in a stable order.

    The order is that of the index ix_events_order, so a query with a limit reads only the rows
    it returns (and those it skips) instead of sorting every match. ``after`` is the sort key
    (date_start, article_id, evidence_start, id) of the last event of the previous page.
    """
    conditions = _conditions(where)
    if after is not None:
        conditions.append(_after_event(after, dated_only=where.since is not None or where.until is not None))
    statement = select(EventRow.id, EventRow.record).where(*conditions)
    order = [EventRow.date_start, EventRow.article_id, EventRow.evidence_start, EventRow.id]
    if where.since is None and where.until is None:
        # Events with no date at all (and an undated article) go last on every backend. A date
        # filter leaves none of them, and then the index gives the order as it is.
        order.insert(0, EventRow.date_start.is_(None))
    statement = statement.order_by(*order)
    return statement if where.limit is None else statement.limit(where.limit)


def _after_event(key: tuple[Any, ...], dated_only: bool) -> ColumnElement[bool]:
    """Events after ``key`` in the order of :func:`select_records` (undated events last).

    Row-value comparisons, so that the database starts reading ix_events_order at the key.
    """
    day, article_id, start, event_id = key
    rest = tuple_(EventRow.article_id, EventRow.evidence_start, EventRow.id) > tuple_(
        literal(article_id, Text), literal(start), literal(event_id, Text))  # fmt: skip
    if day is None:
        return and_(EventRow.date_start.is_(None), rest)
    later = tuple_(EventRow.date_start, EventRow.article_id, EventRow.evidence_start, EventRow.id) > tuple_(
        literal(day, Date), literal(article_id, Text), literal(start), literal(event_id, Text))  # fmt: skip
    return later if dated_only else or_(EventRow.date_start.is_(None), later)


def after_cluster(key: tuple[Any, ...], dated_only: bool) -> ColumnElement[bool]:
    """Clusters after ``key`` (date_start, id) in the order of :func:`select_clusters`."""
    day, cluster_id = key
    if day is None:
        return and_(ClusterRow.date_start.is_(None), ClusterRow.id > cluster_id)
    later = tuple_(ClusterRow.date_start, ClusterRow.id) > tuple_(literal(day, Date), literal(cluster_id, Text))
    return later if dated_only else or_(ClusterRow.date_start.is_(None), later)


def _conditions(where: EventFilter, table: Any = EventRow) -> list[ColumnElement[bool]]:
    """The WHERE clauses for a filter, on events or on clusters (``ClusterRow``).

    A cluster is filtered by its own days, place, type and modality (those of its best
    mention) and by its best mention's confidence and parties.
    """
    event_id = EventRow.id if table is EventRow else ClusterRow.best_event_id
    conditions: list[ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(table.date_end >= where.since)
        # A cluster's days are those of its best mention's row, so the events' bound holds.
        conditions.append(table.date_start >= _earliest_start(where.since))
    if where.until is not None:
        conditions.append(table.date_start <= where.until)
    if where.location is not None:
        conditions.append(table.location_country == where.location.strip().upper())
    if where.event_type is not None:
        conditions.append(table.event == where.event_type.upper())
    if where.modality is not None:
        conditions.append(table.modality == where.modality.lower())
    if where.min_confidence is not None:
        conditions.append(EventRow.confidence >= where.min_confidence)
    if where.actor is not None or where.actor_sector is not None:
        conditions.append(_has_party("actor", where.actor, event_id, where.actor_sector))
    if where.recipient is not None or where.recipient_sector is not None:
        conditions.append(_has_party("recipient", where.recipient, event_id, where.recipient_sector))
    if where.mode is not None:
        conditions.append(func.lower(EventRow.mode) == where.mode.strip().lower())
    if where.quad is not None:
        conditions.append(EventRow.quad_code == where.quad)
    if where.q is not None and where.q.strip():
        conditions.append(func.lower(EventRow.evidence_text).like(f"%{_escape(where.q.strip().lower())}%", escape="\\"))
    if where.place is not None and where.place.strip():
        # A cluster's place is its best mention's: select_clusters joins that event's row.
        name = func.lower(EventRow.location["name"].as_string())
        conditions.append(name.like(f"%{_escape(where.place.strip().lower())}%", escape="\\"))
    if where.reviewed is not None:
        reviewed = exists().where(ReviewRow.event_id == event_id)
        conditions.append(reviewed if where.reviewed else ~reviewed)
    return conditions


def _escape(text: str) -> str:
    """A LIKE pattern's literal text: its wildcards escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def select_clusters(
    where: EventFilter, min_sources: int | None = None, after: tuple[Any, ...] | None = None
) -> Select[tuple[ClusterRow, str]]:
    """Clusters (with their best mention's record JSON) matching ``where``, oldest first.

    The filters apply to what a cluster says (its best mention's type, modality, parties and
    confidence) and to its days and place; ``min_sources`` keeps clusters reported by at least
    that many independent sources.
    """
    statement = select(ClusterRow, EventRow.record).join(EventRow, EventRow.id == ClusterRow.best_event_id)
    conditions = _conditions(where, ClusterRow)
    if min_sources is not None:
        conditions.append(ClusterRow.num_independent_sources >= min_sources)
    if after is not None:
        conditions.append(after_cluster(after, dated_only=where.since is not None or where.until is not None))
    order = [ClusterRow.date_start, ClusterRow.id]  # as in ix_event_clusters_event_date
    if where.since is None and where.until is None:  # undated clusters last (a date filter drops them)
        order.insert(0, ClusterRow.date_start.is_(None))
    statement = statement.where(*conditions).order_by(*order)
    return statement if where.limit is None else statement.limit(where.limit)


def _earliest_start(since: dt.date) -> ColumnElement[Any]:
    """The earliest first day an event whose days reach ``since`` can have.

    ``date_end >= since`` alone cannot bound an index on ``date_start``: the scan would start at
    the oldest event. An event whose date is no range spans at most a year, so it starts at
    most :data:`LONGEST_SINGLE_DATE` before ``since``; ranges can span more, and the few of them
    that reach ``since`` are read from the partial index ``ix_events_ranges``. The bound changes
    nothing in what a query returns; it only tells the database where to start reading.
    """
    ranges = aliased(EventRow)
    starts = union_all(
        select(literal(since - LONGEST_SINGLE_DATE, Date).label("day")),
        select(ranges.date_start.label("day")).where(ranges.date.like(literal_column(IS_RANGE)), ranges.date_end >= since),
    ).subquery()
    return select(func.min(starts.c.day)).scalar_subquery()


class DyadPeriod(NamedTuple):
    """One period of a dyad's series: its label, how many events, the sum of their Goldstein scores."""

    period: str
    events: int
    goldstein: float


def select_dyad_series(where: EventFilter, period: str = "month") -> Select[tuple[str, int, float]]:
    """Events and their Goldstein sum per period between ``where.actor`` and ``where.recipient``.

    Rows are (period, events, goldstein): the period is "YYYY-MM" for a month, the Monday
    "YYYY-MM-DD" of a week (weeks run Monday to Sunday) or the day "YYYY-MM-DD". An event counts
    in the period of its first day (``date_start``: an event with no date of its own at its
    article's publication); events with no day at all are left out, and so are periods without
    events. ``since``, ``until`` and ``event_type`` apply as in :func:`select_records`; the
    other filters are not offered for a series.

    It reads one range of ``ix_event_dyads_series`` (see ``EventDyadRow``) and nothing else.
    """
    if where.actor is None or where.recipient is None:
        raise ValueError("a dyad needs an actor and a recipient")
    dyad = EventDyadRow
    conditions = [dyad.actor_key == where.actor.strip().upper(), dyad.recipient_key == where.recipient.strip().upper()]
    if where.since is not None:
        conditions += [dyad.date_end >= where.since, dyad.date_start >= _earliest_start(where.since)]
    if where.until is not None:
        conditions.append(dyad.date_start <= where.until)
    if where.event_type is not None:
        conditions.append(dyad.event == where.event_type.upper())
    bucket = Period(dyad.date_start, period=period)
    return (
        select(bucket, func.count(), func.coalesce(func.sum(dyad.goldstein), 0.0))
        .where(*conditions)
        .group_by(bucket)
        .order_by(bucket)
    )


class Period(FunctionElement[str]):
    """The day, week (its Monday) or month ("YYYY-MM") of a date, as text, in the database's dialect."""

    type = Text()
    name = "period"
    inherit_cache = False  # the period is not a bound parameter, so statements differ by it

    def __init__(self, *clauses: Any, period: str) -> None:
        """Raises InputError for a period that is not one of :data:`DYAD_PERIODS`."""
        if period not in DYAD_PERIODS:
            raise InputError("period", f"unknown period {period!r} (expected one of {', '.join(DYAD_PERIODS)})")
        self.period = period
        super().__init__(*clauses)


@compiles(Period)
def _period_sqlite(element: Period, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps dates as ISO text; "weekday 0" moves on to the Sunday, six days back is Monday.
    day = compiler.process(element.clauses, **kw)
    return {
        "day": f"strftime('%Y-%m-%d', {day})",
        "week": f"strftime('%Y-%m-%d', {day}, 'weekday 0', '-6 days')",
        "month": f"strftime('%Y-%m', {day})",
    }[element.period]


@compiles(Period, "postgresql")
def _period_postgresql(element: Period, compiler: SQLCompiler, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return {
        "day": f"to_char({day}, 'YYYY-MM-DD')",
        "week": f"to_char(date_trunc('week', {day}), 'YYYY-MM-DD')",
        "month": f"to_char({day}, 'YYYY-MM')",
    }[element.period]


def _has_party(role: str, code: str | None, event_id: Any = EventRow.id, sector: str | None = None) -> ColumnElement[bool]:
    """Whether an event has an actor (or recipient) with that country or CAMEO code (or, for a
    value that is not an upper-case code, name) and that sector, both in one party."""
    conditions = [EventActorRow.event_id == event_id, EventActorRow.role == role]
    if code is not None:
        conditions.append(party_matches(code))
    if sector is not None:
        conditions.append(EventActorRow.sector == sector.strip().upper())
    return exists().where(*conditions)


def party_matches(value: str) -> ColumnElement[bool]:
    """An ``event_actors`` row is this party: an upper-case code ("RUS", "RUSGOV") matches the
    codes only (through the indexes); anything else also the name or words, in any case, from
    the start of a word ("putin" is "Vladimir Putin")."""
    text = value.strip()
    by_code = or_(EventActorRow.code == text.upper(), EventActorRow.cameo_code == text.upper())
    if CODE.fullmatch(text):
        return by_code
    # At the start of a word: "rus" is Russia and the Russian army, not Belarus.
    word = _escape(text.lower())
    return or_(by_code, *(func.lower(column).like(pattern, escape="\\")
                          for column in (EventActorRow.name, EventActorRow.text) for pattern in (f"{word}%", f"% {word}%")))  # fmt: skip


def event_stats(session: Session) -> dict[str, Any]:
    """Counts of articles and events, events by type, modality and quad class, the date
    range and the most frequent actors (by country code)."""
    span = select(func.min(EventRow.date_start), func.max(EventRow.date_start))
    first, last = session.execute(span).one()
    by_quad = {quad: 0 for quad in (1, 2, 3, 4)} | _counts(session, EventRow.quad_code)
    actors = (
        select(EventActorRow.code, func.count(func.distinct(EventActorRow.event_id)))
        .where(EventActorRow.role == "actor", EventActorRow.code.is_not(None))
        .group_by(EventActorRow.code)
        .order_by(func.count(func.distinct(EventActorRow.event_id)).desc(), EventActorRow.code)
        .limit(TOP_ACTORS)
    )
    return {
        "articles": session.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "duplicates": session.scalar(select(func.count()).where(ArticleRow.duplicate_of.is_not(None))) or 0,
        "events": session.scalar(select(func.count()).select_from(EventRow)) or 0,
        "clusters": session.scalar(select(func.count()).select_from(ClusterRow)) or 0,
        "by_event": _counts(session, EventRow.event),
        "by_modality": _counts(session, EventRow.modality),
        "by_quad": by_quad,
        "date_range": {
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        },
        "top_actors": {code: count for code, count in session.execute(actors)},
    }


def _counts(session: Session, column: InstrumentedAttribute[Any]) -> dict[Any, int]:
    """Events per value of ``column``, most frequent first (ties by value)."""
    statement = (
        select(column, func.count())
        .group_by(column)
        .order_by(func.count().desc(), column)
    )
    return {value: count for value, count in session.execute(statement)}
