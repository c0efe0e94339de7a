"""What a batch run tells its user: one summary line, and one line per problem."""

from __future__ import annotations

from eventwire.batch.driver import BatchSummary


def summary_line(summary: BatchSummary, store_url: str | None) -> str:
    """The run in one line: partitions coded and skipped, articles, events, time and rate."""
    failed = f", {len(summary.failed)} FAILED" if summary.failed else ""
    line = f"batch: {summary.coded} partition(s) coded, {summary.skipped} skipped (finished before){failed}; "
    if summary.coded or summary.failed:
        line += (
            f"{summary.articles:,} article(s), {summary.events:,} event(s) coded on {summary.workers} worker(s); "
            f"{summary.seconds:.1f} s in all, coding {summary.code_seconds:.1f} s at {summary.articles_per_s:.2f} articles/s"
        )
    else:
        line += f"nothing left to code; {summary.seconds:.1f} s in all"
    if store_url is not None:
        line += f"; {summary.loaded:,} article(s) stored in {store_url} ({summary.duplicates} near-duplicate(s) linked)"
    return line


def problem_lines(summary: BatchSummary) -> list[str]:
    """One line per rejected article and per failed partition, and for repeated ids."""
    lines = [f"could not code article {r.article_id!r} ({name}): {r.reason}" for name, r in summary.rejected]
    lines += [f"{failure} (its articles are not stored; run again to retry)" for failure in summary.failed]
    if summary.repeated_ids:
        lines.append(f"{summary.repeated_ids} article(s) repeated an earlier id; the last copy of each was kept")
    return lines
