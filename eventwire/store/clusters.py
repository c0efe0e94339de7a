"""Keeping event clusters in the store as articles come and go.

Inside the transaction that saves an article (:meth:`eventwire.store.Store.save`), the
article's events are added to the clusters already stored: only clusters of the same types
whose days come near the events' are loaded, the clusterer (:mod:`eventwire.cluster`) places
each event, and every cluster that gained, lost or linked a mention has its summary row
recomputed. Saving an article again first takes its old events out of their clusters, so a
re-run changes nothing and a cluster left with no mention is deleted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, or_, select, true
from sqlalchemy.orm import Session

from eventwire.cluster.clusterer import Cluster, Clusterer
from eventwire.cluster.match import SYMMETRIC, Mention, mention_of
from eventwire.cluster.sources import independent_source
from eventwire.records import Article, ClusterMention, EventRecord
from eventwire.store.models import ArticleRow, ClusterMentionRow, ClusterRow, EventRow


def clusters_of_article(session: Session, article_id: str) -> set[str]:
    """The clusters an article's stored events belong to (read before they are replaced)."""
    statement = select(ClusterMentionRow.cluster_id).where(ClusterMentionRow.article_id == article_id)
    return set(session.scalars(statement))


def add_to_clusters(session: Session, article: Article, records: Iterable[EventRecord],
                    duplicate_of: str | None, touched: set[str] = frozenset()) -> None:  # fmt: skip
    """Place the article's (already flushed) events in clusters and update every cluster changed.

    ``touched`` are the clusters the article's previous events were in.
    """
    wire = article.dateline.wire if article.dateline else None
    source = _source(session, article.id, article.outlet, wire, duplicate_of)
    mentions = [mention_of(r, article.published, article.outlet, source) for r in records]
    clusterer = Clusterer(_candidates(session, mentions, touched), taken=lambda cid: session.get(ClusterRow, cid) is not None)
    changed = set(touched)
    for mention in mentions:
        cluster = clusterer.add(mention)
        changed.add(cluster.id)
        changed.update(cluster.links)
        session.add(ClusterMentionRow(event_id=mention.event_id, cluster_id=cluster.id,
                                      article_id=mention.article_id, mention=mention_json(mention)))  # fmt: skip
    session.flush()
    for cluster_id in sorted(changed):
        cluster = clusterer.clusters.get(cluster_id)
        if cluster is None or not cluster.members:
            session.execute(delete(ClusterRow).where(ClusterRow.id == cluster_id))
        else:
            session.merge(summary_row(session, cluster))


def _source(session: Session, article_id: str, outlet: str | None, wire: str | None, duplicate_of: str | None) -> str:
    """The independent source of an article (see :mod:`eventwire.cluster.sources`)."""
    if duplicate_of:  # a reprint is its first copy's reporting
        root = session.execute(select(ArticleRow.outlet, ArticleRow.dateline_wire).where(ArticleRow.id == duplicate_of)).first()
        if root is not None:
            outlet, wire = root.outlet, root.dateline_wire or wire
    return independent_source(duplicate_of or article_id, wire, outlet)


def _candidates(session: Session, mentions: list[Mention], touched: set[str]) -> list[Cluster]:
    """The stored clusters the mentions could join, and those the article's old events left.

    Those of a mention's type whose days reach its own and whose sides match its sides: a
    mention joins only a cluster whose every mention shares a party with it on each side named
    (either way round for talks and agreements). In a store of a million events a week holds
    thousands of clusters of a type; matching both sides narrows them to a few, and only those
    are loaded.
    """
    ids = set(touched)
    for mention in mentions:
        if mention.first_day is None or mention.last_day is None or not (mention.actors or mention.recipients):
            continue
        sides = [_sides_match(mention.actors, mention.recipients)]
        if mention.event in SYMMETRIC:
            sides.append(_sides_match(mention.recipients, mention.actors))
        statement = select(ClusterRow.id).where(
            ClusterRow.event == mention.event,
            ClusterRow.window_start <= mention.last_day,
            ClusterRow.window_end >= mention.first_day,
            or_(*sides),
        )
        ids.update(session.scalars(statement))
    return load_clusters(session, ids)


def _sides_match(actors: frozenset[str], recipients: frozenset[str]) -> ColumnElement[bool]:
    """Clusters whose actors include one of ``actors`` (or are unnamed), and likewise recipients."""
    return and_(_side_matches(ClusterRow.actor_parties, actors), _side_matches(ClusterRow.recipient_parties, recipients))


def _side_matches(column: Any, parties: frozenset[str]) -> ColumnElement[bool]:
    if not parties:
        return true()
    named = [column.contains(f"|{key}|", autoescape=True) for key in sorted({party_key(p) for p in parties})]
    return or_(column.is_(None), column == "", *named)


def party_key(party: str) -> str:
    """What the parties columns keep of a party: its country ("SDN:state" -> "SDN")."""
    return party.partition(":")[0].replace("|", " ")


def parties_columns(cluster: Cluster) -> tuple[str, str]:
    """The ``actor_parties`` and ``recipient_parties`` of a cluster: each party once, between bars."""

    def column(parties: set[str]) -> str:
        keys = sorted({party_key(p) for p in parties})
        return "|" + "|".join(keys) + "|" if keys else ""

    return (column({p for m in cluster.members for p in m.actors}),
            column({p for m in cluster.members for p in m.recipients}))  # fmt: skip


