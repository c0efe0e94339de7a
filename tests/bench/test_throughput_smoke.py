"""End to end: bench/throughput.py codes a tiny JSONL corpus with the real model and Pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Invented for this test.
ARTICLES = [
    {
        "id": "smoke-1",
        "title": "Ministers meet in Vienna",
        "published": "2017-03-06",
        "text": "The foreign ministers of Austria and Slovenia met in Vienna on Monday. "
        "They agreed to open a joint border office next year.",
    },
    {
        "id": "smoke-2",
        "title": "Envoy recalled",
        "published": "2017-03-07",
        "text": "Peru recalled its ambassador from Caracas on Tuesday. "
        "The Peruvian government accused Venezuela of interfering in its elections. "
        "Venezuela denied the charge.",
    },
    {
        "id": "smoke-3",
        "title": "Aid pledged",
        "published": "2017-03-08",
        "text": "Japan pledged 20 million dollars in food aid to Yemen. "
        "The Japanese embassy said the first shipment would arrive within a month.",
    },
    {
        "id": "smoke-4",
        "title": "Talks stall",
        "published": None,
        "text": "Talks between Serbia and Kosovo stalled in Brussels. "
        "The European Union urged both sides to return to the table.",
    },
    {
        "id": "smoke-5",
        "title": "Sanctions threatened",
        "published": "2017-03-10",
        "text": "Canada threatened to impose sanctions on Myanmar over the treatment of refugees. "
        "Myanmar's foreign ministry rejected the criticism on Friday.",
    },
]


@pytest.mark.slow
def test_throughput_smoke_runs_both_measurements(tmp_path: Path) -> None:
    corpus = tmp_path / "smoke.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES), encoding="utf-8")
    out = tmp_path / "x.json"
    command = [sys.executable, "bench/throughput.py", "--corpus", str(corpus)]
    command += ["--json-out", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["runs"]) == {"spacy", "eventwire"}
    for result in report["runs"].values():
        assert result["articles"] == len(ARTICLES)
        assert result["articles_per_s"] > 0 and result["words_per_s"] > 0
        assert result["peak_rss_mb"] > 0
    assert report["runs"]["eventwire"]["events"] >= 0
    assert report["ratio"] > 0
    assert "| run | articles | words |" in done.stdout
