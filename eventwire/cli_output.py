"""How the command line shows things: event tables, JSONL/CSV on stdout, stats, progress."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from eventwire.records import ActorMention, Entity, EventRecord, Quote

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


def print_clusters(clusters: list) -> None:
    """Event clusters as a table: one row per occurrence, with its counts."""
    table = Table(title=f"{len(clusters)} cluster(s)", show_lines=False)
    for column in ("date", "event", "actor", "recipient", "modality", "where", "mentions", "articles", "outlets",
                   "sources", "first seen", "cluster"):  # fmt: skip
        table.add_column(column, overflow="fold", no_wrap=column in {"date", "first seen", "cluster"})
    for cluster in clusters:
        record = cluster.record
        table.add_row(
            _date(record), record.event, _codes(record.actor), _codes(record.recipient),
            record.modality + (" (linked)" if cluster.linked_clusters else ""), _place(record),
            str(cluster.num_mentions), str(cluster.num_articles), str(cluster.num_outlets),
            str(cluster.num_independent_sources), str(cluster.first_seen or "-"), cluster.id,
        )  # fmt: skip
    Console(width=max(Console().width, 160)).print(table)


def _codes(entities: list[Entity]) -> str:
    return ", ".join(e.cameo_code or e.code or e.text for e in entities) or "-"


def events_table(records: list[EventRecord]) -> Table:
    """A readable table: one row per event, with the trigger and a piece of evidence."""
    table = Table(title=f"{len(records)} event(s)", show_lines=False)
    for column in ("date", "event", "cameo", "actor", "recipient", "modality", "where", "conf", "trigger", "article"):
        table.add_column(column, overflow="fold", no_wrap=column in {"date", "cameo", "conf", "article"})
    for record in records:
        event = f"{record.event} {record.mode}" if record.mode else record.event
        table.add_row(
            _date(record), event, record.cameo, _entities(record.actor),
            _entities(record.recipient), record.modality, _place(record), f"{record.confidence:.2f}",
            record.evidence.trigger, record.article_id[:24],
        )  # fmt: skip
    return table


def _date(record: EventRecord) -> str:
    """The date with how it was found: "2025-11-19 (rel)", "2025-11-18 (pub)"."""
    if not record.date:
        return "-"
    basis = {"explicit": "", "relative": " (rel)", "publication": " (pub)"}.get(record.date_basis, "")
    return f"{record.date}{basis}"


def _place(record: EventRecord) -> str:
    """ "Istanbul, TUR"; a sea or a region across countries by its name alone."""
    place = record.location
    if place is None:
        return "-"
    return f"{place.name}, {place.country}" if place.country else place.name


def print_mentions(mentions: Iterable[ActorMention], fmt: str) -> None:
    """Actor mentions as JSON lines or a table."""
    mentions = list(mentions)
    rows = [(m.article_id[:24], str(m.start), m.text, m.cameo_code or "-", m.name or "", m.office or "", m.how)
            for m in mentions]  # fmt: skip
    _print_lines_or_table(mentions, fmt, "actor mention(s)", ("article", "at", "text", "code", "name", "office", "how"), rows)


def print_quotes(quotes: Iterable[Quote], fmt: str) -> None:
    """Statements and their speakers as JSON lines or a table."""
    quotes = list(quotes)
    rows = [
        (q.article_id[:24], str(q.start), q.speaker_text or "-",
         q.speaker.cameo_code if q.speaker and q.speaker.cameo_code else "-",
         q.verb, f"“{q.text}”" if q.direct else q.text, q.outlet or "")
        for q in quotes
    ]  # fmt: skip
    _print_lines_or_table(quotes, fmt, "statement(s)", ("article", "at", "speaker", "code", "verb", "said", "outlet"), rows)


def _print_lines_or_table(items: Iterable, fmt: str, noun: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Records as JSON lines, or rows as a wide table (article, offset and code never wrap)."""
    if fmt == "jsonl":
        for item in items:
            sys.stdout.write(item.model_dump_json() + "\n")
        return
    table = Table(title=f"{len(rows)} {noun}")
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in {"article", "at", "code"})
    for row in rows:
        table.add_row(*row)
    Console(width=max(Console().width, 140)).print(table)


def print_unresolved(rows: list[tuple[str, int, int]], fmt: str) -> None:
    """The unresolved actor strings of a store, most frequent first."""
    if fmt == "jsonl":
        for text, count, articles in rows:
            sys.stdout.write(json.dumps({"text": text, "mentions": count, "articles": articles}) + "\n")
        return
    table = Table(title="unresolved actors, most frequent first")
    for column in ("text", "mentions", "articles"):
        table.add_column(column, justify="left" if column == "text" else "right")
    for text, count, articles in rows:
        table.add_row(text, str(count), str(articles))
    Console().print(table)


