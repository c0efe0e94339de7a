"""Summaries of the store: counts, actors, a dyad's series, the overview, the network and the map."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from eventwire.serve.deps import Filters, StoreDep, known_parameters, parse_date, parse_int

router = APIRouter(prefix="/api", tags=["summaries"], dependencies=[Depends(known_parameters)])


@router.get("/stats")
def stats(store: StoreDep) -> dict[str, Any]:
    """Counts: articles, events, clusters, events by type, modality and quad class, date range."""
    return store.stats()


@router.get("/actors")
def search_actors(
    store: StoreDep,
    q: Annotated[str, Query(description="Start of a code (RUS) or part of a name (putin).")],
    limit: Annotated[str | None, Query(description="At most this many, 1-1000 (default 20).")] = None,
) -> dict[str, Any]:
    """Actor codes found by code or name, most events first."""
    found = store.search_actors(q, parse_int(limit, "limit", 20, 1, 1000) or 20)
    return {"actors": [asdict(actor) for actor in found]}


@router.get("/actors/top")
def top_actors(
    store: StoreDep, where: Filters,
    limit: Annotated[str | None, Query(description="At most this many, 1-1000 (default 10).")] = None,
) -> dict[str, Any]:  # fmt: skip
    """The countries in most matching events, as actor or recipient."""
    found = store.top_actors(where, parse_int(limit, "limit", 10, 1, 1000) or 10)
    return {"actors": [asdict(actor) for actor in found]}


@router.get("/dyads")
def dyad_series(
    store: StoreDep,
    actor: Annotated[str, Query(description="Country (USA) or CAMEO code (USAGOV) of the actor.")],
    recipient: Annotated[str, Query(description="The same, for the recipient.")],
    since: str | None = None,
    until: str | None = None,
    event_type: Annotated[str | None, Query(alias="type", description="Only this PLOVER type.")] = None,
    period: Annotated[str, Query(description="day, week or month.")] = "month",
) -> dict[str, Any]:
    """What the actor did to the recipient per period, and the reverse direction."""
    first, last = parse_date(since, "since"), parse_date(until, "until")
    kind = event_type or None
    forward = store.dyad_series(actor, recipient, first, last, kind, period)
    reverse = store.dyad_series(recipient, actor, first, last, kind, period)
    return {"actor": actor, "recipient": recipient, "period": period,
            "series": [p._asdict() for p in forward], "reverse": [p._asdict() for p in reverse]}  # fmt: skip


@router.get("/overview")
def overview(
    store: StoreDep, where: Filters,
    period: Annotated[str, Query(description="day, week or month.")] = "month",
) -> dict[str, Any]:  # fmt: skip
    """Matching events per period: by type, by quad class, cooperation against conflict
    (goldstein is the period's mean score), and the total."""
    return store.overview(where, period)


@router.get("/network")
def network(
    store: StoreDep, where: Filters,
    by: Annotated[str, Query(description="country or actor (CAMEO code).")] = "country",
    limit: Annotated[str | None, Query(description="At most this many edges, 1-1000 (default 100).")] = None,
) -> dict[str, Any]:  # fmt: skip
    """Who acts on whom: the busiest edges (events, mean Goldstein, most frequent quad) and their nodes."""
    nodes, edges = store.network(where, by, parse_int(limit, "limit", 100, 1, 1000) or 100)
    return {"nodes": [asdict(node) for node in nodes], "edges": [asdict(edge) for edge in edges]}


@router.get("/map")
def places(
    store: StoreDep, where: Filters,
    limit: Annotated[str | None, Query(description="At most this many places, 1-10000 (default 2000).")] = None,
) -> dict[str, Any]:  # fmt: skip
    """The places of matching events (with coordinates), busiest first, with their most frequent quad."""
    found = store.places(where, parse_int(limit, "limit", 2000, 1, 10000) or 2000)
    return {"places": [asdict(place) for place in found]}
