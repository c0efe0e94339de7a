"""The read stage: input sources (text, HTML, JSONL, CSV files, folders, stdin) to Articles."""

from __future__ import annotations

from eventwire.read.dates import parse_date_option, read_dates_file
from eventwire.read.decode import MAX_INPUT_BYTES
from eventwire.read.source import read_source

__all__ = ["MAX_INPUT_BYTES", "parse_date_option", "read_dates_file", "read_source"]
