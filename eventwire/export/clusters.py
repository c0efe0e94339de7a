"""Event clusters and their mentions as JSONL, CSV or Parquet rows.

A cluster's JSON object is its best mention's record with the cluster's own ``id`` (the
record's id becomes ``best_event_id``), its counts, its links and its mentions. Flat rows
(CSV, Parquet) are the record's flat columns with the same swap and the counts. A mention row
is one report of a cluster: which event, article, outlet and sentence.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any

from eventwire.errors import InputError
from eventwire.export.flat import FLAT_COLUMNS, flatten
from eventwire.export.output import Target, binary_output, text_output
from eventwire.records import EventCluster

COUNT_COLUMNS = ("num_mentions", "num_articles", "num_outlets", "num_independent_sources", "first_seen", "last_seen")
CLUSTER_COLUMNS = ("id", "best_event_id", *COUNT_COLUMNS, "linked_clusters",
                   *(c for c in FLAT_COLUMNS if c not in ("id",)))  # fmt: skip
MENTION_COLUMNS = ("cluster_id", "event_id", "article_id", "outlet", "url", "published", "modality",
                   "confidence", "evidence", "duplicate_of")  # fmt: skip
_INTEGER_COLUMNS = {"num_mentions", "num_articles", "num_outlets", "num_independent_sources", "quad_code",
                    "location_geonameid"}  # fmt: skip
_FLOAT_COLUMNS = {"goldstein", "confidence", "location_lat", "location_lon"}
_BOOLEAN_COLUMNS = {"human_reviewed"}


def cluster_json(cluster: EventCluster) -> dict[str, Any]:
    """The JSON object of one cluster (see the module docstring)."""
    record = cluster.record.model_dump(mode="json")
    record["best_event_id"] = record.pop("id")
    counts = cluster.model_dump(mode="json", include={*COUNT_COLUMNS, "linked_clusters"})
    mentions = [m.model_dump(mode="json") for m in cluster.mentions]
    return {"id": cluster.id, **record, **counts, "mentions": mentions}


def cluster_flat(cluster: EventCluster) -> dict[str, Any]:
    """The flat row of one cluster: its best record's flat columns and its counts."""
    row = flatten(cluster.record)
    row["best_event_id"] = row.pop("id")
    counts = cluster.model_dump(mode="json", include=set(COUNT_COLUMNS))
    return {**row, **counts, "id": cluster.id, "linked_clusters": " ".join(cluster.linked_clusters)}


def mention_rows(clusters: Iterable[EventCluster]) -> Iterable[dict[str, Any]]:
    """One row per mention of each cluster."""
    for cluster in clusters:
        for mention in cluster.mentions:
            yield {"cluster_id": cluster.id, **mention.model_dump(mode="json")}


def write_clusters(clusters: Iterable[EventCluster], fmt: str, out: Target, what: str = "clusters") -> int:
    """Write clusters (``what="clusters"``) or their mentions (``"mentions"``) as ``fmt``.

    Returns the number of rows written.

    Raises:
        InputError: an unknown format, or a file that cannot be written.
    """
    if what == "mentions":
        rows, columns = mention_rows(clusters), MENTION_COLUMNS
    elif fmt in ("jsonl", "plover-jsonl"):
        rows, columns = (cluster_json(c) for c in clusters), CLUSTER_COLUMNS
    else:
        rows, columns = (cluster_flat(c) for c in clusters), CLUSTER_COLUMNS
    writers: dict[str, Callable[[Iterable[dict[str, Any]], tuple[str, ...], Target], int]] = {
        "jsonl": _jsonl, "plover-jsonl": _jsonl, "csv": _csv, "parquet": _parquet}  # fmt: skip
    if fmt not in writers:
        raise InputError("--format", f"unknown format {fmt!r} (expected jsonl, csv or parquet)")
    return writers[fmt](rows, columns, out)


def _jsonl(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: Target) -> int:
    count = 0
    with text_output(out) as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: Target) -> int:
    count = 0
    with text_output(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _parquet(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: Target) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(name: str) -> pa.DataType:
        if name in _INTEGER_COLUMNS:
            return pa.int64()
        if name in _BOOLEAN_COLUMNS:
            return pa.bool_()
        return pa.float64() if name in _FLOAT_COLUMNS else pa.string()

    schema = pa.schema([pa.field(name, kind(name)) for name in columns])
    rows = [{name: _cell(row.get(name), name) for name in columns} for row in rows]
    with binary_output(out) as stream:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), stream)
    return len(rows)


def _cell(value: Any, name: str) -> Any:
    """A value as its Parquet column holds it (text for anything not a number)."""
    if value is None or name in _INTEGER_COLUMNS or name in _FLOAT_COLUMNS or name in _BOOLEAN_COLUMNS:
        return value
    return value if isinstance(value, str) else str(value)
