"""How the command line shows things: event tables, JSONL/CSV on stdout, stats, progress."""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from eventwire.records import Entity, EventRecord

OUTPUT_FORMATS = ("table", "jsonl", "csv")
console_err = Console(stderr=True)


def print_records(records: Iterable[EventRecord], fmt: str) -> None:
    """Write records to standard output as a table, PLOVER JSONL or flat CSV."""
    if fmt == "jsonl":
        for record in records:
            sys.stdout.write(record.model_dump_json() + "\n")
    elif fmt == "csv":
        from eventwire.export import FLAT_COLUMNS, flatten

        writer = csv.DictWriter(sys.stdout, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
        writer.writeheader()  # even with no events, so readers see the columns
        writer.writerows(flatten(record) for record in records)
    else:
        Console(width=max(Console().width, 140)).print(events_table(list(records)))


def events_table(records: list[EventRecord]) -> Table:
    """A readable table: one row per event, with the trigger and a piece of evidence."""
    table = Table(title=f"{len(records)} event(s)", show_lines=False)
    for column in ("date", "event", "mode", "actor", "recipient", "modality", "cameo", "conf", "trigger", "article"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            record.date or "-", record.event, record.mode or "", _entities(record.actor),
            _entities(record.recipient), record.modality, record.cameo, f"{record.confidence:.2f}",
            record.evidence.trigger, record.article_id,
        )  # fmt: skip
    return table


def print_stats(stats: dict) -> None:
    """The store summary as small tables."""
    console = Console()
    for key, value in stats.items():
        if isinstance(value, dict):
            table = Table(title=key.replace("_", " "))
            table.add_column("value")
            table.add_column("count", justify="right")
            for name, count in value.items():
                table.add_row(str(name), str(count))
            console.print(table)
        elif isinstance(value, list):
            console.print(f"{key.replace('_', ' ')}: " + ", ".join(map(str, value)))
        else:
            console.print(f"{key.replace('_', ' ')}: {value}")


@contextlib.contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error when it is a terminal; otherwise silent."""
    if not console_err.is_terminal or total < 2:
        yield lambda: None
        return
    with Progress(console=console_err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _entities(entities: list[Entity]) -> str:
    return ", ".join(f"{e.cameo_code or e.code or '?'} ({e.text})" for e in entities) or "-"
