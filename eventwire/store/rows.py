"""Turning Articles and EventRecords into table rows, and stored rows back into records."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from eventwire.records import ActorMention, Article, Dateline, Entity, EventRecord, Quote
from eventwire.store.models import ActorMentionRow, ArticleRow, EventActorRow, EventDyadRow, EventRow, QuoteRow


def content_hash(article: Article) -> str:
    """A SHA-256 of everything the article says, so a changed article is coded again.

    ``origin`` (where it was read from) is left out: the same article found in another
    file has not changed.
    """
    canonical = article.model_dump_json(exclude={"origin"})
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def article_values(article: Article, ingested_at: dt.datetime) -> dict[str, Any]:
    """The ``articles`` row for ``article``, as column values for an upsert."""
    dateline = article.dateline
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "dateline_text": dateline.text if dateline else None,
        "dateline_place": dateline.place if dateline else None,
        "dateline_wire": dateline.wire if dateline else None,
        "tags": list(article.tags),
        "source_lines": list(article.source_lines),
        "boilerplate": list(article.boilerplate),
        "content_hash": content_hash(article),
        "origin": article.origin,
        "ingested_at": ingested_at,
    }


def article_from_row(row: ArticleRow) -> Article:
    """The Article a stored row was made from."""
    dateline = None
    if row.dateline_text is not None:
        dateline = Dateline(
            text=row.dateline_text, place=row.dateline_place, wire=row.dateline_wire
        )
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        published=row.published,
        url=row.url,
        outlet=row.outlet,
        language=row.language,
        dateline=dateline,
        tags=tuple(row.tags),
        source_lines=tuple(row.source_lines),
        boilerplate=tuple(row.boilerplate),
        origin=row.origin,
    )


def date_start(date: str | None) -> dt.date | None:
    """The first day an event date covers: "2025-11" -> 2025-11-01, "2025-05/2025-07" -> 2025-05-01.

    Raises:
        ValueError: the date matches the record's pattern but is no calendar date ("2025-13").
    """
    if not date:
        return None
    parts = [int(part) for part in date.split("/")[0].split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return dt.date(year, month, day)


def date_end(date: str | None) -> dt.date | None:
    """The last day an event date covers: "2025-11" -> 2025-11-30, "2025-05/2025-07" -> 2025-07-31.

    Raises:
        ValueError: the date matches the record's pattern but is no calendar date.
    """
    if not date:
        return None
    parts = [int(part) for part in date.split("/")[-1].split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def _published(record: EventRecord, published: dt.date | None) -> dt.date | None:
    """The publication date to fall back on: the article's, else the one on the record."""
    if published is not None or not record.article.published:
        return published
    try:
        return dt.date.fromisoformat(record.article.published[:10])
    except ValueError:
        return None


def event_row(record: EventRecord, published: dt.date | None) -> EventRow:
    """The ``events`` row, with its ``event_actors`` rows, for one record.

    Args:
        record: the event.
        published: the publication date of its article, used when the event has no date.

    Raises:
        ValueError: the event's date is no calendar date.
    """
    evidence = record.evidence
    first_day = date_start(record.date) or _published(record, published)
    last_day = date_end(record.date) or _published(record, published)
    return EventRow(
        id=record.id,
        article_id=record.article_id,
        event=record.event,
        mode=record.mode,
        cameo=record.cameo,
        quad_code=record.quad_code,
        goldstein=record.goldstein,
        reciprocal=record.reciprocal,
        modality=record.modality,
        date=record.date,
        date_start=first_day,
        date_end=last_day,
        date_precision=record.date_precision,
        date_basis=record.date_basis,
        date_text=record.date_text,
        location=record.location.model_dump(mode="json") if record.location else None,
        location_country=record.location.country if record.location else None,
        context=list(record.context),
        attribution=[link.model_dump(mode="json") for link in record.attribution],
        confidence=record.confidence,
        coder_version=record.coder.version,
        evidence_text=evidence.text,
        evidence_start=evidence.start,
        evidence_end=evidence.end,
        sentence=evidence.sentence,
        trigger=evidence.trigger,
        record=record.model_dump_json(),
        actors=_party_rows("actor", record.actor) + _party_rows("recipient", record.recipient),
        dyads=_dyad_rows(record, first_day, last_day),
    )


