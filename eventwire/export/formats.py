"""Choosing an export writer by the name of its format."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventwire.errors import InputError
from eventwire.export.output import Target
from eventwire.export.writers import write_csv, write_jsonl, write_parquet
from eventwire.records import EventRecord

Writer = Callable[[Iterable[EventRecord], Target], int]

WRITERS: dict[str, Writer] = {
    "plover-jsonl": write_jsonl,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
}
FORMATS = tuple(WRITERS)


def export(records: Iterable[EventRecord], fmt: str, path: Target) -> int:
    """Write ``records`` in format ``fmt`` to ``path`` (or an open stream).

    Args:
        records: the events to write.
        fmt: "plover-jsonl" (or "jsonl"), "csv" or "parquet".
        path: where to write; a file appears only once the export is complete.

    Returns:
        The number of records written.

    Raises:
        InputError: an unknown format, or a file that cannot be written.
    """
    writer = WRITERS.get(fmt.lower())
    if writer is None:
        raise InputError(
            "--format", f"unknown format {fmt!r} (expected plover-jsonl, csv or parquet)"
        )
    return writer(records, path)
