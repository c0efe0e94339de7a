"""``eventwire batch``: bad inputs give one line and a non-zero status; the bundled samples
coded on two workers give the store that ``eventwire ingest`` gives (slow: the real model)."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from clirun import Result
from eventwire.batch import cluster
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES, DATES = str(ROOT / "samples"), str(ROOT / "samples" / "published.tsv")
STORY = str(ROOT / "samples" / "01_somalia_shabaab_clashes.txt")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _rows(path: Path, query: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def _one_line_error(result: Result, *expected: str) -> None:
    assert result.code != 0
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: "), result.err
    assert "Traceback" not in result.err
    for words in expected:
        assert words in lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--scheduler", "yarn"], ["--scheduler: unknown form 'yarn'", "tcp://HOST:PORT"]),
        (["--scheduler", "local:0"], ["--scheduler: 'local:0'", "at least 1"]),
        (["--scheduler", "local:1", "--partition-size", "0"], ["--partition-size"]),
        ([], ["Missing option '--scheduler'"]),
    ],
)
def test_command_batch_bad_options(cli: Callable[..., Result], args: list[str], expected: list[str]) -> None:
    _one_line_error(cli("batch", STORY, "--no-store", *args), *expected)


def test_command_batch_unreachable_scheduler(cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    _one_line_error(cli("batch", STORY, "--scheduler", address, "--no-store"), f"{address}: cannot reach the Dask scheduler")


def test_command_batch_out_that_cannot_be_written(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    result = cli("batch", STORY, "--scheduler", "local:1", "--out", "taken", "--no-store")
    _one_line_error(result, "taken: cannot write the batch output there")


def test_command_batch_no_articles(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")  # its one record has no text
    result = cli("batch", "bad.jsonl", "--scheduler", "local:1", "--no-store")
    assert result.code == 1
    assert result.err.strip().splitlines()[-1] == "eventwire: error: bad.jsonl: no articles to code"


@pytest.mark.parametrize("missing", ["nothere.txt", "empty-folder"])
def test_command_batch_missing_input(cli: Callable[..., Result], tmp_path: Path, missing: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    _one_line_error(cli("batch", missing, "--scheduler", "local:1", "--no-store"), missing)


@pytest.mark.slow
def test_command_batch_stores_what_ingest_stores(cli: Callable[..., Result], tmp_path: Path) -> None:
    batch = ["batch", SAMPLES, "--dates", DATES, "--scheduler", "local:2", "--partition-size", "5"]
    batch += ["--db", "batch.db", "--out", "parts"]
    first = cli(*batch)
    assert first.code == 0, first.err
    assert "batch: 3 partition(s) coded, 0 skipped (finished before); 12 article(s)" in first.err
    assert "on 2 worker(s)" in first.err and "12 article(s) stored in" in first.err
    assert len(list((tmp_path / "parts" / "events").glob("part-*.parquet"))) == 3
    ingested = cli("ingest", SAMPLES, "--dates", DATES, "--db", "ingest.db")
    assert ingested.code == 0, ingested.err
    with Store(tmp_path / "batch.db") as by_batch, Store(tmp_path / "ingest.db") as by_ingest:
        events = sorted(event.model_dump_json() for event in by_batch.events())
        assert events == sorted(event.model_dump_json() for event in by_ingest.events())
        assert len(events) > 20
    for query in ("SELECT * FROM actor_mentions ORDER BY 1, 2, 3",
                  "SELECT id, text, published, content_hash, duplicate_of, signature FROM articles ORDER BY id"):  # fmt: skip
        rows = [_rows(tmp_path / name, query) for name in ("batch.db", "ingest.db")]
        assert rows[0] == rows[1] and rows[0]
    again = cli(*batch)
    assert again.code == 0, again.err
    assert "batch: 0 partition(s) coded, 3 skipped (finished before); nothing left to code" in again.err
    assert "12 article(s) stored in" in again.err