def _party_rows(role: str, entities: list[Entity]) -> list[EventActorRow]:
    """One ``event_actors`` row per entity, codes upper-cased for case-insensitive lookups."""
    return [
        EventActorRow(
            role=role,
            position=position,
            text=entity.text,
            name=entity.name,
            code=entity.code.upper() if entity.code else None,
            sector=entity.sector,
            cameo_code=entity.cameo_code.upper() if entity.cameo_code else None,
            office=entity.office,
            wikidata_id=entity.wikidata_id,
        )
        for position, entity in enumerate(entities)
    ]


def _dyad_rows(record: EventRecord, first_day: dt.date | None, last_day: dt.date | None) -> list[EventDyadRow]:
    """One ``event_dyads`` row per pair of codes (country or CAMEO) the event's sides can be
    asked by; none for an undated event or one without a coded actor and recipient."""
    if first_day is None or last_day is None:
        return []
    pairs = {(a, r) for a in _codes(record.actor) for r in _codes(record.recipient)}
    return [
        EventDyadRow(actor_key=a, recipient_key=r, event=record.event, date_start=first_day,
                     date_end=last_day, goldstein=record.goldstein)  # fmt: skip
        for a, r in sorted(pairs)
    ]


def _codes(entities: list[Entity]) -> set[str]:
    """Every code a side of an event can be asked by, upper-cased like ``event_actors``."""
    return {code.upper() for entity in entities for code in (entity.code, entity.cameo_code) if code}


def mention_rows(article_id: str, mentions: Iterable[ActorMention]) -> list[ActorMentionRow]:
    """The ``actor_mentions`` rows of one article, in text order."""
    return [
        ActorMentionRow(
            article_id=article_id, position=position, start=m.start, end=m.end, text=m.text,
            name=m.name, code=m.code, sector=m.sector, cameo_code=m.cameo_code, office=m.office,
            how=m.how,
        )  # fmt: skip
        for position, m in enumerate(mentions)
    ]


def mention_from_row(row: ActorMentionRow) -> ActorMention:
    """The ActorMention a stored row holds."""
    return ActorMention(article_id=row.article_id, text=row.text, start=row.start, end=row.end, name=row.name,
                        code=row.code, sector=row.sector, cameo_code=row.cameo_code, office=row.office, how=row.how)  # fmt: skip


def quote_rows(article_id: str, quotes: Iterable[Quote]) -> list[QuoteRow]:
    """The ``article_quotes`` rows of one article, in text order, speaker codes upper-cased."""
    rows = []
    for position, quote in enumerate(quotes):
        speaker = quote.speaker
        rows.append(QuoteRow(
            article_id=article_id, position=position,
            speaker=speaker.model_dump(mode="json") if speaker else None,
            speaker_code=speaker.code.upper() if speaker and speaker.code else None,
            speaker_cameo_code=speaker.cameo_code.upper() if speaker and speaker.cameo_code else None,
            speaker_name=speaker.name if speaker else None, speaker_text=quote.speaker_text, verb=quote.verb,
            text=quote.text, direct=quote.direct, outlet=quote.outlet, start=quote.start, end=quote.end,
        ))  # fmt: skip
    return rows


def quote_from_row(row: QuoteRow) -> Quote:
    """The Quote a stored row holds."""
    speaker = Entity.model_validate(row.speaker) if row.speaker is not None else None
    return Quote(article_id=row.article_id, speaker=speaker, speaker_text=row.speaker_text, verb=row.verb,
                 text=row.text, direct=row.direct, outlet=row.outlet, start=row.start, end=row.end)  # fmt: skip
