"""bench/batch_scaling.py: the table, and a whole run on 1 then 2 workers with a stand-in coder."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.batch_scaling import ROOT, default_json_path, render_table

STAND_IN = "tests.batch.standin_coder:StandInCoder"


def _run(workers: int, rate: float, efficiency: float | None) -> dict[str, Any]:
    """One run as the benchmark reports it."""
    return {
        "workers": workers, "partitions": 4, "articles": 100, "events": 250, "code_seconds": 100 / rate,
        "articles_per_s": rate, "efficiency": efficiency, "start_seconds": 6.0,
        "peak_rss_mb": [900.0] * workers, "cpu_seconds": [50.0] * workers, "cpu_share": 0.97,
        "failed": [], "rejected": [],
    }  # fmt: skip


def test_batch_scaling_render_table() -> None:
    report = {
        "corpus": {"source": "x.jsonl", "articles": 100, "words": 5000},
        "settings": {"partition_size": 25},
        "runs": [_run(1, 4.0, 1.0), {**_run(2, 7.0, 0.875), "failed": ["partition part-00003-x: KilledWorker"]}],
    }
    table = render_table(report)
    assert "| 1 | 4 | 100 | 250 | 25.0 | 4.00 | 1.00 | 6.0 | 900 | 50 | 0.97 |" in table
    assert "| 2 | 4 | 100 | 250 | 14.3 | 7.00 | 0.88 | 6.0 | 900, 900 | 50, 50 | 0.97 |" in table
    assert "2 worker(s): partition part-00003-x: KilledWorker" in table


def test_batch_scaling_default_json_path_is_dated() -> None:
    path = default_json_path(dt.date(2017, 3, 6))
    assert path == ROOT / "bench" / "results" / "batch-scaling-2017-03-06.json"


def test_batch_scaling_runs_one_then_two_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": f"a{n}", "text": f"Envoys from {n} states met in Geneva."} for n in range(5)]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "r.json"
    command = [sys.executable, "bench/batch_scaling.py", "--corpus", str(corpus), "--limit", "4"]
    command += ["--partition-size", "1", "--coder", STAND_IN, "--json-out", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["corpus"]["articles"] == 4
    one, two = report["runs"]
    assert (one["workers"], two["workers"]) == (1, 2)
    for run in (one, two):
        assert (run["partitions"], run["articles"], run["events"]) == (4, 4, 4)
        assert run["articles_per_s"] > 0 and all(mb > 0 for mb in run["peak_rss_mb"])
        assert run["cpu_share"] > 0
    assert len(two["peak_rss_mb"]) == 2 and one["efficiency"] == 1.0 and two["efficiency"] > 0
    assert "| workers | partitions |" in done.stdout
