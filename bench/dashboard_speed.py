"""How fast the dashboard's overview and event table render on a big store, in a real browser.

    python bench/dashboard_speed.py [--events N] [--loads N] [--db PATH] [--fresh] [--json FILE]

1. **Store.** A SQLite store of ``--events`` synthetic events (default 100,000), filled by
   ``bench/store_scale.py``'s bulk loader from the seeded world of ``bench/store_synth.py``.
   A file filled earlier with the same size and seed is reused (``--fresh`` refills it).
2. **Server.** The real app (``create_app``) served by uvicorn in a background thread.
3. **Loads.** Debian's Chromium (Playwright) opens, in a new browser context each time (so
   nothing is cached), the overview ``/#/overview`` and the event table ``/#/events``, ``--loads``
   times each after one untimed warm-up, and a plain static page of the same server (a text
   file) as the baseline. A view's time is ``document.body.dataset.renderedAt``: milliseconds
   from the start of the navigation until the view has drawn its charts or table (the app sets
   it in the next animation frame), so the browser's own start-up is not counted. The baseline
   is that page's ``loadEventEnd`` from the Navigation Timing API. The API calls' own durations
   (Resource Timing) are reported beside, to tell server time from drawing time.

Prints a Markdown table (p50 / p95 / max ms, ratio of p50 to the baseline's p50, and whether
p95 is within the 1 s budget) and writes it all to ``bench/results/dashboard-speed-<date>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: make eventwire importable
    sys.path.insert(0, str(ROOT))

from bench.live_app import launch_chromium, serving, wait_rendered  # noqa: E402
from bench.store_scale import _SQLite  # noqa: E402
from bench.throughput import positive_int, write_report  # noqa: E402

DESCRIPTION = "Dashboard render time (overview, event table) on a big SQLite store, in Chromium."
DEFAULT_DIR = Path("/tmp/eventwire-bench")
BUDGET_MS = 1000.0
VIEWS = {"overview": "#/overview", "events": "#/events"}
BASELINE_PATH = "/static/vendor/d3.LICENSE.txt"  # a small static file the same server serves


def main(argv: list[str] | None = None) -> int:
    """Fill (or reuse) the store, measure, print the table and write the JSON."""
    args = _parser().parse_args(argv)
    report = run_benchmark(args)
    print(render_table(report))
    write_report(report, args.json or ROOT / "bench" / "results" / f"dashboard-speed-{dt.date.today().isoformat()}.json")
    return 0


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """The report: the store, each view's timings and the baseline's, as JSON-ready data."""
    from playwright.sync_api import sync_playwright

    from eventwire.serve.app import create_app

    backend = _SQLite(args.db or DEFAULT_DIR / f"dashboard-{args.events}.db")
    _say(f"store {backend.where}")
    fill = backend.fill(args.events, args.seed, reuse=not args.fresh, days=args.days)
    backend.prewarm()  # a running server has its database in the page cache
    with serving(create_app(backend.url())) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            baseline = _measure(browser, args.loads, lambda page: _load_static(page, base + BASELINE_PATH))
            views = {view: _measure(browser, args.loads, lambda page, v=view: _load_view(page, base, v)) for view in VIEWS}
        finally:
            browser.close()
    return {
        "benchmark": "dashboard_speed",
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "settings": {"events": args.events, "loads": args.loads, "seed": args.seed, "budget_ms": BUDGET_MS},
        "store": {"path": backend.where, "rows": fill["rows"], "reused": fill.get("reused", False)},
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_average": list(os.getloadavg())},  # fmt: skip
        "baseline": baseline,
        "views": views,
    }


def _measure(browser: Any, loads: int, load_once: Any) -> dict[str, Any]:
    """Run ``load_once`` in a fresh context once untimed, then ``loads`` times; the summary."""
    samples: list[dict[str, float]] = []
    for attempt in range(loads + 1):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        try:
            sample = load_once(context.new_page())
        finally:
            context.close()
        if attempt:  # the first load warms the server and the browser's code cache
            samples.append(sample)
    totals = [sample["ms"] for sample in samples]
    summary = _summary(totals)
    api = [sample["api_ms"] for sample in samples if "api_ms" in sample]
    if api:
        summary["api"] = _summary(api)
    summary["samples_ms"] = totals
    return summary


def _load_view(page: Any, base: str, view: str) -> dict[str, float]:
    """Open one view; ms from navigation start until it has rendered, and its API calls' ms."""
    page.goto(f"{base}/{VIEWS[view]}")
    wait_rendered(page, view, timeout_ms=60_000)
    rendered = float(page.evaluate("document.body.dataset.renderedAt"))
    api = page.evaluate(
        "performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))"
        ".reduce((longest, entry) => Math.max(longest, entry.duration), 0)"
    )
    return {"ms": rendered, "api_ms": float(api)}


def _load_static(page: Any, url: str) -> dict[str, float]:
    """Open a static file; ms from navigation start to its load event's end."""
    page.goto(url, wait_until="load")
    end = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    return {"ms": float(end)}


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
    }


def render_table(report: dict[str, Any]) -> str:
    """The report as a Markdown table."""
    rows = report["store"]["rows"]
    base = report["baseline"]["p50_ms"]
    lines = [
        (f"{rows['events']:,} events ({rows['articles']:,} articles) in SQLite, {report['settings']['loads']} timed loads "
         f"each in a fresh browser context; load average {report['machine']['load_average'][0]:.2f} "
         f"on {report['machine']['cpus']} CPUs"),
        "",
        "| page | p50 ms | p95 ms | max ms | slowest API call p50 ms | p50 / baseline | p95 within 1 s |",
        "|---|---:|---:|---:|---:|---:|---|",
        f"| baseline: static file `{BASELINE_PATH}` | {base:.0f} | {report['baseline']['p95_ms']:.0f} | "
        f"{report['baseline']['max_ms']:.0f} | | 1.0 | |",
    ]
    for view, result in report["views"].items():
        ok = "yes" if result["p95_ms"] < report["settings"]["budget_ms"] else "**no**"
        lines.append(f"| `{VIEWS[view]}` rendered | {result['p50_ms']:.0f} | {result['p95_ms']:.0f} | {result['max_ms']:.0f} | "
                     f"{result['api']['p50_ms']:.0f} | {result['p50_ms'] / max(base, 0.1):.1f} | {ok} |")  # fmt: skip
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    add = parser.add_argument
    add("--events", type=positive_int, default=100_000, metavar="N", help="events in the store")
    add("--loads", type=positive_int, default=10, metavar="N", help="timed loads of each page")
    add("--db", type=Path, metavar="PATH", help=f"the SQLite file (default {DEFAULT_DIR}/dashboard-N.db)")
    add("--fresh", action="store_true", help="refill the store even if one of this size and seed exists")
    add("--seed", type=int, default=2024, help="seed of the synthetic world")
    add("--days", type=positive_int, metavar="N", help="squeeze the world's five years into N days (for tests)")
    add("--json", type=Path, metavar="FILE", help="where the JSON goes (default bench/results/dashboard-speed-DATE.json)")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
