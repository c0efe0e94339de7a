"""The spine of eventwire: read -> analyse -> resolve actors -> code events -> time and place -> records.

:class:`Pipeline` builds each stage once (the spaCy model is shared by the whole process) and
runs articles through them; :func:`extract` is the one-shot form for a single text.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from eventwire.actors.gazetteer import city_countries
from eventwire.actors.knowledge import load_knowledge
from eventwire.actors.mentions import actor_mentions
from eventwire.actors.resolve import ActorResolver, dateline_countries
from eventwire.errors import InputError
from eventwire.events.classifier import load_classifier, load_encoder
from eventwire.events.coder import EventCoder
from eventwire.events.lexicon import load_lexicon
from eventwire.events.quotes import quotes_of
from eventwire.nlp.analyse import keep_names_whole, parse_many, prepare
from eventwire.nlp.model import load_model
from eventwire.read import parse_date_option
from eventwire.records import Article, CodedArticle, EventRecord, Quote
from eventwire.settings import Settings
from eventwire.version import __version__
from eventwire.when_where.event_dates import ArticleDates
from eventwire.when_where.event_dates import warm_up as warm_up_dates
from eventwire.when_where.gazetteer import load_gazetteer
from eventwire.when_where.situate import situate, stated_date


class Pipeline:
    """A reusable coder: load once, then code any number of articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = prepare(load_model(self.settings.spacy_model))
        extra = Path(self.settings.knowledge_dir) if self.settings.knowledge_dir else None
        self.knowledge = load_knowledge(extra=extra)
        keep_names_whole(self.nlp, self.knowledge.hyphenated_names)
        classifier, encoder = (load_classifier(), load_encoder()) if self.settings.classifier else (None, None)
        self.coder = EventCoder(load_lexicon(), self.knowledge, __version__, classifier, encoder)
        city_countries()  # the gazetteers are read once here rather than inside the first article
        self.gazetteer = load_gazetteer()
        warm_up_dates()

    def extract(self, article: Article) -> list[EventRecord]:
        """The event records of one article."""
        return next(self.extract_many([article]))[1]

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32
    ) -> Iterator[tuple[Article, list[EventRecord]]]:
        """Each article with its event records, in input order, parsing in batches."""
        for coded in self.code_many(articles, batch_size, with_mentions=False):
            yield coded.article, coded.events

    def quotes_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, list[Quote]]]:
        """Each article with its statements and their speakers, in input order."""
        for article, doc, resolver in self._read(articles, batch_size):
            yield article, quotes_of(doc, resolver, article.id)

    def code_many(
        self, articles: Iterable[Article], batch_size: int = 32, with_mentions: bool = True
    ) -> Iterator[CodedArticle]:
        """Each article coded: its events and (unless told not to) all its actor mentions and
        statements (quotes)."""
        for article, doc, resolver in self._read(articles, batch_size):
            events = self._events(article, doc, resolver)
            mentions = actor_mentions(doc, resolver, article.id) if with_mentions else []
            quotes = quotes_of(doc, resolver, article.id) if with_mentions else []
            yield CodedArticle(article=article, events=events, mentions=mentions, quotes=quotes)

    def _events(self, article: Article, doc: Doc, resolver: ActorResolver) -> list[EventRecord]:
        """One article's events, coded, dated and placed. Its time expressions are read once,
        when the first event needs its date, and not at all for an article with no event."""
        dates: ArticleDates | None = None

        def stated(record: EventRecord) -> str | None:
            nonlocal dates
            dates = dates or ArticleDates(doc, article.published, article.text)
            return stated_date(dates, doc, record)

        coded = [e for e in self.coder.code(doc, article, resolver, stated) if e.confidence >= self.settings.min_confidence]
        return situate(coded, doc, article, resolver.places_seen, self.gazetteer, dates)

    def _read(self, articles: Iterable[Article], batch_size: int) -> Iterator[tuple[Article, Doc, ActorResolver]]:
        """Each article parsed (in batches), with an actor resolver that has read it."""
        pending: deque[Article] = deque()  # read ahead by nlp.pipe, consumed in order

        def texts() -> Iterator[str]:
            for article in articles:
                pending.append(article)
                yield article.text

        for doc in parse_many(self.nlp, texts(), batch_size=batch_size):
            article = pending.popleft()
            # The article's date decides who holds an office; its dateline, whose institutions
            # an unnamed "police" are.
            homes = dateline_countries(article.dateline.place if article.dateline else None, self.knowledge)
            resolver = ActorResolver(self.knowledge, article.published, homes[0] if homes else None, tuple(homes[1:]))
            resolver.learn(doc)
            yield article, doc, resolver


def article_from_text(text: str, published: dt.date | None = None, article_id: str | None = None) -> Article:
    """An article for a bare string; its id is a hash of the text so re-runs agree."""
    if not text.strip():
        raise InputError("text", "is empty")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return Article(id=article_id or f"text-{digest}", text=text, published=published)


def extract(text_or_article: str | Article, published: dt.date | str | None = None) -> list[EventRecord]:
    """Code one text or article with the default settings.

    Args:
        text_or_article: an article body as a string, or an :class:`Article`.
        published: publication date (date or ISO string) for texts that carry none.

    Returns:
        The event records, in the order of their sentences.
    """
    if isinstance(published, str):
        published = parse_date_option(published, "published")
    if isinstance(text_or_article, Article):
        article = text_or_article
        if article.published is None and published is not None:
            article = article.model_copy(update={"published": published})
    else:
        article = article_from_text(text_or_article, published)
    return _default_pipeline().extract(article)


def _default_pipeline() -> Pipeline:
    """The pipeline of the current settings, built once per process for one-shot calls."""
    return _pipeline_for(Settings.from_env())


@functools.cache
def _pipeline_for(settings: Settings) -> Pipeline:
    return Pipeline(settings)
