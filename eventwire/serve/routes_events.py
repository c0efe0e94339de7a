"""Events and clusters: the filtered, paged lists, one event in full, and reviewing an event."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from eventwire.serve.deps import (
    Cursor,
    Filters,
    Limit,
    StoreDep,
    Writer,
    known_parameters,
    parse_int,
)
from eventwire.serve.errors import ApiError
from eventwire.serve.views import article_ref_json, cluster_json, record_json, review_json

router = APIRouter(prefix="/api", tags=["events"], dependencies=[Depends(known_parameters)])


class ReviewIn(BaseModel):
    """A review of an event, as posted."""

    model_config = ConfigDict(extra="forbid")

    reviewer: str = Field(min_length=1, description="who reviews (a name or login)")
    verdict: str = Field(description="correct, wrong or corrected")
    changes: dict[str, Any] = Field(default_factory=dict, description="for corrected: event, actor, recipient, modality, date, location")
    note: str | None = None


@router.get("/events")
def list_events(store: StoreDep, where: Filters, limit: Limit, cursor: Cursor = None) -> dict[str, Any]:
    """Events matching the filters, oldest first, a page at a time, reviews applied."""
    page = store.event_page(replace(where, limit=limit), cursor)
    return {"events": [record_json(record) for record in page.items], "next_cursor": page.next_cursor}


@router.get("/events/{event_id:path}")
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event (reviews applied), all its reviews, its cluster and its article."""
    record = store.event(event_id)
    if record is None:
        raise ApiError(404, f"event: no stored event has the id {event_id!r}")
    cluster = store.cluster_of_event(event_id)
    article = store.article(record.article_id)
    return {
        "event": record_json(record),
        "reviews": [review_json(review) for review in store.reviews(event_id)],
        "cluster": cluster_json(cluster) if cluster is not None else None,
        "article": article_ref_json(article) if article is not None else None,
    }


@router.post("/events/{event_id:path}/review", dependencies=[Writer])
def review_event(event_id: str, review: ReviewIn, store: StoreDep) -> dict[str, Any]:
    """Record a review of an event (token needed); answers the event as it now reads."""
    saved = store.review_event(event_id, review.reviewer, review.verdict, review.changes, review.note)
    record = store.event(event_id)
    return {"event": record_json(record) if record is not None else None, "review": review_json(saved)}


@router.get("/clusters")
def list_clusters(
    store: StoreDep, where: Filters, limit: Limit, cursor: Cursor = None,
    min_sources: Annotated[str | None, Query(description="Least number of independent sources.")] = None,
) -> dict[str, Any]:  # fmt: skip
    """Event clusters matching the filters (applied to their best mention), with their mentions."""
    sources = parse_int(min_sources, "min_sources", None, 0, None)
    page = store.cluster_page(replace(where, limit=limit), sources, cursor)
    return {"clusters": [cluster_json(cluster) for cluster in page.items], "next_cursor": page.next_cursor}


@router.get("/clusters/{cluster_id:path}")
def get_cluster(cluster_id: str, store: StoreDep) -> dict[str, Any]:
    """One cluster with all its mentions."""
    cluster = store.cluster(cluster_id)
    if cluster is None:
        raise ApiError(404, f"cluster: no stored cluster has the id {cluster_id!r}")
    return cluster_json(cluster)
