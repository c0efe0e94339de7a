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
    for column in ("date", "event", "cameo", "actor", "recipient", "modality", "conf", "trigger", "article"):
        table.add_column(column, overflow="fold", no_wrap=column in {"date", "cameo", "conf", "article"})
    for record in records:
        event = f"{record.event} {record.mode}" if record.mode else record.event
        table.add_row(
            record.date or "-", event, record.cameo, _entities(record.actor),
            _entities(record.recipient), record.modality, f"{record.confidence:.2f}",
            record.evidence.trigger, record.article_id[:24],
        )  # fmt: skip
    return table


QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def print_stats(stats: dict) -> None:
    """The store summary: totals on one line, then counts side by side."""
    console = Console()
    dates = stats.get("date_range") or {}
    span = f", dated {dates.get('first')} to {dates.get('last')}" if dates.get("first") else ""
    console.print(f"{stats['articles']} article(s), {stats['events']} event(s){span}")
    grid = Table.grid(padding=(0, 4))
    tables = [
        _counts("event type", stats.get("by_event", {})),
        _counts("modality", stats.get("by_modality", {})),
        _counts("quad class", {f"{k} {QUAD_NAMES.get(int(k), '')}": v for k, v in stats.get("by_quad", {}).items()}),
        _counts("actors", stats.get("top_actors", {})),
    ]
    grid.add_row(*tables)
    console.print(grid)


def _counts(title: str, counts: dict) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None)
    table.add_column(title)
    table.add_column("events", justify="right")
    for name, count in counts.items():
        table.add_row(str(name), str(count))
    return table


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
    def short(text: str) -> str:
        return text if len(text) <= 28 else text[:27] + "…"

    return ", ".join(f"{e.cameo_code or e.code or '?'} {short(e.text)}" for e in entities) or "-"
