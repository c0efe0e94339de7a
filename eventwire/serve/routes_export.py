"""Exports over HTTP: the filtered events, clusters or clusters' mentions as CSV, JSONL or
Parquet, streamed as they are written by :mod:`eventwire.export` (reviews applied)."""

from __future__ import annotations

from typing import IO, Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from eventwire.export import export as write_events
from eventwire.export.clusters import write_clusters
from eventwire.serve.deps import Filters, StoreDep, known_parameters, parse_int
from eventwire.serve.errors import ApiError
from eventwire.serve.streaming import stream_writer

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(known_parameters)])

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "parquet": "application/vnd.apache.parquet"}  # fmt: skip
WHAT = ("events", "clusters", "mentions")


@router.get("/export")
def export(
    store: StoreDep, where: Filters,
    format: Annotated[str, Query(description="csv, jsonl or parquet.")] = "csv",
    what: Annotated[str, Query(description="events, clusters or mentions (of clusters).")] = "events",
    limit: Annotated[str | None, Query(description="At most this many (default: all).")] = None,
) -> StreamingResponse:  # fmt: skip
    """A file of the matching events (or clusters, or their mentions), as an attachment."""
    fmt = "jsonl" if format == "plover-jsonl" else format
    if fmt not in MEDIA_TYPES:
        raise ApiError(400, f"format: unknown format {format!r} (expected csv, jsonl or parquet)")
    if what not in WHAT:
        raise ApiError(400, f"what: unknown value {what!r} (expected events, clusters or mentions)")
    fields = {name: getattr(where, name) for name in where.__dataclass_fields__}
    fields["limit"] = parse_int(limit, "limit", None, 1, None)
    if what == "events":
        records = store.iter_events(**fields)  # filters are checked here, before the answer starts

        def write(stream: IO[bytes]) -> Any:
            return write_events(records, fmt, stream)
    else:
        clusters = store.clusters(**fields)

        def write(stream: IO[bytes]) -> Any:
            return write_clusters(clusters, fmt, stream, what)

    name = f"eventwire-{what}.{fmt}"
    return StreamingResponse(stream_writer(write), media_type=MEDIA_TYPES[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
