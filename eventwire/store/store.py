"""The event store: saves articles with their coded events, and answers queries over them.

A :class:`Store` is opened on a SQLite file (the default) or a PostgreSQL database; opening
it creates or migrates the tables. Each :meth:`Store.save` is one transaction, so a crash
never leaves an article half-saved, and saving an article again replaces its events.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

from alembic.util.exc import CommandError
from pydantic import ValidationError
from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from eventwire.errors import InputError, StoreError
from eventwire.export.flat import FLAT_COLUMNS, flatten
from eventwire.records import ActorMention, Article, ClusterMention, EventCluster, EventRecord, Quote, Review
from eventwire.store.connect import create_store_engine, parse_url, safe_url, store_error
from eventwire.store import feed_state
from eventwire.store.feed_state import FeedItem, FeedPoll, FeedStatus, ItemState
from eventwire.store.clusters import add_to_clusters, cluster_by_id, cluster_mentions, clusters_of_article, rebuild
from eventwire.store.migrate import upgrade
from eventwire.store.browse import Browsing
from eventwire.store.models import ActorMentionRow, ArticleRow, ClusterRow, EventRow, QuoteRow
from eventwire.store.queries import (
    EXTRA_FILTERS,
    DyadPeriod,
    EventFilter,
    event_stats,
    select_clusters,
    select_dyad_series,
    select_records,
)
from eventwire.store.reviews import apply_review, index_record, latest_reviews
from eventwire.store.rows import article_from_row, article_values, event_row, mention_rows, quote_rows

if TYPE_CHECKING:
    import pandas as pd

# The PostgreSQL advisory lock that writers placing events in clusters take in turn.
CLUSTER_LOCK = 0x65766E74636C  # "evntcl"
# Rows fetched per round trip when streaming events (a server-side cursor on PostgreSQL).
_BATCH = 500


class Store(Browsing):
    """Articles and their events in a SQLite file or a PostgreSQL database.

    Usable as a context manager; :meth:`close` releases the connections. The reads behind the
    HTTP API (pages, aggregates, reviews) come from :class:`~eventwire.store.browse.Browsing`.
    """

    def __init__(self, url: str | os.PathLike[str]) -> None:
        """Open (and create or migrate) the store at ``url``.

        Args:
            url: an SQLAlchemy URL (``sqlite:///events.db``, ``postgresql://user@host/db``)
                or a path to a SQLite file, which is created if missing.

        Raises:
            StoreError: the URL is malformed, the database cannot be reached or opened, or
                it is not an eventwire database.
        """
        url = os.fspath(url)
        self.url = safe_url(url)
        self._engine = create_store_engine(parse_url(url))
        try:
            upgrade(self._engine)
        except (SQLAlchemyError, CommandError) as error:
            self._engine.dispose()
            raise store_error(url, "cannot open the store", error) from error
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    # ----------------------------------------------------------------------------- writing

    def save(
        self,
        article: Article,
        events: Iterable[EventRecord],
        content_hash: str | None = None,
        mentions: Iterable[ActorMention] = (),
        duplicate_of: str | None = None,
        signature: bytes | None = None,
        quotes: Iterable[Quote] = (),
    ) -> None:
        """Store an article with its events, replacing what was stored for it before.

        ``duplicate_of`` names the first copy seen of a near-duplicate article, found by its
        MinHash ``signature`` (see :mod:`eventwire.cluster.duplicates`). ``mentions`` and
        ``quotes`` (its statements) replace those stored for the article. An event that a
        person corrected before keeps the correction (reviews are kept by event id).

        One transaction: on any error nothing changes. Saving the same article again leaves
        one copy of it and exactly the ``events`` given now.

        Raises:
            StoreError: an event belongs to another article, has an impossible date, or the
                database refuses the write (e.g. an event id stored for another article).
        """
        events = list(events)
        rows = [self._event_row(record, article) for record in events]
        values = article_values(article, dt.datetime.now(dt.UTC))
        if content_hash is not None:  # the caller's notion of "unchanged" (e.g. coder version)
            values["content_hash"] = content_hash
        values["duplicate_of"] = duplicate_of
        values["signature"] = signature
        try:
            with self._sessions.begin() as session:
                self._one_writer_clusters(session)
                touched = clusters_of_article(session, article.id)
                session.execute(self._upsert_article(values))
                session.execute(delete(EventRow).where(EventRow.article_id == article.id))
                session.execute(delete(ActorMentionRow).where(ActorMentionRow.article_id == article.id))
                session.execute(delete(QuoteRow).where(QuoteRow.article_id == article.id))
                session.add_all(rows)
                session.add_all(mention_rows(article.id, mentions))
                session.add_all(quote_rows(article.id, quotes))
                session.flush()
                self._keep_corrections(session, events, article.published)
                add_to_clusters(session, article, events, duplicate_of, touched)
        except SQLAlchemyError as error:
            raise store_error(self.url, f"cannot save article {article.id!r}", error) from error

    def _keep_corrections(self, session: Session, events: list[EventRecord], published: dt.date | None) -> None:
        """Make the filter columns of newly saved events that were corrected follow the correction."""
        reviews = latest_reviews(session, [record.id for record in events])
        for record in events:
            review = reviews.get(record.id)
            if review is not None and review.verdict == "corrected":
                index_record(session, apply_review(record, review), published)

    def _one_writer_clusters(self, session: Session) -> None:
        """On PostgreSQL, wait for other writers' transactions that are placing events in clusters.

        Without it two writers could each start a cluster for one occurrence at the same time.
        SQLite lets one writer in at a time anyway.
        """
        if self._engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CLUSTER_LOCK})

    def _event_row(self, record: EventRecord, article: Article) -> EventRow:
        """The row for one event of ``article``, after checking it belongs there."""
        if record.article_id != article.id:
            raise StoreError(
                f"{self.url}: cannot save article {article.id!r}: "
                f"event {record.id!r} belongs to article {record.article_id!r}"
            )
        try:
            return event_row(record, article.published)
        except ValueError as error:
            raise StoreError(
                f"{self.url}: cannot save article {article.id!r}: "
                f"event {record.id!r} has an impossible date {record.date!r} ({error})"
            ) from error

    def _upsert_article(self, values: dict[str, Any]) -> Any:
        """INSERT ... ON CONFLICT (id) DO UPDATE, in the dialect of this database."""
        dialect = postgresql if self._engine.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(ArticleRow).values(values)
        changed = {name: insert.excluded[name] for name in values if name != "id"}
        return insert.on_conflict_do_update(index_elements=["id"], set_=changed)

    # ----------------------------------------------------------------------------- reading

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether the article is stored (with that content hash, when one is given).

        An ingest that was interrupted skips what :func:`eventwire.store.content_hash`
        shows to be stored already.
        """
        statement = select(ArticleRow.id).where(ArticleRow.id == article_id)
        if content_hash is not None:
            statement = statement.where(ArticleRow.content_hash == content_hash)
        with self._reading("cannot look up an article") as session:
            return session.scalar(statement) is not None

    def article_signatures(self) -> list[tuple[str, str | None, bytes | None]]:
        """Every stored article's id, the first copy it duplicates and its MinHash signature
        (None for an article stored before signatures were kept), oldest ingest first."""
        statement = select(ArticleRow.id, ArticleRow.duplicate_of, ArticleRow.signature).order_by(
            ArticleRow.ingested_at, ArticleRow.id)  # fmt: skip
        with self._reading("cannot read article signatures") as session:
            return [(row.id, row.duplicate_of, row.signature) for row in session.execute(statement)]

    def duplicates(self) -> dict[str, str]:
        """Near-duplicate articles: article id -> the id of the first copy it duplicates."""
        statement = select(ArticleRow.id, ArticleRow.duplicate_of).where(ArticleRow.duplicate_of.is_not(None))
        with self._reading("cannot read duplicates") as session:
            return {row.id: row.duplicate_of for row in session.execute(statement)}

    def article(self, article_id: str) -> Article | None:
        """The stored article with that id, or None."""
        with self._reading("cannot read an article") as session:
            row = session.get(ArticleRow, article_id)
            return article_from_row(row) if row is not None else None

    def unresolved_actors(self, limit: int = 20) -> list[tuple[str, int, int]]:
        """The actor strings the knowledge base could not place, most frequent first.

        Returns (text, mentions, articles) for mentions stored with no code, so an analyst
        can see which names to add to the knowledge files first.
        """
        text = func.lower(ActorMentionRow.text)
        statement = (
            select(text, func.count(), func.count(func.distinct(ActorMentionRow.article_id)))
            .where(ActorMentionRow.code.is_(None))
            .group_by(text)
            .order_by(func.count().desc(), text)
            .limit(limit)
        )
        with self._reading("cannot rank unresolved actors") as session:
            return [(row[0], row[1], row[2]) for row in session.execute(statement)]

    def articles_count(self) -> int:
        """How many articles are stored."""
        with self._reading("cannot count articles") as session:
            return session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def stats(self) -> dict[str, Any]:
        """Counts for a summary: ``articles``, ``events``, ``by_event``, ``by_modality``,
        ``by_quad`` (1-4), ``date_range`` (``first``, ``last``) and ``top_actors``
        (country code -> events), each dict ordered most frequent first."""
        with self._reading("cannot compute statistics") as session:
            return event_stats(session)

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        event_type: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
        min_confidence: float | None = None,
        location: str | None = None,
        **more: Any,
    ) -> list[EventRecord]:
        """The stored events that match, ordered by date, article and evidence offset.

        Each record comes with its latest human review applied (``human_reviewed``, ``review``).

        Args:
            since: first day (inclusive): events whose days reach it or later ("between May
                and July" is kept by a June ``since``); an event without a date is taken at
                its article's publication date.
            until: last day (inclusive): events whose days begin by then, likewise.
            actor: country code ("RUS") or CAMEO actor code ("RUSGOV") of an actor, any case.
            recipient: the same, for a recipient.
            event_type: PLOVER event type ("ACCUSE"), any case.
            modality: asserted, future, hypothetical or negated.
            limit: at most this many events.
            min_confidence: only events whose calibrated confidence is at least this (0-1).
            location: country code of the event's place ("TUR"), any case.
            more: the other fields of :class:`~eventwire.store.queries.EventFilter`:
                ``actor_sector``, ``recipient_sector``, ``mode``, ``quad``, ``q`` (evidence
                text), ``place`` (part of the place's name) and ``reviewed``.

        Raises:
            InputError: an unknown event type or modality, a negative limit, or a confidence
                outside 0-1.
            StoreError: the database cannot be read.
        """
        return list(
            self.iter_events(
                since=since, until=until, actor=actor, recipient=recipient,
                event_type=event_type, modality=modality, limit=limit, min_confidence=min_confidence,
                location=location, **more,
            )
        )  # fmt: skip

    def iter_events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        event_type: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
        min_confidence: float | None = None,
        location: str | None = None,
        **more: Any,
    ) -> Iterator[EventRecord]:
        """Like :meth:`events`, but yields the events as they are read, for large exports.

        The filters are checked at once; the database is read as the events are consumed.
        """
        where = EventFilter(since, until, actor, recipient, event_type, modality, limit, min_confidence, location,
                            **_filter_fields(more))  # fmt: skip
        return self._stream(where)

    def dyad_series(
        self,
        actor: str,
        recipient: str,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        period: str = "month",
    ) -> list[DyadPeriod]:
        """What an actor did to a recipient, period by period: how many events, their Goldstein sum.

        An event counts in the period of its first day (an event with no date of its own, in
        that of its article's publication); events with no day at all are not counted.

        Args:
            actor: country code ("USA") or CAMEO actor code ("USAGOV") of an actor, any case.
            recipient: the same, for a recipient.
            since: first day (inclusive), as in :meth:`events`: events whose days reach it.
            until: last day (inclusive), likewise.
            event_type: only events of this PLOVER type ("ACCUSE"), any case.
            period: "month" ("2025-11"), "week" (its Monday, "2025-11-03") or "day" ("2025-11-04").

        Returns:
            One DyadPeriod per period with events, oldest first.

        Raises:
            InputError: an unknown event type or period.
            StoreError: the database cannot be read.
        """
        statement = select_dyad_series(EventFilter(since, until, actor, recipient, event_type), period)
        with self._reading("cannot count a dyad's events") as session:
            return [DyadPeriod(label, count, round(total, 6)) for label, count, total in session.execute(statement)]

    def _stream(self, where: EventFilter) -> Iterator[EventRecord]:
        """The events matching ``where``, read in batches, each batch's reviews applied."""
        statement = select_records(where).execution_options(yield_per=_BATCH)
        with self._reading("cannot read events") as session:
            for rows in session.execute(statement).partitions():
                reviews = latest_reviews(session, [event_id for event_id, _ in rows])
                for event_id, record in rows:
                    yield apply_review(self._record(event_id, record), reviews.get(event_id))

    def _record(self, event_id: str, record: str) -> EventRecord:
        """The EventRecord stored as JSON, or a StoreError naming the event."""
        try:
            return EventRecord.model_validate_json(record)
        except ValidationError as error:
            first = error.errors()[0]
            raise StoreError(
                f"{self.url}: stored event {event_id!r} is not a valid record for this eventwire "
                f"({'.'.join(map(str, first['loc']))}: {first['msg']})"
            ) from error

    def clusters(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        event_type: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
        min_confidence: float | None = None,
        location: str | None = None,
        min_sources: int | None = None,
        with_mentions: bool = True,
        **more: Any,
    ) -> list[EventCluster]:
        """The event clusters that match, ordered by date: one per occurrence, with its reports.

        The filters are those of :meth:`events`, applied to each cluster's best mention and to
        its days and place; ``min_sources`` keeps clusters told by at least that many
        independent sources (a wire story and its reprints are one).

        Raises:
            InputError: a filter is invalid (see :meth:`events`).
            StoreError: the database cannot be read.
        """
        where = EventFilter(since, until, actor, recipient, event_type, modality, limit, min_confidence, location,
                            **_filter_fields(more))  # fmt: skip
        if min_sources is not None and min_sources < 0:
            raise InputError("min sources", f"must be 0 or more, not {min_sources}")
        with self._reading("cannot read event clusters") as session:
            found = session.execute(select_clusters(where, min_sources)).all()
            return self._clusters(session, found, with_mentions)

    def _clusters(self, session: Session, found: Sequence[Any], with_mentions: bool = True) -> list[EventCluster]:
        """Clusters from (row, record) pairs: mentions read, best records' reviews applied."""
        mentions = cluster_mentions(session, [row.id for row, _ in found]) if with_mentions else {}
        reviews = latest_reviews(session, [row.best_event_id for row, _ in found])
        return [self._cluster(row, record, mentions.get(row.id, []), reviews.get(row.best_event_id)) for row, record in found]

    def cluster(self, cluster_id: str) -> EventCluster | None:
        """One cluster with all its mentions, or None."""
        with self._reading("cannot read an event cluster") as session:
            found = session.execute(cluster_by_id(cluster_id)).first()
            if found is None:
                return None
            return self._clusters(session, [found])[0]

    def _cluster(self, row: ClusterRow, record: str, mentions: list[ClusterMention], review: Review | None = None) -> EventCluster:
        return EventCluster(
            id=row.id, record=apply_review(self._record(row.best_event_id, record), review), num_mentions=row.num_mentions,
            num_articles=row.num_articles, num_outlets=row.num_outlets,
            num_independent_sources=row.num_independent_sources, first_seen=row.first_seen,
            last_seen=row.last_seen, linked_clusters=list(row.links), mentions=mentions,
        )  # fmt: skip

    def rebuild_clusters(self) -> int:
        """Cluster every stored event afresh, article by article in publication order.

        For stores filled before clusters were kept, or after the clustering rules changed.
        One transaction; returns the number of clusters.
        """
        try:
            with self._sessions.begin() as session:
                self._one_writer_clusters(session)
                return rebuild(session)
        except SQLAlchemyError as error:
            raise store_error(self.url, "cannot rebuild event clusters", error) from error

    @overload
    def query(
        self, *, as_dataframe: Literal[False] = ..., **filters: Any
    ) -> list[EventRecord]: ...

    @overload
    def query(self, *, as_dataframe: Literal[True], **filters: Any) -> pd.DataFrame: ...

    def query(
        self, *, as_dataframe: bool = False, **filters: Any
    ) -> list[EventRecord] | pd.DataFrame:
        """The events matching ``filters`` (those of :meth:`events`), as records or a table.

        With ``as_dataframe``, one row per event with the flat columns of the CSV export
        (:data:`eventwire.export.FLAT_COLUMNS`).
        """
        if not as_dataframe:
            return self.events(**filters)
        # pandas takes a good part of a second to import; only table users pay for it.
        import pandas as pd

        rows = [flatten(record) for record in self.iter_events(**filters)]
        return pd.DataFrame.from_records(rows, columns=list(FLAT_COLUMNS))

    # ------------------------------------------------------------- the feed watcher's state

    def feed_status(self, url: str) -> FeedStatus | None:
        """What ``eventwire watch`` last heard from the feed at ``url``, or None."""
        with self._reading("cannot read a feed's state") as session:
            return feed_state.feed_status(session, url)

    def save_feed_poll(self, poll: FeedPoll) -> int:
        """Record a poll of a feed and add the items it lists that are new, as pending.

        One transaction, so a feed's validators (ETag) are never saved without its items.
        Returns the number of new items.
        """
        with self._writing(f"cannot save the poll of feed {poll.url!r}") as session:
            return feed_state.save_poll(session, poll)

    def feed_items(self, feed_urls: Sequence[str] | None = None, state: ItemState | None = None) -> list[FeedItem]:
        """The items of those feeds (all for None) in that state (any for None), oldest first."""
        with self._reading("cannot read feed items") as session:
            return feed_state.feed_items(session, feed_urls, state)

    def mark_feed_items_stored(self, done: Iterable[tuple[str, str, str]]) -> None:
        """Mark items stored, each given as (feed url, item key, article id); one transaction.

        Call it only once their articles are committed: an item marked stored is never fetched
        again.
        """
        with self._writing("cannot mark feed items stored") as session:
            feed_state.mark_stored(session, done)

    def mark_feed_item_skipped(self, feed_url: str, key: str, reason: str) -> None:
        """Mark an item skipped for good (its page may not be fetched), with the reason."""
        with self._writing(f"cannot mark feed item {key!r} skipped") as session:
            feed_state.mark_skipped(session, feed_url, key, reason)

    def record_feed_item_failure(
        self, feed_url: str, key: str, error: str, *, max_attempts: int, permanent: bool = False
    ) -> ItemState:
        """Count a failed attempt at an item; returns "failed" once it is given up, else "pending"."""
        with self._writing(f"cannot record the failure of feed item {key!r}") as session:
            return feed_state.record_failure(
                session, feed_url, key, error, max_attempts=max_attempts, permanent=permanent
            )

    # ------------------------------------------------------------------------------ helpers

    @contextmanager
    def _writing(self, action: str) -> Iterator[Session]:
        """A transaction, committed on success, whose database errors become one-line StoreErrors."""
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as error:
            raise store_error(self.url, action, error) from error

    @contextmanager
    def _reading(self, action: str) -> Iterator[Session]:
        """A session for reads whose database errors become one-line StoreErrors."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as error:
            raise store_error(self.url, action, error) from error


def _filter_fields(more: dict[str, Any]) -> dict[str, Any]:
    """The extra EventFilter fields passed as keywords, unknown ones refused."""
    unknown = set(more) - EXTRA_FILTERS
    if unknown:
        raise TypeError(f"unknown filter {sorted(unknown)[0]!r}")
    return more
