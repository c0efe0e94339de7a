"""The tables of the event store, as typed SQLAlchemy models.

One row per article, one per coded event, one per actor or recipient of an event. Each event
row carries its full record as JSON (``record``) so that loading gives back exactly the
EventRecord that was saved; the other columns are copies made for filtering, sorting and
flat exports. The first Alembic revision (``migrations/versions``) creates the same schema,
and a test checks the two agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints, so that later migrations can drop or alter them by name on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The condition of the partial index ix_events_ranges: an event date that is a range.
RANGE = "date LIKE '%/%'"


class Base(DeclarativeBase):
    """Declarative base of the eventwire tables."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ArticleRow(Base):
    """One stored article: the fields of :class:`eventwire.records.Article` plus bookkeeping."""

    __tablename__ = "articles"
    # The API lists articles newest ingest first, a page at a time (keyset on both columns).
    __table_args__ = (Index("ix_articles_ingested_at", "ingested_at", "id"),)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(Text)
    dateline_text: Mapped[str | None] = mapped_column(Text)
    dateline_place: Mapped[str | None] = mapped_column(Text)
    dateline_wire: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(JSON)
    source_lines: Mapped[list[Any]] = mapped_column(JSON)
    boilerplate: Mapped[list[Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # The first copy seen of a near-duplicate article (a wire story reprinted elsewhere), and
    # the MinHash signature it was found by (eventwire.cluster.duplicates).
    duplicate_of: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)


class EventRow(Base):
    """One coded event; ``record`` is the EventRecord as JSON, the rest are copies of it."""

    __tablename__ = "events"
    __table_args__ = (
        # Serves both the date-range filter and the default order of every query: the whole
        # order, id included, so a page of results needs no sort, and date_end, so rows outside
        # a date range are skipped without reading them (see queries._earliest_start).
        Index("ix_events_order", "date_start", "article_id", "evidence_start", "id", "date_end"),
        Index("ix_events_article_id", "article_id"),
        Index("ix_events_event", "event"),
        # The dashboard's overview (counts by period, type and quad class, Goldstein sums) read
        # from the index alone rather than from the wide rows.
        Index("ix_events_overview", "date_start", "event", "quad_code", "goldstein"),
        Index("ix_events_modality", "modality"),
        # A place's events in a date range, read in date order.
        Index("ix_events_location_country", "location_country", "date_start", "date_end"),
        # Events dated by a range ("2025-05/2025-07"), the only ones that can span more than a
        # year: how far back a date filter must read (queries._earliest_start).
        Index("ix_events_ranges", "date_end", "date_start", "date", sqlite_where=text(RANGE), postgresql_where=text(RANGE)),
    )

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(Text)
    mode: Mapped[str | None] = mapped_column(Text)
    cameo: Mapped[str] = mapped_column(Text)
    quad_code: Mapped[int]
    goldstein: Mapped[float] = mapped_column(Double)
    reciprocal: Mapped[bool]
    modality: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(Text)
    # The first day the event's date covers ("2025-11" -> 2025-11-01), or the article's
    # publication date when the event has none: what date filters and sorting use.
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    # The last day it covers ("2025-05/2025-07" -> 2025-07-31), likewise: a date filter keeps
    # every event whose days overlap the days asked for.
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(Text)
    date_basis: Mapped[str] = mapped_column(Text)
    date_text: Mapped[str | None] = mapped_column(Text)
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    location_country: Mapped[str | None] = mapped_column(Text)  # the place's country code, for filters
    context: Mapped[list[Any]] = mapped_column(JSON)
    attribution: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Double)
    coder_version: Mapped[str] = mapped_column(Text)
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int]
    evidence_end: Mapped[int]
    sentence: Mapped[int]
    trigger: Mapped[str] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)

    # Used to insert an event with its actors; deleting relies on the foreign key's cascade.
    actors: Mapped[list[EventActorRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    dyads: Mapped[list[EventDyadRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class EventActorRow(Base):
    """One actor or recipient of an event, in the order the record lists them."""

    __tablename__ = "event_actors"
    __table_args__ = (
        CheckConstraint("role IN ('actor', 'recipient')", name="role"),
        # Codes are stored upper-cased so that case-insensitive filters can use these indexes.
        # They hold the event id, so a party's events are listed from the index alone.
        Index("ix_event_actors_role_code", "role", "code", "event_id"),
        Index("ix_event_actors_role_cameo_code", "role", "cameo_code", "event_id"),
        # Whether one event has a party with a code, answered from the index alone: the test a
        # filter by actor makes of every event in a date range.
        Index("ix_event_actors_probe", "event_id", "role", "code", "cameo_code"),
    )

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(Text)
    sector: Mapped[str | None] = mapped_column(Text)
    cameo_code: Mapped[str | None] = mapped_column(Text)
    office: Mapped[str | None] = mapped_column(Text)
    wikidata_id: Mapped[str | None] = mapped_column(Text)


class EventDyadRow(Base):
    """One (actor, recipient) pair of a dated event, under every code each side can be asked by.

    A dyad's time series is a range scan of one index: "USA" to "RUS" reads only that dyad's
    rows, in date order, with the type and Goldstein score beside them. Counting through
    ``event_actors`` instead probed every event of the commoner side (62,000 for the top
    country in a million events). An event whose actor is the Russian government gets rows
    under "RUS" and under "RUSGOV"; an event counts once per pair of codes however many of its
    actors share one. Undated events have no rows: a series has nowhere to put them.
    """

    __tablename__ = "event_dyads"
    __table_args__ = (
        Index("ix_event_dyads_series", "actor_key", "recipient_key", "date_start", "date_end", "event", "goldstein"),
    )

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    actor_key: Mapped[str] = mapped_column(Text, primary_key=True)  # a country or CAMEO code, upper case
    recipient_key: Mapped[str] = mapped_column(Text, primary_key=True)
    # Copies of the event's columns, so that a series is answered from the index alone.
    event: Mapped[str] = mapped_column(Text)
    date_start: Mapped[dt.date] = mapped_column(Date)
    date_end: Mapped[dt.date] = mapped_column(Date)
    goldstein: Mapped[float] = mapped_column(Double)


class ClusterRow(Base):
    """One event cluster: the occurrence that several mentions report (eventwire.cluster).

    Its type, modality, date, place and parties are those of its best mention
    (``best_event_id``); the counts are over its mentions.
    """

    __tablename__ = "event_clusters"
    __table_args__ = (
        # "clusters of a type in a date range", in the order they are listed (date, id).
        Index("ix_event_clusters_event_date", "event", "date_start", "id", "date_end"),
        Index("ix_event_clusters_date", "date_start"),
        Index("ix_event_clusters_location_country", "location_country"),
        Index("ix_event_clusters_window", "event", "window_start", "window_end"),
    )

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    event: Mapped[str] = mapped_column(Text)
    modality: Mapped[str] = mapped_column(Text)
    phase: Mapped[str | None] = mapped_column(Text)  # "happened", "planned", or None (only denials)
    best_event_id: Mapped[str] = mapped_column(Text)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    location_country: Mapped[str | None] = mapped_column(Text)
    # The days any of its mentions may have happened on: where new mentions look for it.
    window_start: Mapped[dt.date | None] = mapped_column(Date)
    window_end: Mapped[dt.date | None] = mapped_column(Date)
    # Every actor and every recipient its mentions name, as "|RUS|gunmen|": a new mention is
    # compared only with clusters whose sides match its own (eventwire.store.clusters._candidates).
    actor_parties: Mapped[str | None] = mapped_column(Text)
    recipient_parties: Mapped[str | None] = mapped_column(Text)
    num_mentions: Mapped[int]
    num_articles: Mapped[int]
    num_outlets: Mapped[int]
    num_independent_sources: Mapped[int]
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)
    links: Mapped[list[Any]] = mapped_column(JSON)  # ids of the same occurrence in another phase


class ClusterMentionRow(Base):
    """One event's place in a cluster, with what the clusterer compares it by (as JSON)."""

    __tablename__ = "cluster_mentions"
    __table_args__ = (
        Index("ix_cluster_mentions_cluster_id", "cluster_id"),
        Index("ix_cluster_mentions_article_id", "article_id"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    cluster_id: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str] = mapped_column(Text)
    mention: Mapped[dict[str, Any]] = mapped_column(JSON)


class ActorMentionRow(Base):
    """One actor mention of an article, resolved or not, with the reason it resolved so."""

    __tablename__ = "actor_mentions"
    __table_args__ = (
        Index("ix_actor_mentions_code", "code"),
        Index("ix_actor_mentions_article_id", "article_id"),
    )

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(Text)
    sector: Mapped[str | None] = mapped_column(Text)
    cameo_code: Mapped[str | None] = mapped_column(Text)
    office: Mapped[str | None] = mapped_column(Text)
    how: Mapped[str] = mapped_column(Text)


class QuoteRow(Base):
    """One statement reported in an article (:class:`eventwire.records.Quote`), in text order."""

    __tablename__ = "article_quotes"
    __table_args__ = (Index("ix_article_quotes_speaker_code", "speaker_code"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    speaker: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the resolved Entity, as JSON
    # Copies of the speaker's codes and name, upper-cased codes, for the speaker filter.
    speaker_code: Mapped[str | None] = mapped_column(Text)
    speaker_cameo_code: Mapped[str | None] = mapped_column(Text)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    speaker_text: Mapped[str] = mapped_column(Text)
    verb: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool]
    outlet: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]


class ReviewRow(Base):
    """One person's review of a coded event; the latest (highest id) is the one applied.

    ``event_id`` is no foreign key on purpose: re-coding an article deletes and re-inserts its
    events under the same ids, and a review must outlive that.
    """

    __tablename__ = "event_reviews"
    __table_args__ = (
        CheckConstraint("verdict IN ('correct', 'wrong', 'corrected')", name="verdict"),
        # An event's reviews, and its latest one (max id), read from the index alone.
        Index("ix_event_reviews_event_id", "event_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(Text)
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    verdict: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)  # corrected fields, as the record holds them
    original: Mapped[dict[str, Any]] = mapped_column(JSON)  # their coded values
    note: Mapped[str | None] = mapped_column(Text)


class FeedRow(Base):
    """One feed the watcher polls (eventwire.watch): its validators and how the last poll went."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    # The validators of the last good answer, sent back as If-None-Match / If-Modified-Since.
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    polled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[int | None]  # HTTP status of the last poll; None when no answer came
    error: Mapped[str | None] = mapped_column(Text)  # why the last poll failed; None when it did not


class FeedItemRow(Base):
    """One item a feed listed, and how far the watcher got with its article page."""

    __tablename__ = "feed_items"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'stored', 'skipped', 'failed')", name="state"),
        Index("ix_feed_items_state", "state"),
    )

    feed_url: Mapped[str] = mapped_column(ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)  # the entry's guid, else its link
    url: Mapped[str] = mapped_column(Text)
    # The entry's own title and date: the article's when its page has none.
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int]
    error: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
