"""The export formats: PLOVER JSONL, a flat CSV and a flat Parquet table.

Each writer streams: it takes any iterable of records (e.g. ``Store.iter_events()``), writes
to a path (atomically) or an open stream, and returns how many records it wrote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from eventwire.export.flat import FLAT_COLUMNS, flatten
from eventwire.export.output import Target, binary_output, text_output
from eventwire.records import EventRecord

if TYPE_CHECKING:
    import pyarrow as pa

# Rows per Parquet row group: memory stays flat however many events are exported.
PARQUET_BATCH = 10_000
_INTEGERS = {"quad_code", "location_geonameid"}
_FLOATS = {"goldstein", "confidence", "location_lat", "location_lon"}
_BOOLEANS = {"human_reviewed"}


def write_jsonl(records: Iterable[EventRecord], out: Target) -> int:
    """Write PLOVER JSONL, one record a line.

    Args:
        records: the events to write.
        out: a file path, or an open text or binary stream.

    Returns:
        The number of records written.
    """
    count = 0
    with text_output(out) as stream:
        for record in records:
            stream.write(record.model_dump_json() + "\n")
            count += 1
    return count


def write_csv(records: Iterable[EventRecord], out: Target) -> int:
    """Write a flat CSV with a header row and the columns of :data:`FLAT_COLUMNS`.

    Args:
        records: the events to write.
        out: a file path, or an open text or binary stream.

    Returns:
        The number of records written.
    """
    count = 0
    with text_output(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(flatten(record))
            count += 1
    return count


def write_parquet(records: Iterable[EventRecord], out: Target) -> int:
    """Write a Parquet table: the flat columns plus ``record``, the full record as JSON.

    Args:
        records: the events to write.
        out: a file path, or an open binary stream.

    Returns:
        The number of records written.
    """
    # pyarrow is slow to import; only Parquet exports pay for it.
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with binary_output(out) as stream:
        writer = pq.ParquetWriter(stream, schema)
        try:
            for batch in _batches(records, PARQUET_BATCH):
                rows = [flatten(record) | {"record": record.model_dump_json()} for record in batch]
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
        finally:
            writer.close()
    return count


def parquet_schema() -> pa.Schema:
    """The Parquet columns: the flat ones, typed, then ``record``."""
    import pyarrow as pa

    def column_type(name: str) -> pa.DataType:
        if name in _INTEGERS:
            return pa.int64()
        if name in _BOOLEANS:
            return pa.bool_()
        return pa.float64() if name in _FLOATS else pa.string()

    fields = [pa.field(name, column_type(name)) for name in FLAT_COLUMNS]
    return pa.schema([*fields, pa.field("record", pa.string())])


def _batches(records: Iterable[EventRecord], size: int) -> Iterator[list[EventRecord]]:
    """Successive lists of up to ``size`` records."""
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch
