"""Reading stored articles for the API: the newest-first list, one article with where its events
sit in its text, and the statements (quotes) reported in articles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime, Select, Text, func, literal, or_, select, tuple_

from eventwire.records import ActorMention, Article, EventRecord, Quote
from eventwire.store.models import ArticleRow, EventRow, QuoteRow
from eventwire.store.queries import CODE, _escape


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the article list."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    events: int
    duplicate_of: str | None


@dataclass(frozen=True)
class Span:
    """Where part of an event sits in its article's text (character offsets)."""

    event_id: str
    kind: str  # "evidence", "trigger", "actor" or "recipient"
    start: int
    end: int


@dataclass(frozen=True)
class ArticleView:
    """One article with its events (reviews applied), their spans, its quotes and mentions."""

    article: Article
    duplicate_of: str | None
    events: list[EventRecord]
    spans: list[Span]
    quotes: list[Quote]
    mentions: list[ActorMention]


@dataclass(frozen=True)
class QuoteHit:
    """A stored statement and the title of the article it is in."""

    quote: Quote
    article_title: str | None


def select_articles(q: str | None, after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
    """Articles newest ingest first, whose title contains ``q`` (any case), after a page key."""
    events = select(func.count()).where(EventRow.article_id == ArticleRow.id).scalar_subquery()
    statement = select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.url, ArticleRow.published,
                       ArticleRow.duplicate_of, ArticleRow.ingested_at, events.label("events"))  # fmt: skip
    if q is not None and q.strip():
        statement = statement.where(func.lower(ArticleRow.title).like(f"%{_escape(q.strip().lower())}%", escape="\\"))
    if after is not None:
        key = tuple_(literal(after[0], DateTime(timezone=True)), literal(after[1], Text))
        statement = statement.where(tuple_(ArticleRow.ingested_at, ArticleRow.id) < key)
    return statement.order_by(ArticleRow.ingested_at.desc(), ArticleRow.id.desc()).limit(limit)


def select_quotes(
    article_id: str | None, speaker: str | None, q: str | None, after: tuple[Any, ...] | None, limit: int
) -> Select[Any]:
    """Statements with their article's title, in article and text order, filtered: ``speaker``
    is an upper-case code (RUS, RUSGOV) or else any part of the speaker's name or words."""
    statement = select(QuoteRow, ArticleRow.title).join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
    if article_id is not None:
        statement = statement.where(QuoteRow.article_id == article_id)
    if speaker is not None and speaker.strip():
        text = speaker.strip()
        by_code = or_(QuoteRow.speaker_code == text.upper(), QuoteRow.speaker_cameo_code == text.upper())
        if CODE.fullmatch(text):
            statement = statement.where(by_code)
        else:
            pattern = f"%{_escape(text.lower())}%"
            statement = statement.where(or_(by_code, func.lower(QuoteRow.speaker_name).like(pattern, escape="\\"),
                                            func.lower(QuoteRow.speaker_text).like(pattern, escape="\\")))  # fmt: skip
    if q is not None and q.strip():
        statement = statement.where(func.lower(QuoteRow.text).like(f"%{_escape(q.strip().lower())}%", escape="\\"))
    if after is not None:
        statement = statement.where(tuple_(QuoteRow.article_id, QuoteRow.position) > tuple_(literal(after[0], Text), literal(after[1])))
    return statement.order_by(QuoteRow.article_id, QuoteRow.position).limit(limit)


def _trigger_end(text: str, start: int, trigger: str) -> int:
    """Where the trigger ends in the text: the whole phrase when the text has it word for word,
    else the word at ``start`` (a lexicon pattern such as "was ready for talks" names a phrase
    whose words the text may split: "was ready for talks in any format")."""
    if text[start : start + len(trigger)].lower() == trigger.lower():
        return start + len(trigger)
    word = re.match(r"[\w'-]+", text[start:])
    return start + (word.end() if word else 1)


def event_spans(record: EventRecord, text: str) -> list[Span]:
    """The evidence sentence, trigger word, actors and recipients of an event in ``text``.

    Actors and recipients carry no offsets of their own: each is looked for (any case) in the
    evidence sentence, and left out when its words are not there.
    """
    evidence = record.evidence
    if not 0 <= evidence.start <= evidence.end <= len(text):
        return []
    spans = [Span(record.id, "evidence", evidence.start, evidence.end)]
    sentence = text[evidence.start : evidence.end].lower()
    trigger_at = evidence.trigger_start
    if trigger_at is None and evidence.trigger:
        found = sentence.find(evidence.trigger.lower())
        trigger_at = evidence.start + found if found >= 0 else None
    if trigger_at is not None and evidence.trigger and 0 <= trigger_at < len(text):
        spans.append(Span(record.id, "trigger", trigger_at, _trigger_end(text, trigger_at, evidence.trigger)))
    for kind, parties in (("actor", record.actor), ("recipient", record.recipient)):
        for party in parties:
            found = sentence.find(party.text.lower()) if party.text else -1
            if found >= 0:
                spans.append(Span(record.id, kind, evidence.start + found, evidence.start + found + len(party.text)))
    return spans
