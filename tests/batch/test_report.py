"""The batch run's one summary line and its problem lines."""

from __future__ import annotations

from eventwire.batch import BatchSummary, Rejected, problem_lines, summary_line


def test_report_summary_line_of_a_run_that_coded() -> None:
    summary = BatchSummary(partitions=5, coded=3, skipped=2, articles=600, events=1234, loaded=1000,
                           workers=2, code_seconds=100.0, seconds=110.0)  # fmt: skip
    line = summary_line(summary, "sqlite:///x.db")
    assert line == (
        "batch: 3 partition(s) coded, 2 skipped (finished before); 600 article(s), 1,234 event(s) coded "
        "on 2 worker(s); 110.0 s in all, coding 100.0 s at 6.00 articles/s; 1,000 article(s) stored in "
        "sqlite:///x.db (0 near-duplicate(s) linked)"
    )
    assert "\n" not in line


def test_report_summary_line_with_nothing_left_to_code() -> None:
    line = summary_line(BatchSummary(partitions=2, skipped=2, seconds=0.5), None)
    assert line == "batch: 0 partition(s) coded, 2 skipped (finished before); nothing left to code; 0.5 s in all"


def test_report_problem_lines_name_each_article_and_partition() -> None:
    summary = BatchSummary(
        rejected=[("part-00001-ab", Rejected("story-4", "ValueError: bad"))],
        failed=["partition part-00002-cd: KilledWorker: it died"], repeated_ids=2,
    )  # fmt: skip
    assert problem_lines(summary) == [
        "could not code article 'story-4' (part-00001-ab): ValueError: bad",
        "partition part-00002-cd: KilledWorker: it died (its articles are not stored; run again to retry)",
        "2 article(s) repeated an earlier id; the last copy of each was kept",
    ]
