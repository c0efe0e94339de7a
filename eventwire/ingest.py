"""Ingesting: code articles and store each one, with its events, in its own transaction.

Each article is also looked up among those stored before: a near-duplicate (a wire copy
reprinted elsewhere) is linked to the first copy seen (``duplicate_of``).

An article already stored from the same text, date and coder version is skipped, so a run
that was interrupted goes on where it stopped and a repeated run costs only the reading.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventwire.cluster.duplicates import DuplicateFinder, article_signature, signature_bytes, signature_from_bytes
from eventwire.pipeline import Pipeline
from eventwire.records import Article, CodedArticle
from eventwire.store import content_hash as stored_hash
from eventwire.version import __version__


@dataclass
class IngestSummary:
    """What one ingest run did."""

    stored: int = 0
    skipped: int = 0
    events: int = 0
    duplicates: int = 0  # stored articles found to be near-duplicates of an earlier one


def content_hash(article: Article) -> str:
    """What decides whether a stored article must be coded again: its content and the coder."""
    return hashlib.sha256(f"{stored_hash(article)}|{__version__}".encode()).hexdigest()


def ingest_articles(
    articles: Iterable[Article], store, *, force: bool = False,  # noqa: ANN001
    on_article: Callable[[], None] = lambda: None, pipeline: Pipeline | None = None,
) -> IngestSummary:  # fmt: skip
    """Code and store articles one by one; returns counts."""
    summary = IngestSummary()
    todo = []
    for article in articles:
        if not force and store.has_article(article.id, content_hash(article)):
            summary.skipped += 1
            on_article()
        else:
            todo.append(article)
    if not todo:
        return summary
    pipeline = pipeline or Pipeline()
    stored = store_coded(pipeline.code_many(todo), store, on_article=on_article)
    summary.stored, summary.events, summary.duplicates = stored.stored, stored.events, stored.duplicates
    return summary


def store_coded(
    coded_articles: Iterable[CodedArticle], store, *, on_article: Callable[[], None] = lambda: None  # noqa: ANN001
) -> IngestSummary:
    """Store articles already coded (here or on a Dask worker), linking near-duplicates.

    Each article is one transaction; storing the same article again replaces it.
    """
    summary = IngestSummary()
    finder = _stored_articles(store)
    for coded in coded_articles:
        signature = article_signature(coded.article.text)
        original = finder.original_of(coded.article.id, signature) if signature is not None else None
        store.save(coded.article, coded.events, content_hash=content_hash(coded.article), mentions=coded.mentions,
                   duplicate_of=original, signature=signature_bytes(signature) if signature is not None else None,
                   quotes=coded.quotes)  # fmt: skip
        if signature is not None:
            finder.add(coded.article.id, signature, original)
        summary.stored += 1
        summary.events += len(coded.events)
        summary.duplicates += original is not None
        on_article()
    return summary


def _stored_articles(store) -> DuplicateFinder:  # noqa: ANN001
    """The articles already stored, for finding the copies among the new ones."""
    finder = DuplicateFinder()
    for article_id, original, data in store.article_signatures():
        if data is not None:
            signature = signature_from_bytes(data)
        else:  # too short to have one, or stored before signatures were kept
            article = store.article(article_id)
            signature = article_signature(article.text) if article is not None else None
        if signature is not None:
            finder.add(article_id, signature, original)
    return finder
