"""Take the README's screenshots of each dashboard view from a store of the bundled samples.

    make run                                   # codes samples/ into ./eventwire.db
    .venv/bin/python scripts/screenshots.py    # writes docs/screenshots/*.png

The store is copied to a temporary file first (the copy gets one demonstration review, so the
event view shows one), then served by the real app in a background thread and photographed
in Debian's Chromium (see bench/live_app.py). The dyad shown is the pair of countries with the
most events between them both ways, and the article the one with the most events.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: make bench and eventwire importable
    sys.path.insert(0, str(ROOT))

from bench.live_app import launch_chromium, serving, wait_rendered  # noqa: E402
from eventwire.store import Store  # noqa: E402

TOKEN = "screenshots"
VIEWPORT = {"width": 1440, "height": 960}


def main(argv: list[str] | None = None) -> int:
    """Copy the store, serve it, and save one PNG a view."""
    args = _parser().parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist: run `make run` first (it codes samples/ into ./eventwire.db)")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "screenshots.db"
        _copy_sqlite(args.db, copy)
        url = f"sqlite:///{copy}"
        with Store(url) as store:
            shots = _choose_views(store)
        _photograph(url, shots, args.out)
    return 0


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite store (its WAL included), via SQLite's backup API."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)


def _choose_views(store: Store) -> list[tuple[str, str, str]]:
    """(file name, hash route, view) of each screenshot, picked from what the store holds."""
    events = store.events()
    if not events:
        raise SystemExit("the store has no events: run `make run` first")
    per_article = Counter(event.article_id for event in events)
    article = per_article.most_common(1)[0][0]
    pairs = Counter(
        tuple(sorted((a.code, r.code)))
        for event in events for a in event.actor for r in event.recipient
        if a.code and r.code and a.code != r.code and len(a.code) == 3 and len(r.code) == 3
    )  # fmt: skip
    first, second = pairs.most_common(1)[0][0]
    reviewed = next(event for event in events if event.article_id == article)
    return [
        ("overview", "#/overview", "overview"),
        ("events", "#/events", "events"),
        ("dyad", f"#/dyad?actor={first}&recipient={second}&period=month", "dyad"),
        ("network", "#/network", "network"),
        ("map", "#/map", "map"),
        ("article", f"#/article/{article}", "article"),
        ("event", f"#/event/{reviewed.id}", "event"),
    ]


def _photograph(url: str, shots: list[tuple[str, str, str]], out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from eventwire.serve.app import create_app

    with serving(create_app(url, token=TOKEN)) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            for name, route, view in shots:
                if view == "event":
                    _review(page, base, route)
                page.goto(f"{base}/{route}")
                wait_rendered(page, view)
                if view == "overview":  # its top-actors card fills in after the charts
                    page.wait_for_selector(".top-actors")
                if view == "article":  # point at the first event, as a reader would
                    page.locator(".record").first.hover()
                page.screenshot(path=str(out / f"{name}.png"))
                print(f"wrote {out / name}.png")
        finally:
            browser.close()


def _review(page: Any, base: str, route: str) -> None:
    """Review the event through the page itself, as a user would, so the view shows a review."""
    page.goto(f"{base}/{route}")
    wait_rendered(page, "event")
    page.evaluate(f"localStorage.setItem('eventwire.reviewer', 'Ada Analyst'); localStorage.setItem('eventwire.token', {TOKEN!r})")
    page.check(".review-form input[value=correct]")
    page.fill(".review-form textarea[name=note]", "Checked against the article.")
    page.click(".review-form button[type=submit]")
    page.wait_for_selector(".notice.saved")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Save a PNG of each dashboard view.")
    parser.add_argument("--db", type=Path, default=ROOT / "eventwire.db", help="the SQLite store of the samples (default ./eventwire.db)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="where the PNGs go")
    return parser


if __name__ == "__main__":
    sys.exit(main())
