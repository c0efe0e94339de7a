"""End to end: bench/batch_scaling.py codes a tiny corpus with the real model on 1 and 2 workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Invented for this test.
ARTICLES = [
    {"id": "scale-1", "published": "2017-03-06",
     "text": "The foreign ministers of Austria and Slovenia met in Vienna on Monday."},
    {"id": "scale-2", "published": "2017-03-07",
     "text": "Peru recalled its ambassador from Caracas. Venezuela denied the charge."},
    {"id": "scale-3", "published": "2017-03-08",
     "text": "Japan pledged 20 million dollars in food aid to Yemen."},
    {"id": "scale-4", "published": None,
     "text": "Canada threatened to impose sanctions on Myanmar over the treatment of refugees."},
    {"id": "scale-5", "published": "2017-03-10", "text": "Talks between Serbia and Kosovo stalled in Brussels."},
]  # fmt: skip


@pytest.mark.slow
def test_batch_scaling_smoke_codes_on_one_and_two_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "smoke.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES), encoding="utf-8")
    out = tmp_path / "x.json"
    command = [sys.executable, "bench/batch_scaling.py", "--corpus", str(corpus), "--limit", "4"]
    command += ["--partition-size", "2", "--json-out", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [run["workers"] for run in report["runs"]] == [1, 2]
    for run in report["runs"]:
        assert run["articles"] == 4 and run["partitions"] == 2 and run["events"] > 0
        assert run["articles_per_s"] > 0 and run["peak_rss_mb"] and min(run["peak_rss_mb"]) > 100
    assert report["runs"][1]["efficiency"] > 0
