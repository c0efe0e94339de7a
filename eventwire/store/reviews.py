"""Human reviews of coded events: checking one, saving it, and applying the latest to a record.

A review says a coded event is ``correct``, ``wrong`` (kept, but flagged) or ``corrected``: then
``changes`` holds new values for some of :data:`REVIEWABLE_FIELDS`, in the record's own JSON
form. The coded record stays stored as the coder made it; the latest review of an event is laid
over it whenever it is read, so a review can be superseded by a later one.

Changes may be given loosely and are stored normalised:

- ``event``: a PLOVER type; the CAMEO code, quad class and Goldstein score follow its root code.
- ``actor`` / ``recipient``: a code ("RUS", "RUSGOV"), a name ("gunmen"), an Entity object, or
  a list of them.
- ``modality``: asserted, future, hypothetical or negated.
- ``date``: "YYYY", "YYYY-MM", "YYYY-MM-DD" or a range "A/B"; null for none.
- ``location``: a country code ("TUR"), a Place object, or null for none.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from eventwire.errors import InputError
from eventwire.records import (
    MODALITIES,
    PLOVER_EVENTS,
    REVIEW_VERDICTS,
    REVIEWABLE_FIELDS,
    Entity,
    EventRecord,
    Place,
    Review,
)
from eventwire.store.models import EventActorRow, EventDyadRow, EventRow, ReviewRow
from eventwire.store.rows import date_end, date_start, event_row

# A country code ("RUS") or CAMEO actor code ("RUSGOV", "RUSGOVMIL"): three letters at a time.
ACTOR_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")


def check_review(record: EventRecord, verdict: str, changes: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The normalised changes of a review of ``record``, and the coded values they replace.

    Raises:
        InputError: an unknown verdict or field, changes without "corrected" (or the
            reverse), or a value that is no valid PLOVER type, modality, date, party or place.
    """
    if verdict not in REVIEW_VERDICTS:
        raise InputError("verdict", f"unknown verdict {verdict!r} (expected one of {', '.join(REVIEW_VERDICTS)})")
    changes = dict(changes or {})
    if verdict == "corrected" and not changes:
        raise InputError("changes", "a 'corrected' review needs the corrected fields")
    if verdict != "corrected" and changes:
        raise InputError("changes", f"a {verdict!r} review takes no changes (use the verdict 'corrected')")
    unknown = sorted(set(changes) - set(REVIEWABLE_FIELDS))
    if unknown:
        raise InputError("changes", f"unknown field {unknown[0]!r} (expected any of {', '.join(REVIEWABLE_FIELDS)})")
    normal = {name: _NORMALISERS[name](value) for name, value in changes.items()}
    apply_changes(record, normal)  # the corrected record must itself be valid
    coded = record.model_dump(mode="json")
    return normal, {name: coded[name] for name in normal}


def apply_changes(record: EventRecord, changes: dict[str, Any]) -> EventRecord:
    """The record with corrected fields (and those that follow from them) replaced.

    Raises:
        InputError: the corrected record is not valid.
    """
    values = record.model_dump(mode="json")
    for name, value in changes.items():
        values[name] = value
        if name == "event":
            values.update(_event_codes(value, record.cameo))
        elif name == "date":
            values["date_precision"] = _precision(value)
            values["date_basis"] = "explicit" if value else "none"
    try:
        return EventRecord.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        raise InputError(f"changes.{'.'.join(map(str, first['loc']))}", first["msg"]) from None


def apply_review(record: EventRecord, review: Review | None) -> EventRecord:
    """The record as its latest review leaves it: corrected fields replaced, flagged reviewed."""
    if review is None:
        return record
    if review.verdict == "corrected":
        record = apply_changes(record, review.changes)
    return record.model_copy(update={"human_reviewed": True, "review": review})


def review_from_row(row: ReviewRow) -> Review:
    """The Review a stored row holds; its time is given in UTC (SQLite keeps it naive)."""
    when = row.reviewed_at if row.reviewed_at.tzinfo else row.reviewed_at.replace(tzinfo=dt.UTC)
    return Review(id=row.id, event_id=row.event_id, reviewer=row.reviewer, reviewed_at=when.astimezone(dt.UTC),
                  verdict=row.verdict, changes=row.changes, original=row.original, note=row.note)  # fmt: skip


def latest_reviews(session: Session, event_ids: Iterable[str]) -> dict[str, Review]:
    """The latest review of each of these events that has one."""
    ids = list(set(event_ids))
    found: dict[str, Review] = {}
    for start in range(0, len(ids), 500):  # bounded IN lists
        latest = (
            select(func.max(ReviewRow.id)).where(ReviewRow.event_id.in_(ids[start : start + 500])).group_by(ReviewRow.event_id)
        )
        for row in session.scalars(select(ReviewRow).where(ReviewRow.id.in_(latest))):
            found[row.event_id] = review_from_row(row)
    return found


