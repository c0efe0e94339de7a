"""The time-and-place stage: each coded event gets its date and its place.

Runs after the event coder on the same parse. Each record's trigger word (found by the
character offset the coder kept) is dated by :class:`ArticleDates` and placed by
:class:`ArticlePlaces`; an event whose word cannot be found (an older record) is dated by
publication where it is asserted news, and left without a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.records import Article, EventRecord
from eventwire.when_where.dates import NO_DATE, publication_date
from eventwire.when_where.event_dates import ArticleDates
from eventwire.when_where.event_places import ArticlePlaces
from eventwire.when_where.gazetteer import Gazetteer

# Date bases that come from the event's own words rather than from the article's publication.
STATED = frozenset({"explicit", "relative"})


def situate(
    records: list[EventRecord], doc: Doc, article: Article, places_seen: list[tuple[int, str]], gazetteer: Gazetteer,
    dates: ArticleDates | None = None,
) -> list[EventRecord]:  # fmt: skip
    """The records with ``date``, ``date_precision``, ``date_basis``, ``date_text`` and ``location`` filled.

    Args:
        records: the article's coded events.
        doc: the article's parse.
        article: the article (its publication date and dateline).
        places_seen: (offset, country code) of the places and peoples the article names, as the
            actor resolver noted them; they settle which of two namesakes is meant.
        gazetteer: the places known.
        dates: the article's time expressions, where the caller has read them already.
    """
    if not records:
        return records
    dates = dates or ArticleDates(doc, article.published, article.text)
    places = ArticlePlaces(doc, gazetteer, article.dateline, places_seen)
    situated = []
    for record in records:
        token = trigger_token(doc, record)
        if token is None:
            date = publication_date(article.published) if record.modality == "asserted" else NO_DATE
            location = None
        else:
            date = dates.date_of(token, record.modality)
            actors = [e.code for e in record.actor if e.code]
            recipients = [e.code for e in record.recipient if e.code]
            location = places.place_of(token, record.event, actors, recipients)
        situated.append(record.model_copy(update={
            "date": date.date, "date_precision": date.precision, "date_basis": date.basis, "date_text": date.text,
            "location": location,
        }))  # fmt: skip
    return situated


def stated_date(dates: ArticleDates, doc: Doc, record: EventRecord) -> str | None:
    """The date a record's own words state ("on Monday", "two years ago"), or None where it
    would be dated by publication or not at all."""
    token = trigger_token(doc, record)
    if token is None:
        return None
    date = dates.date_of(token, record.modality)
    return date.date if date.basis in STATED else None


def trigger_token(doc: Doc, record: EventRecord) -> Token | None:
    """The token of the record's trigger word, found by the character offset the coder kept."""
    start = record.evidence.trigger_start
    if start is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
