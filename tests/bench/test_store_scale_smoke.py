"""End to end: bench/store_scale.py fills a tiny SQLite store, queries it and times Store.save.

Only sanity is checked (rows found, rates measured), never how fast: CI machines vary.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.store_scale import QUERIES

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = tmp_path / "report.json"
    command = [sys.executable, "bench/store_scale.py", "--events", "5000", "--queries", "5", "--warmup", "2",
               "--ingest", "8", "--db", str(tmp_path / "filled.db"), "--json", str(out), *extra]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done, json.loads(out.read_text(encoding="utf-8"))


def test_store_scale_smoke_fills_queries_ingests_and_reuses(tmp_path: Path) -> None:
    done, report = run(tmp_path)
    sqlite = report["backends"]["sqlite"]
    assert sqlite["fill"]["rows"]["events"] == 5000 and not sqlite["fill"]["reused"]
    assert sqlite["fill"]["rows"]["event_clusters"] > 0
    for kind in QUERIES:  # every query is drawn around a stored event, so each finds some
        result = sqlite["queries"][kind]
        assert result["queries"] == 5 and result["empty"] == 0 and result["rows_min"] >= 1, kind
        assert result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]
    for target in ("empty", "filled"):
        assert sqlite["ingest"][target]["articles"] == 8 and sqlite["ingest"][target]["events_per_s"] > 0
    assert report["ingest_ratio_postgresql_sqlite"] is None  # no --postgres
    assert "| `dyad_series(actor, recipient, since, until)` p50 / p95 / max ms |" in done.stdout

    # Ingesting into the filled store put it back as it was: it is reused, and the same data and
    # seed draw the same queries, which find the same rows.
    _, again = run(tmp_path, "--reuse")
    reused = again["backends"]["sqlite"]
    assert reused["fill"]["reused"] and reused["fill"]["rows"] == sqlite["fill"]["rows"]
    for kind in QUERIES:
        assert reused["queries"][kind]["rows_mean"] == sqlite["queries"][kind]["rows_mean"], kind
