"""The SELECT statements behind the store's event queries and its statistics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from eventwire.errors import InputError
from eventwire.records import MODALITIES, PLOVER_EVENTS
from eventwire.store.models import ArticleRow, ClusterRow, EventActorRow, EventRow

TOP_ACTORS = 10


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
    """Event ids and record JSON matching ``where``, oldest first, in a stable order."""
    statement = select(EventRow.id, EventRow.record).where(*_conditions(where))
    statement = statement.order_by(
        # Events with no date at all (and an undated article) go last on every backend.
        EventRow.date_start.is_(None),
        EventRow.date_start,
        EventRow.article_id,
        EventRow.evidence_start,
        EventRow.id,
    )
    return statement if where.limit is None else statement.limit(where.limit)


def _conditions(where: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses for a filter."""
    conditions: list[ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(EventRow.date_end >= where.since)
    if where.until is not None:
        conditions.append(EventRow.date_start <= where.until)
    if where.location is not None:
        conditions.append(EventRow.location_country == where.location.strip().upper())
    if where.event_type is not None:
        conditions.append(EventRow.event == where.event_type.upper())
    if where.modality is not None:
        conditions.append(EventRow.modality == where.modality.lower())
    if where.min_confidence is not None:
        conditions.append(EventRow.confidence >= where.min_confidence)
    if where.actor is not None:
        conditions.append(_has_party("actor", where.actor))
    if where.recipient is not None:
        conditions.append(_has_party("recipient", where.recipient))
    return conditions


def select_clusters(where: EventFilter, min_sources: int | None = None) -> Select[tuple[ClusterRow, str]]:
    """Clusters (with their best mention's record JSON) matching ``where``, oldest first.

    The filters apply to what a cluster says (its best mention's type, modality, parties and
    confidence) and to its days and place; ``min_sources`` keeps clusters reported by at least
    that many independent sources.
    """
    statement = select(ClusterRow, EventRow.record).join(EventRow, EventRow.id == ClusterRow.best_event_id)
    conditions: list[ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(ClusterRow.date_end >= where.since)
    if where.until is not None:
        conditions.append(ClusterRow.date_start <= where.until)
    if where.location is not None:
        conditions.append(ClusterRow.location_country == where.location.strip().upper())
    if where.event_type is not None:
        conditions.append(ClusterRow.event == where.event_type.upper())
    if where.modality is not None:
        conditions.append(ClusterRow.modality == where.modality.lower())
    if where.min_confidence is not None:
        conditions.append(EventRow.confidence >= where.min_confidence)
    if where.actor is not None:
        conditions.append(_has_party("actor", where.actor, ClusterRow.best_event_id))
    if where.recipient is not None:
        conditions.append(_has_party("recipient", where.recipient, ClusterRow.best_event_id))
    if min_sources is not None:
        conditions.append(ClusterRow.num_independent_sources >= min_sources)
    statement = statement.where(*conditions).order_by(ClusterRow.date_start.is_(None), ClusterRow.date_start, ClusterRow.id)
    return statement if where.limit is None else statement.limit(where.limit)


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
