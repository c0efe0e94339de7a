"""bench/throughput.py: the report helpers, and the two children run with a blank model."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import spacy

from bench.throughput import ROOT, default_json_path, render_table

STAND_IN = "tests/bench/standin_pipeline.py:StandInPipeline"


def _run(words: int, seconds: float, **extra: Any) -> dict[str, Any]:
    """One run's result as a child writes it (only the fields the table reads)."""
    return {
        "articles": 10, "words": words, "seconds": seconds, "articles_per_s": 10 / seconds,
        "words_per_s": words / seconds, "peak_rss_mb": 600.0, "load_seconds": 2.0, **extra,
    }  # fmt: skip


def test_throughput_render_table_shows_runs_ratio_and_events() -> None:
    report = {
        "corpus": {"source": "x.jsonl"},
        "settings": {"batch_size": 32},
        "runs": {
            "spacy": _run(5000, 2.0),
            "eventwire": _run(5000, 4.0, events=25, events_per_article=2.5),
        },
        "ratio": 0.5,
    }
    table = render_table(report)
    assert "| spaCy `nlp.pipe` | 10 | 5,000 | 2.00 | 5.00 | 2,500 | 600 |" in table
    assert "| eventwire `extract_many` | 10 | 5,000 | 4.00 | 2.50 | 1,250 | 600 |" in table
    assert "eventwire / spaCy: 0.500" in table
    assert "Events coded: 25 (2.50 per article)" in table


def test_throughput_default_json_path_is_dated() -> None:
    path = default_json_path(dt.date(2017, 3, 6))
    assert path == ROOT / "bench" / "results" / "throughput-2017-03-06.json"


def test_throughput_runs_each_measurement_in_a_child(tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "blank")
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": f"a{n}", "text": f"Envoys from {n} states met in Geneva."} for n in range(3)]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "r.json"
    command = [sys.executable, "bench/throughput.py", "--corpus", str(corpus), "--limit", "2"]
    command += ["--json-out", str(out), "--pipeline", STAND_IN, "--batch-size", "1"]
    env = {**os.environ, "EVENTWIRE_MODEL": str(tmp_path / "blank")}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["corpus"]["articles"] == 2
    assert report["corpus"]["words"] == 14
    spacy_run, coded = report["runs"]["spacy"], report["runs"]["eventwire"]
    assert spacy_run["articles"] == coded["articles"] == 2
    assert spacy_run["words"] == coded["words"] == 14
    assert coded["events"] == 0 and coded["events_by_type"] == {}
    assert 0 < coded["parse_seconds"] <= coded["seconds"]
    assert report["ratio"] > 0
    assert spacy_run["peak_rss_mb"] > 0 and coded["peak_rss_mb"] > 0


def test_throughput_render_table_reports_a_failed_run() -> None:
    report = {
        "corpus": {"source": "x.jsonl"},
        "settings": {"batch_size": 32},
        "runs": {"spacy": _run(5000, 2.0), "eventwire": {"failed": "exit status 1"}},
        "ratio": None,
    }
    table = render_table(report)
    assert "| spaCy `nlp.pipe` |" in table and "| eventwire" not in table
    assert "The eventwire run FAILED (exit status 1)" in table
    assert "ratio" not in table


def test_throughput_keeps_the_report_when_a_run_fails(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Envoys met."}\n', encoding="utf-8")
    out = tmp_path / "r.json"
    command = [sys.executable, "bench/throughput.py", "--corpus", str(corpus), "--only"]
    command += ["eventwire", "--pipeline", "no_such_module:Pipeline", "--json-out", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "No module named 'no_such_module'" in done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["runs"] == {"eventwire": {"failed": "exit status 1"}}
    assert report["ratio"] is None