def reviews_of(session: Session, event_id: str) -> list[Review]:
    """Every review of an event, oldest first."""
    statement = select(ReviewRow).where(ReviewRow.event_id == event_id).order_by(ReviewRow.id)
    return [review_from_row(row) for row in session.scalars(statement)]


# ------------------------------------------------------------------ normalising the changes


def _event(value: Any) -> str:
    if not isinstance(value, str) or value.strip().upper() not in PLOVER_EVENTS:
        raise InputError("changes.event", f"unknown event type {value!r} (expected one of {', '.join(PLOVER_EVENTS)})")
    return value.strip().upper()


def _modality(value: Any) -> str:
    if not isinstance(value, str) or value.strip().lower() not in MODALITIES:
        raise InputError("changes.modality", f"unknown modality {value!r} (expected one of {', '.join(MODALITIES)})")
    return value.strip().lower()


def _date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    problem = InputError("changes.date", f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a range A/B)")
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise problem
    try:
        first, last = date_start(value.strip()), date_end(value.strip())
    except ValueError:
        raise problem from None
    if first is None or last is None or last < first:
        raise problem
    return value.strip()


def _parties(field: str) -> Any:
    def normalise(value: Any) -> list[dict[str, Any]]:
        values = value if isinstance(value, list) else [] if value is None else [value]
        return [_entity(field, item) for item in values]

    return normalise


def _entity(field: str, value: Any) -> dict[str, Any]:
    """An Entity as JSON, from a code, a name or an Entity object."""
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if ACTOR_CODE.fullmatch(text):
            sector = text[3:6] if len(text) >= 6 else None
            entity = Entity(text=text, code=text[:3], sector=sector, cameo_code=text if len(text) > 3 else None)
        else:
            entity = Entity(text=text, name=text)
        return entity.model_dump(mode="json")
    if isinstance(value, dict):
        try:
            return Entity.model_validate(value).model_dump(mode="json")
        except ValidationError as error:
            first = error.errors()[0]
            raise InputError(f"changes.{field}", f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    raise InputError(f"changes.{field}", f"{value!r} is no actor (give a code such as RUSGOV, a name or an object)")


def _location(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z]{3}", value.strip()):
        code = value.strip().upper()
        return Place(text=code, name=code, country=code, precision="country").model_dump(mode="json")
    if isinstance(value, dict):
        try:
            return Place.model_validate(value).model_dump(mode="json")
        except ValidationError as error:
            first = error.errors()[0]
            raise InputError("changes.location", f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    raise InputError("changes.location", f"{value!r} is no place (give a country code such as TUR, or a place object)")


_NORMALISERS = {
    "event": _event,
    "modality": _modality,
    "date": _date,
    "actor": _parties("actor"),
    "recipient": _parties("recipient"),
    "location": _location,
}


def _precision(date: str | None) -> str:
    """How precise a date string is, from the shape of its first part."""
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(date.split("/")[0])]


def _event_codes(event: str, cameo: str) -> dict[str, Any]:
    """CAMEO code, quad class and Goldstein score for a corrected type: the coded ones if they
    already belong to it, else those of the type's first root code in the CAMEO table."""
    from eventwire.events.codes import load_codes

    current = load_codes().get(cameo)
    if current is not None and current.plover == event:
        return {}
    chosen = _codes_by_type()[event]
    return {"cameo": chosen.cameo, "quad_code": chosen.quad, "goldstein": chosen.goldstein, "mode": chosen.mode}


@functools.cache
def _codes_by_type() -> dict[str, Any]:
    """The shortest (root) CAMEO code of each PLOVER type."""
    from eventwire.events.codes import load_codes

    found: dict[str, Any] = {}
    for code in sorted(load_codes().values(), key=lambda c: (len(c.cameo), c.cameo)):
        if code.plover is not None:
            found.setdefault(code.plover, code)
    return found


def index_record(session: Session, record: EventRecord, published: dt.date | None) -> None:
    """Make a stored event's filter columns, parties and dyads those of ``record`` (its reviewed
    form), so that filters and aggregates see a correction; its stored record JSON stays as coded.

    Raises:
        ValueError: the record's date is no calendar date.
    """
    fresh = event_row(record, published)
    columns = {name: getattr(fresh, name) for name in _INDEXED}
    session.execute(update(EventRow).where(EventRow.id == record.id).values(columns))
    # Replaced with plain statements: the ORM would insert the new rows before deleting old ones
    # under the same primary keys.
    session.execute(delete(EventActorRow).where(EventActorRow.event_id == record.id))
    session.execute(delete(EventDyadRow).where(EventDyadRow.event_id == record.id))
    for party in fresh.actors:
        party.event_id = record.id
    for dyad in fresh.dyads:
        dyad.event_id = record.id
    session.add_all([*fresh.actors, *fresh.dyads])
    session.flush()


# The columns of an event row that a review can change (see apply_changes).
_INDEXED = ("event", "mode", "cameo", "quad_code", "goldstein", "modality", "date", "date_start", "date_end",
            "date_precision", "date_basis", "location", "location_country")  # fmt: skip
