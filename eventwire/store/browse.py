"""The store's side of the HTTP API: pages of events, clusters, articles and quotes, one
article with its spans, actor and dashboard aggregates, and human reviews of events.

:class:`Browsing` is mixed into :class:`~eventwire.store.Store`; it keeps these methods out of
``store.py`` and relies on the store's ``_reading`` / ``_writing`` sessions and record loading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventwire.errors import InputError, NotFoundError
from eventwire.records import EventCluster, EventRecord, Review
from eventwire.store import analysis
from eventwire.store.articles import (
    ArticleSummary,
    ArticleView,
    QuoteHit,
    event_spans,
    select_articles,
    select_quotes,
)
from eventwire.store.clusters import cluster_by_id
from eventwire.store.models import ActorMentionRow, ArticleRow, ClusterMentionRow, EventRow, QuoteRow, ReviewRow
from eventwire.store.pages import Page, decode_cursor, page_of
from eventwire.store.queries import EventFilter, select_clusters, select_records
from eventwire.store.reviews import apply_review, check_review, index_record, latest_reviews, review_from_row, reviews_of
from eventwire.store.rows import article_from_row, mention_from_row, quote_from_row

if TYPE_CHECKING:
    from eventwire.store.analysis import ActorCount, NetworkEdge, NetworkNode, PlaceCount


class Browsing:
    """Paged and aggregate reads for the API, and the one write a reader makes: a review."""

    if TYPE_CHECKING:  # provided by Store

        def _reading(self, action: str) -> AbstractContextManager[Session]: ...
        def _writing(self, action: str) -> AbstractContextManager[Session]: ...
        def _record(self, event_id: str, record: str) -> EventRecord: ...
        def _clusters(self, session: Session, found: Sequence[Any], with_mentions: bool = True) -> list[EventCluster]: ...

    # ------------------------------------------------------------------------ events

    def event(self, event_id: str) -> EventRecord | None:
        """One stored event with its latest review applied, or None."""
        with self._reading("cannot read an event") as session:
            row = session.get(EventRow, event_id)
            if row is None:
                return None
            review = latest_reviews(session, [event_id]).get(event_id)
            return apply_review(self._record(row.id, row.record), review)

    def event_page(self, where: EventFilter, cursor: str | None = None) -> Page[EventRecord]:
        """One page of the events matching ``where`` (``where.limit`` of them, 100 when None),
        in the order of :meth:`~eventwire.store.Store.events`, reviews applied.

        Args:
            where: the filters, and the page size as ``limit``.
            cursor: the ``next_cursor`` of the previous page; None for the first page.

        Raises:
            InputError: a bad filter or a cursor this list did not hand out.
        """
        limit = _page_size(where.limit)
        after = decode_cursor("events", cursor) if cursor else None
        statement = select_records(replace(where, limit=limit + 1), after).add_columns(
            EventRow.date_start, EventRow.article_id, EventRow.evidence_start)  # fmt: skip
        with self._reading("cannot read events") as session:
            rows, next_cursor = page_of("events", session.execute(statement).all(), limit,
                                        key=lambda r: (r.date_start, r.article_id, r.evidence_start, r.id))  # fmt: skip
            reviews = latest_reviews(session, [row.id for row in rows])
        return Page([apply_review(self._record(r.id, r.record), reviews.get(r.id)) for r in rows], next_cursor)

    def iter_filtered(self, where: EventFilter) -> Iterator[EventRecord]:
        """Every event matching ``where`` (reviews applied), streamed: for exports."""
        fields = {name: getattr(where, name) for name in where.__dataclass_fields__}
        return self.iter_events(**fields)  # type: ignore[attr-defined,no-any-return]

    def cluster_of_event(self, event_id: str) -> EventCluster | None:
        """The cluster an event is a mention of, with all its mentions; None when it has none."""
        with self._reading("cannot read an event's cluster") as session:
            cluster_id = session.scalar(select(ClusterMentionRow.cluster_id).where(ClusterMentionRow.event_id == event_id))
            found = session.execute(cluster_by_id(cluster_id)).first() if cluster_id is not None else None
            return self._clusters(session, [found])[0] if found is not None else None

    # ----------------------------------------------------------------------- reviews

    def review_event(
        self, event_id: str, reviewer: str, verdict: str, changes: dict[str, Any] | None = None, note: str | None = None
    ) -> Review:
        """Record a person's review of an event; the latest review of an event is the one applied.

        One transaction: the review is saved and the event's filter columns follow a correction.

        Args:
            event_id: the stored event.
            reviewer: who reviews it (a name or login).
            verdict: "correct", "wrong" (kept but flagged) or "corrected".
            changes: for "corrected", the new values of event, actor, recipient, modality, date
                or location (see :mod:`eventwire.store.reviews` for the forms they may take).
            note: free text.

        Returns:
            The saved review, with the coded values of the changed fields as ``original``.

        Raises:
            NotFoundError: no stored event has that id.
            InputError: an empty reviewer, an unknown verdict or field, or a bad value.
            StoreError: the database refuses the write.
        """
        if not isinstance(reviewer, str) or not reviewer.strip():
            raise InputError("reviewer", "give the reviewer's name")
        with self._writing(f"cannot save a review of event {event_id!r}") as session:
            row = session.get(EventRow, event_id)
            if row is None:
                raise NotFoundError("event", f"no stored event has the id {event_id!r}")
            coded = self._record(row.id, row.record)
            normal, original = check_review(coded, verdict, changes)
            saved = ReviewRow(event_id=event_id, reviewer=reviewer.strip(), reviewed_at=dt.datetime.now(dt.UTC),
                              verdict=verdict, changes=normal, original=original, note=note or None)  # fmt: skip
            session.add(saved)
            session.flush()
            review = review_from_row(saved)
            published = session.scalar(select(ArticleRow.published).where(ArticleRow.id == row.article_id))
            index_record(session, apply_review(coded, review), published)
        return review

    def reviews(self, event_id: str) -> list[Review]:
        """Every review of an event, oldest first (the last is the one applied)."""
        with self._reading("cannot read reviews") as session:
            return reviews_of(session, event_id)

    # ---------------------------------------------------------------------- clusters

    def cluster_page(self, where: EventFilter, min_sources: int | None = None, cursor: str | None = None) -> Page[EventCluster]:
        """One page of the clusters matching ``where`` (as :meth:`~eventwire.store.Store.clusters`),
        with their mentions; ``where.limit`` per page (100 when None).

        Raises:
            InputError: a bad filter or cursor, or a negative ``min_sources``.
        """
        if min_sources is not None and min_sources < 0:
            raise InputError("min_sources", f"must be 0 or more, not {min_sources}")
        limit = _page_size(where.limit)
        after = decode_cursor("clusters", cursor) if cursor else None
        statement = select_clusters(replace(where, limit=limit + 1), min_sources, after)
        with self._reading("cannot read event clusters") as session:
            rows, next_cursor = page_of("clusters", session.execute(statement).all(), limit,
                                        key=lambda r: (r[0].date_start, r[0].id))  # fmt: skip
            return Page(self._clusters(session, rows), next_cursor)

    # ---------------------------------------------------------------------- articles

    def article_page(self, q: str | None = None, limit: int = 100, cursor: str | None = None) -> Page[ArticleSummary]:
        """One page of the stored articles, newest ingest first, with their event counts.

        Args:
            q: only articles whose title contains this (any case).
            limit: articles per page.
            cursor: the ``next_cursor`` of the previous page.
        """
        limit = _page_size(limit)
        after = decode_cursor("articles", cursor) if cursor else None
        with self._reading("cannot list articles") as session:
            rows, next_cursor = page_of("articles", session.execute(select_articles(q, after, limit + 1)).all(), limit,
                                        key=lambda r: (r.ingested_at, r.id))  # fmt: skip
        summaries = [ArticleSummary(r.id, r.title, r.outlet, r.url, r.published, r.events, r.duplicate_of) for r in rows]
        return Page(summaries, next_cursor)

    def article_view(self, article_id: str) -> ArticleView | None:
        """One article with its events (reviews applied), where they sit in its text, its
        statements and its actor mentions; None when no article has that id."""
        with self._reading("cannot read an article") as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            article = article_from_row(row)
            order = (EventRow.evidence_start, EventRow.id)
            found = session.execute(select(EventRow.id, EventRow.record).where(EventRow.article_id == article_id).order_by(*order)).all()
            reviews = latest_reviews(session, [event_id for event_id, _ in found])
            quotes = session.scalars(select(QuoteRow).where(QuoteRow.article_id == article_id).order_by(QuoteRow.position))
            mentions = session.scalars(
                select(ActorMentionRow).where(ActorMentionRow.article_id == article_id).order_by(ActorMentionRow.position))  # fmt: skip
            events = [apply_review(self._record(event_id, record), reviews.get(event_id)) for event_id, record in found]
            return ArticleView(
                article=article, duplicate_of=row.duplicate_of, events=events,
                spans=[span for event in events for span in event_spans(event, article.text)],
                quotes=[quote_from_row(q) for q in quotes], mentions=[mention_from_row(m) for m in mentions],
            )  # fmt: skip

    def quotes(
        self, article_id: str | None = None, speaker: str | None = None, q: str | None = None,
        limit: int = 100, cursor: str | None = None,
    ) -> Page[QuoteHit]:  # fmt: skip
        """One page of stored statements, in article and text order, with their article's title.

        Args:
            article_id: only this article's statements.
            speaker: an upper-case code (RUS, RUSGOV), or any part of the speaker's name or words.
            q: only statements whose text contains this (any case).
            limit: statements per page.
            cursor: the ``next_cursor`` of the previous page.
        """
        limit = _page_size(limit)
        after = decode_cursor("quotes", cursor) if cursor else None
        with self._reading("cannot read quotes") as session:
            rows, next_cursor = page_of("quotes", session.execute(select_quotes(article_id, speaker, q, after, limit + 1)).all(),
                                        limit, key=lambda r: (r[0].article_id, r[0].position))  # fmt: skip
            return Page([QuoteHit(quote_from_row(row), title) for row, title in rows], next_cursor)

    # -------------------------------------------------------------------- aggregates

    def search_actors(self, q: str, limit: int = 20) -> list[ActorCount]:
        """Actor codes (country or CAMEO) that start with ``q`` or whose parties' names contain
        it, with a name and their number of events, most events first."""
        with self._reading("cannot search actors") as session:
            return analysis.search_actors(session, q, _page_size(limit))

    def top_actors(self, where: EventFilter, limit: int = 10) -> list[ActorCount]:
        """The countries taking part (as actor or recipient) in most events matching ``where``."""
        with self._reading("cannot rank actors") as session:
            return analysis.top_actors(session, where, _page_size(limit))

    def overview(self, where: EventFilter, period: str = "month") -> dict[str, Any]:
        """Matching events per period (day, week or month): by type, by quad class, and
        cooperation against conflict; see :func:`eventwire.store.analysis.overview`."""
        with self._reading("cannot summarise events") as session:
            return analysis.overview(session, where, period)

    def network(self, where: EventFilter, by: str = "country", limit: int = 100) -> tuple[list[NetworkNode], list[NetworkEdge]]:
        """The busiest actor -> recipient edges among matching events, between countries
        (``by="country"``) or CAMEO actor codes (``by="actor"``), and their nodes."""
        with self._reading("cannot build the actor network") as session:
            return analysis.network(session, where, by, _page_size(limit))

    def places(self, where: EventFilter, limit: int = 2000) -> list[PlaceCount]:
        """The places (with coordinates) of matching events, busiest first."""
        with self._reading("cannot count events by place") as session:
            return analysis.places(session, where, _page_size(limit, ceiling=None))


def _page_size(limit: int | None, ceiling: int | None = None) -> int:
    """A page size: 100 when None; at least 1."""
    if limit is None:
        return 100
    if limit < 1 or (ceiling is not None and limit > ceiling):
        raise InputError("limit", f"must be 1 or more, not {limit}")
    return limit
