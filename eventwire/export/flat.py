"""One flat row per event: the columns shared by the CSV and Parquet exports and the store's
DataFrame.

A record's lists of actors and recipients become one cell per field, values joined with
``;`` in the record's order ("USA;RUS"), a missing value left empty so positions still line
up; a field missing from every entity is None.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Entity, EventRecord, Place

FLAT_COLUMNS = (
    "id", "article_id", "date", "date_precision", "date_basis", "date_text", "event", "mode", "cameo",
    "quad_code", "goldstein", "modality", "actor_code", "actor_sector", "actor_text", "recipient_code",
    "recipient_sector", "recipient_text", "location_name", "location_country", "location_admin1",
    "location_lat", "location_lon", "location_geonameid", "location_precision", "confidence",
    "evidence_text", "published", "outlet", "title", "url", "human_reviewed",
)  # fmt: skip

SEPARATOR = ";"


def flatten(record: EventRecord) -> dict[str, Any]:
    """The flat row for ``record``, keyed by :data:`FLAT_COLUMNS` in that order."""
    return {
        "id": record.id,
        "article_id": record.article_id,
        "date": record.date,
        "date_precision": record.date_precision,
        "date_basis": record.date_basis,
        "date_text": record.date_text,
        "event": record.event,
        "mode": record.mode,
        "cameo": record.cameo,
        "quad_code": record.quad_code,
        "goldstein": record.goldstein,
        "modality": record.modality,
        "actor_code": _joined(record.actor, "code"),
        "actor_sector": _joined(record.actor, "sector"),
        "actor_text": _joined(record.actor, "text"),
        "recipient_code": _joined(record.recipient, "code"),
        "recipient_sector": _joined(record.recipient, "sector"),
        "recipient_text": _joined(record.recipient, "text"),
        **_place_columns(record.location),
        "confidence": record.confidence,
        "evidence_text": record.evidence.text,
        "published": record.article.published,
        "outlet": record.article.outlet,
        "title": record.article.title,
        "url": record.article.url,
        "human_reviewed": record.human_reviewed,  # a person checked it (the review is applied)
    }


def _place_columns(place: Place | None) -> dict[str, Any]:
    """The place's fields, each in a column of its own (all empty where there is no place)."""
    return {
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_admin1": place.admin1 if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "location_geonameid": place.geonameid if place else None,
        "location_precision": place.precision if place else None,
    }


def _joined(entities: list[Entity], field: str) -> str | None:
    """One field of several entities in one cell."""
    values = [getattr(entity, field) for entity in entities]
    if all(value is None for value in values):
        return None
    return SEPARATOR.join(value or "" for value in values)
