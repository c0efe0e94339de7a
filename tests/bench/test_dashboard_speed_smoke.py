"""End to end: bench/dashboard_speed.py fills a tiny store, serves it and times the dashboard.

Only sanity is checked (every load rendered and was timed, the table printed), never how fast:
CI machines vary.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.live_app import chromium_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.browser
@pytest.mark.skipif(chromium_path() is None, reason="no chromium command: apt-get install chromium (.ci/run does)")
def test_dashboard_speed_smoke_times_overview_and_table(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    command = [sys.executable, "bench/dashboard_speed.py", "--events", "2000", "--days", "90", "--loads", "2",
               "--db", str(tmp_path / "store.db"), "--json", str(out)]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["store"]["rows"]["events"] == 2000
    for view in ("overview", "events"):
        result = report["views"][view]
        assert len(result["samples_ms"]) == 2 and all(ms > 0 for ms in result["samples_ms"])
        assert 0 < result["api"]["p50_ms"] <= result["p50_ms"]
    assert report["baseline"]["p50_ms"] > 0
    assert "| `#/overview` rendered |" in done.stdout and "| `#/events` rendered |" in done.stdout
