"""The SELECT statements behind the store's event queries and its statistics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    Text,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from eventwire.errors import InputError
from eventwire.records import MODALITIES, PLOVER_EVENTS
from eventwire.store.models import ArticleRow, ClusterRow, EventActorRow, EventRow

TOP_ACTORS = 10
# The most days an event's first and last day can be apart unless its date is a range ("2025" is
# Jan 1 - Dec 31): a date filter reads back no further than this, and the ranges (found through
# the partial index ix_events_ranges) say how much further it must.
LONGEST_SINGLE_DATE = dt.timedelta(days=365)
# The partial index's condition, written out: a bound parameter would not match it.
IS_RANGE = "'%/%'"


@dataclass(frozen=True)
class EventFilter:
    """Which events a query returns; every field left at None matches everything.

    ``actor`` and ``recipient`` match a country code ("RUS") or a CAMEO actor code
    ("RUSGOV"), in any case; ``location`` the country code of the event's place. ``since`` and
    ``until`` (both inclusive) keep the events whose days overlap them: an event "between May
    and July" is kept by ``since=June 1``. An event with no date is taken at its article's
    publication date.
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


def select_records(where: EventFilter) -> Select[tuple[str, str]]:
    """Event ids and record JSON matching ``where``, oldest first, in a stable order.

    The order is that of the index ix_events_order, so a query with a limit reads only the rows
    it returns (and those it skips) instead of sorting every match.
    """
    statement = select(EventRow.id, EventRow.record).where(*_conditions(where))
    order = [EventRow.date_start, EventRow.article_id, EventRow.evidence_start, EventRow.id]
    if where.since is None and where.until is None:
        # Events with no date at all (and an undated article) go last on every backend. A date
        # filter leaves none of them, and then the index gives the order as it is.
        order.insert(0, EventRow.date_start.is_(None))
    statement = statement.order_by(*order)
    return statement if where.limit is None else statement.limit(where.limit)


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
    if where.actor is not None:
        conditions.append(_has_party("actor", where.actor, event_id))
    if where.recipient is not None:
        conditions.append(_has_party("recipient", where.recipient, event_id))
    return conditions


def select_clusters(where: EventFilter, min_sources: int | None = None) -> Select[tuple[ClusterRow, str]]:
    """Clusters (with their best mention's record JSON) matching ``where``, oldest first.

    The filters apply to what a cluster says (its best mention's type, modality, parties and
    confidence) and to its days and place; ``min_sources`` keeps clusters reported by at least
    that many independent sources.
    """
    statement = select(ClusterRow, EventRow.record).join(EventRow, EventRow.id == ClusterRow.best_event_id)
    conditions = _conditions(where, ClusterRow)
    if min_sources is not None:
        conditions.append(ClusterRow.num_independent_sources >= min_sources)
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


def select_dyad_series(where: EventFilter, drive: str = "actor") -> Select[tuple[str, int]]:
    """Events per month ("YYYY-MM", count) between ``where.actor`` and ``where.recipient``.

    An event counts in the month of its first day (``date_start``: an event with no date of its
    own at its article's publication); events with no day at all are left out, and so are
    months without events. The other filters of ``where`` apply as in :func:`select_records`.

    The dyad's events are found in ``event_actors`` alone: the side named by ``drive`` is read
    from its covering index and each of its events looked up on the other side (covering index
    ix_event_actors_probe). Driving from the side with fewer rows (see
    :func:`select_party_sizes`) reads the least; the result is the same either way.
    """
    if where.actor is None or where.recipient is None:
        raise ValueError("a dyad needs an actor and a recipient")
    sides = {"actor": where.actor, "recipient": where.recipient}
    other = "recipient" if drive == "actor" else "actor"
    month = _Month(EventRow.date_start)
    dyad = _dyad_events(drive, sides[drive], other, sides[other])
    return (
        select(month, func.count())
        .where(EventRow.date_start.is_not(None), EventRow.id.in_(dyad), *_conditions(replace(where, actor=None, recipient=None)))
        .group_by(month)
        .order_by(month)
    )


def select_party_sizes(actor: str, recipient: str) -> Select[tuple[int, int]]:
    """How many ``event_actors`` rows match the actor and the recipient (index-only counts)."""
    def size(role: str, code: str) -> Any:
        wanted = code.strip().upper()
        by_code = select(func.count()).where(EventActorRow.role == role, EventActorRow.code == wanted)
        by_cameo = select(func.count()).where(EventActorRow.role == role, EventActorRow.cameo_code == wanted)
        return by_code.scalar_subquery() + by_cameo.scalar_subquery()

    return select(size("actor", actor), size("recipient", recipient))


def _dyad_events(role: str, code: str, other_role: str, other_code: str) -> Any:
    """Ids of the events with a party of ``role`` matching ``code`` and one of ``other_role`` matching
    ``other_code`` (country or CAMEO code, any case); an id may come twice."""
    driver, probe = aliased(EventActorRow), aliased(EventActorRow)
    wanted, other = code.strip().upper(), other_code.strip().upper()
    has_other = exists().where(probe.event_id == driver.event_id, probe.role == other_role,
                               or_(probe.code == other, probe.cameo_code == other))  # fmt: skip
    # Two selects rather than an OR, so that each reads one covering index in order.
    return union_all(
        select(driver.event_id).where(driver.role == role, driver.code == wanted, has_other),
        select(driver.event_id).where(driver.role == role, driver.cameo_code == wanted, has_other),
    )


class _Month(FunctionElement[str]):
    """The "YYYY-MM" of a date, in the dialect of the database."""

    type = Text()
    name = "month"
    inherit_cache = True


@compiles(_Month)
def _month_sqlite(element: _Month, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps dates as ISO text (SQLAlchemy's storage format for Date).
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(_Month, "postgresql")
def _month_postgresql(element: _Month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


def _has_party(role: str, code: str, event_id: Any = EventRow.id) -> ColumnElement[bool]:
    """Whether an event has an actor (or recipient) with that country or CAMEO code."""
    wanted = code.strip().upper()
    return exists().where(
        EventActorRow.event_id == event_id,
        EventActorRow.role == role,
        or_(EventActorRow.code == wanted, EventActorRow.cameo_code == wanted),
    )


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