def print_scores(scores: list, misses: int = 0) -> None:
    """Accuracy per evaluated set, and optionally some of the cases each got wrong."""
    from eventwire.evaluate.actors import score_rows

    table = Table(title="actor resolution")
    rows = list(score_rows(scores))
    for column in rows[0] if rows else []:
        table.add_column(column, justify="left" if column == "set" else "right")
    for row in rows:
        table.add_row(*(str(value) for value in row.values()))
    Console().print(table)
    for score in scores:
        for case, codes, sector in score.misses[:misses]:
            expected = "|".join(sorted(case.codes)) or "-"
            found = "|".join(sorted(codes)) or "-"
            print(f"{score.name} {case.id}: {case.mention!r} expected {expected} {case.sector or '-'}, "
                  f"got {found} {sector or '-'} [{case.note}]")


def print_event_scores(scores: list, types: bool = False, misses: int = 0) -> None:
    """Event-coding scores per suite; per-type figures and wrong cases on request."""
    from eventwire.evaluate.events import score_rows, type_rows

    console = Console()
    console.print(_table("event coding", list(score_rows(scores))))
    for score in scores:
        if types:
            console.print(_table(f"{score.name}: per type", list(type_rows(score))))
        for line in score.misses[:misses]:
            print(f"{score.name} {line}")


def _table(title: str, rows: list[dict]) -> Table:
    table = Table(title=title)
    for column in rows[0] if rows else []:
        table.add_column(column, justify="left" if column in {"suite", "type", "set"} else "right")
    for row in rows:
        table.add_row(*(str(value) for value in row.values()))
    return table


def print_when_where_scores(scores: list, misses: int = 0) -> None:
    """Date and place accuracy per test set, and optionally some of the cases each got wrong."""
    console = Console(width=max(Console().width, 140))
    rows = [
        {"set": score.name, "kind": kind, "cases": score.cases, "right": score.right,
         "accuracy": f"{score.accuracy:.1%}",
         "also basis/precision": f"{score.extra_right / score.cases:.1%}" if score.cases else "-"}
        for kind, score in scores
    ]  # fmt: skip
    console.print(_table("dates (date and precision) and places (country and name)", rows))
    for kind, score in scores:
        for case, got in score.misses[:misses]:
            expected = case.get("date") if kind == "dates" else case.get("place")
            found = (got.date, got.precision) if kind == "dates" else (got and (got.name, got.country, got.precision))
            console.print(f"[bold]{case.get('id')}[/bold] {case['sentence']} [dim](trigger {case['trigger']!r})[/dim]\n"
                          f"    expected {expected}  got {found}")  # fmt: skip


def print_cluster_scores(scores: list) -> None:
    """Pairwise precision, recall and F1 of event clusters per story set."""
    rows = [
        {"set": score.name, "how": how, "mentions scored": f"{score.mentions}/{score.gold_mentions}",
         "clusters": score.clusters, "gold clusters": score.gold_clusters, "precision": f"{score.precision:.3f}",
         "recall": f"{score.recall:.3f}", "F1": f"{score.f1:.3f}"}
        for how, score in scores
    ]  # fmt: skip
    Console(width=max(Console().width, 120)).print(_table("event clusters, scored by pairs of mentions", rows))


QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def print_stats(stats: dict) -> None:
    """The store summary: totals on one line, then counts side by side."""
    console = Console()
    dates = stats.get("date_range") or {}
    span = f", dated {dates.get('first')} to {dates.get('last')}" if dates.get("first") else ""
    duplicates = f" ({stats['duplicates']} near-duplicates of others)" if stats.get("duplicates") else ""
    clusters = f" in {stats['clusters']} cluster(s)" if stats.get("clusters") else ""
    console.print(f"{stats['articles']} article(s){duplicates}, {stats['events']} event(s){clusters}{span}")
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
        if not text:
            return "(implied)"  # a party no words name, that the story implies
        return text if len(text) <= 28 else text[:27] + "…"

    return ", ".join(f"{e.cameo_code or e.code or '?'} {short(e.text)}" for e in entities) or "-"


def print_classifier_score(count: int, accuracy: float, per_label: dict[str, tuple[int, int]]) -> None:
    """The classifier's accuracy, overall and per label."""
    table = Table(title=f"classifier: {count} sentence(s), accuracy {accuracy:.1%}")
    table.add_column("label")
    table.add_column("right", justify="right")
    table.add_column("sentences", justify="right")
    table.add_column("accuracy", justify="right")
    for label, (right, total) in sorted(per_label.items()):
        table.add_row(label, str(right), str(total), f"{right / total:.0%}")
    Console().print(table)