def load_clusters(session: Session, ids: Iterable[str]) -> list[Cluster]:
    """The clusters with these ids, with their mentions, in id order."""
    ids = sorted(ids)
    if not ids:
        return []
    rows = {row.id: row for row in session.scalars(select(ClusterRow).where(ClusterRow.id.in_(ids)))}
    members: dict[str, list[Mention]] = {i: [] for i in ids}
    statement = select(ClusterMentionRow.cluster_id, ClusterMentionRow.mention).where(
        ClusterMentionRow.cluster_id.in_(ids)).order_by(ClusterMentionRow.event_id)  # fmt: skip
    for cluster_id, data in session.execute(statement):
        members[cluster_id].append(mention_from_json(data))
    return [Cluster(id=i, event=rows[i].event if i in rows else members[i][0].event, members=members[i],
                    links=set(rows[i].links) if i in rows else set())  # fmt: skip
            for i in ids if i in rows or members[i]]


def summary_row(session: Session, cluster: Cluster) -> ClusterRow:
    """The cluster's row: its best mention's type, date and place, and counts over all."""
    best = cluster.best
    dates = session.execute(select(EventRow.date_start, EventRow.date_end, EventRow.location_country)
                            .where(EventRow.id == best.event_id)).one()  # fmt: skip
    seen = [m.seen for m in cluster.members if m.seen]
    actor_parties, recipient_parties = parties_columns(cluster)
    return ClusterRow(
        id=cluster.id, event=cluster.event, modality=best.modality, phase=cluster.phase,
        best_event_id=best.event_id, date_start=dates.date_start, date_end=dates.date_end,
        location_country=dates.location_country, window_start=cluster.first_day, window_end=cluster.last_day,
        actor_parties=actor_parties, recipient_parties=recipient_parties,
        num_mentions=len(cluster.members),
        num_articles=len({m.article_id for m in cluster.members}),
        num_outlets=len({_outlet_key(m) for m in cluster.members}),
        num_independent_sources=len({m.source or m.article_id for m in cluster.members}),
        first_seen=min(seen) if seen else None, last_seen=max(seen) if seen else None,
        links=sorted(cluster.links),
    )  # fmt: skip


def _outlet_key(mention: Mention) -> str:
    """An outlet, or the article itself when its outlet is unknown (each counts once)."""
    return "outlet:" + mention.outlet.casefold().strip() if mention.outlet else "article:" + mention.article_id


def mention_json(mention: Mention) -> dict[str, Any]:
    """A mention as JSON: sets as sorted lists, days as ISO dates."""
    data = dataclasses.asdict(mention)
    for name, value in data.items():
        if isinstance(value, frozenset):
            data[name] = sorted(value)
        elif isinstance(value, dt.date):
            data[name] = value.isoformat()
    return data


def mention_from_json(data: dict[str, Any]) -> Mention:
    """The mention :func:`mention_json` wrote."""
    values = dict(data)
    for field in dataclasses.fields(Mention):
        value = values.get(field.name)
        if field.name in ("actors", "recipients", "words"):
            values[field.name] = frozenset(value or ())
        elif field.name in ("first_day", "last_day", "seen") and value is not None:
            values[field.name] = dt.date.fromisoformat(value)
    return Mention(**{f.name: values.get(f.name) for f in dataclasses.fields(Mention) if f.name in values})


def cluster_by_id(cluster_id: str) -> Select[tuple[ClusterRow, str]]:
    """One cluster with its best mention's record JSON."""
    return select(ClusterRow, EventRow.record).join(EventRow, EventRow.id == ClusterRow.best_event_id).where(
        ClusterRow.id == cluster_id)  # fmt: skip


def cluster_mentions(session: Session, cluster_ids: list[str]) -> dict[str, list[ClusterMention]]:
    """The mentions of each cluster, earliest article first."""
    found: dict[str, list[ClusterMention]] = {}
    for start in range(0, len(cluster_ids), 500):  # bounded IN lists
        statement = (
            select(ClusterMentionRow.cluster_id, EventRow.id, EventRow.article_id, ArticleRow.outlet, ArticleRow.url,
                   ArticleRow.published, EventRow.modality, EventRow.confidence, EventRow.evidence_text,
                   ArticleRow.duplicate_of)
            .join(EventRow, EventRow.id == ClusterMentionRow.event_id)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .where(ClusterMentionRow.cluster_id.in_(cluster_ids[start : start + 500]))
            .order_by(ArticleRow.published, EventRow.article_id, EventRow.evidence_start)
        )  # fmt: skip
        for row in session.execute(statement):
            found.setdefault(row[0], []).append(ClusterMention(
                event_id=row[1], article_id=row[2], outlet=row[3], url=row[4], published=row[5], modality=row[6],
                confidence=row[7], evidence=row[8], duplicate_of=row[9]))  # fmt: skip
    return found


def rebuild(session: Session) -> int:
    """Forget every cluster and place all stored events again, oldest article first."""
    session.execute(delete(ClusterMentionRow))
    session.execute(delete(ClusterRow))
    clusterer = Clusterer()
    articles = select(ArticleRow.id, ArticleRow.published, ArticleRow.outlet, ArticleRow.dateline_wire,
                      ArticleRow.duplicate_of).order_by(ArticleRow.published, ArticleRow.id)  # fmt: skip
    for row in session.execute(articles).all():
        source = _source(session, row.id, row.outlet, row.dateline_wire, row.duplicate_of)
        records = session.scalars(select(EventRow.record).where(EventRow.article_id == row.id)
                                  .order_by(EventRow.evidence_start, EventRow.id)).all()  # fmt: skip
        for record in records:
            mention = mention_of(EventRecord.model_validate_json(record), row.published, row.outlet, source)
            cluster = clusterer.add(mention)
            session.add(ClusterMentionRow(event_id=mention.event_id, cluster_id=cluster.id,
                                          article_id=mention.article_id, mention=mention_json(mention)))  # fmt: skip
    session.flush()
    for cluster in clusterer.clusters.values():
        session.add(summary_row(session, cluster))
    return len(clusterer.clusters)
