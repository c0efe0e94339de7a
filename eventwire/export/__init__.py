"""Exports of event records: PLOVER JSONL, flat CSV and Parquet, written atomically."""

from __future__ import annotations

from eventwire.export.flat import FLAT_COLUMNS, flatten
from eventwire.export.formats import FORMATS, export
from eventwire.export.writers import write_csv, write_jsonl, write_parquet

__all__ = [
    "FLAT_COLUMNS",
    "FORMATS",
    "export",
    "flatten",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
