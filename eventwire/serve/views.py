"""The JSON shapes of the API, built from the store's records and dataclasses (plain dicts)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from eventwire.records import Article, EventCluster, EventRecord, Review
from eventwire.store.articles import ArticleSummary, ArticleView, QuoteHit


def record_json(record: EventRecord) -> dict[str, Any]:
    """An event record, with ``human_reviewed`` and ``review`` (already applied)."""
    return record.model_dump(mode="json")


def review_json(review: Review) -> dict[str, Any]:
    """A review; ``reviewed_at`` is an ISO datetime in UTC."""
    return review.model_dump(mode="json")


def cluster_json(cluster: EventCluster) -> dict[str, Any]:
    """A cluster with its best record and its mentions."""
    return cluster.model_dump(mode="json")


def article_ref_json(article: Article) -> dict[str, Any]:
    """The few fields that name an article."""
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published.isoformat() if article.published else None}  # fmt: skip


def summary_json(summary: ArticleSummary) -> dict[str, Any]:
    """One line of the article list."""
    values = asdict(summary)
    values["published"] = summary.published.isoformat() if summary.published else None
    return values


def article_view_json(view: ArticleView) -> dict[str, Any]:
    """One article with its text, events, their spans, its quotes and actor mentions."""
    return {
        "article": {**article_ref_json(view.article), "text": view.article.text, "duplicate_of": view.duplicate_of},
        "events": [record_json(event) for event in view.events],
        "spans": [asdict(span) for span in view.spans],
        "quotes": [quote.model_dump(mode="json") for quote in view.quotes],
        "mentions": [mention.model_dump(mode="json") for mention in view.mentions],
    }


def quote_hit_json(hit: QuoteHit) -> dict[str, Any]:
    """A quote with the title of its article."""
    return {**hit.quote.model_dump(mode="json"), "article_title": hit.article_title}
