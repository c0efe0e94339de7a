"""Tests of the ``eventwire watch`` command: bad inputs, a round, and stopping it with a signal.

Most run the command in this process with the fake pipeline in place of the model; the signal
tests run it in a subprocess (tests/watch/run_eventwire.py, the real command with the fake
coder), and two slow tests use the real model.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from clirun import Result
from eventwire.store import Store

from .fakes import FakePipeline
from .server import FixtureServer, serve

HERE = Path(__file__).resolve().parent
OPML = HERE.parent / "resources" / "watch" / "feeds.opml"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as running:
        yield running


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's pipeline is the fake one."""
    monkeypatch.setattr("eventwire.pipeline.Pipeline", FakePipeline)


def one_line_error(result: Result, source: str) -> str:
    """The problem of a command that failed with one line naming ``source``, and no traceback."""
    assert result.code != 0
    assert "Traceback" not in result.err
    assert result.err.splitlines() == [result.err.rstrip("\n")], result.err
    prefix = f"eventwire: error: {source}: "
    assert result.err.startswith(prefix), result.err
    return result.err.removeprefix(prefix).strip()


# ---------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("content", "source", "problem"),
    [
        (None, "feeds.txt", "file not found"),
        (b"", "feeds.txt", "file is empty"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "feeds.txt", "binary file, not text (it contains NUL bytes)"),
        (b"# only a comment\n", "feeds.txt", "lists no feed URLs"),
        (b"https://ok.example/rss\nnot a url\n", "feeds.txt:2", "not an http(s) feed URL: 'not a url'"),
        (b"<opml><body><outline xmlUrl='https://a.example/rss'>", "feeds.txt", "malformed XML at line 1, column 53 (expected OPML)"),
        (b"<?xml version='1.0'?><rss version='2.0'/>", "feeds.txt", "an XML file whose root is <rss>, not an OPML file"),
    ],
)  # fmt: skip
def test_command_bad_feeds_file_is_one_line(
    cli: Callable[..., Result], tmp_path: Path, content: bytes | None, source: str, problem: str
) -> None:
    if content is not None:
        (tmp_path / "feeds.txt").write_bytes(content)
    result = cli("watch", "feeds.txt", "--once", "--db", "w.db")
    assert one_line_error(result, source) == problem
    assert result.code == 1
    assert not (tmp_path / "w.db").exists()  # the input is checked before the store is opened


@pytest.mark.parametrize("every", ["abc", "15", "0m", "-5m", "1w"])
def test_command_bad_every_is_one_line(cli: Callable[..., Result], tmp_path: Path, every: str) -> None:
    (tmp_path / "feeds.txt").write_text("https://ok.example/rss\n")
    result = cli("watch", "feeds.txt", "--every", every, "--db", "w.db")
    assert "invalid duration" in one_line_error(result, "--every")
    assert not (tmp_path / "w.db").exists()


@pytest.mark.parametrize(
    ("db", "problem"),
    [("sqlite:///no/such/folder/w.db", "cannot create or open the database file"),
     ("postgresql://nobody@127.0.0.1:9/none", "cannot open the store"),
     ("mysql://someone@host/db", "unsupported database")],
)
def test_command_unreachable_db_is_one_line(cli: Callable[..., Result], tmp_path: Path, db: str, problem: str) -> None:
    (tmp_path / "feeds.txt").write_text("https://ok.example/rss\n")
    result = cli("watch", "feeds.txt", "--once", "--db", db)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert len(result.err.splitlines()) == 1
    assert result.err.startswith("eventwire: error: ") and problem in result.err


# -------------------------------------------------------------------------------- a round


@pytest.mark.usefixtures("fake_model")
def test_command_once_stores_the_articles_and_exits(cli: Callable[..., Result], tmp_path: Path, server: FixtureServer) -> None:
    feeds = server.feeds_file(tmp_path, "/feeds/rss.xml", "/feeds/atom.xml", "/status/404")
    result = cli("watch", feeds.name, "--once", "--db", "w.db", "--timeout", "2", "--host-interval", "0")
    assert result.code == 0, result.err
    assert result.out == ""
    assert result.err.splitlines() == [
        f"eventwire: feed {server.url('/status/404')}: HTTP 404 Not Found",
        f"eventwire: item {server.url('/private/briefing.html')}: disallowed by robots.txt, skipped",
        "eventwire: round 1: 3 feed(s) polled, 6 new item(s), 5 article(s) stored, 1 failure(s), 1 skipped by robots.txt",
    ]  # fmt: skip
    with Store(tmp_path / "w.db") as store:
        assert store.articles_count() == 5


@pytest.mark.usefixtures("fake_model")
def test_command_reads_an_opml_feeds_file(cli: Callable[..., Result], tmp_path: Path, server: FixtureServer) -> None:
    (tmp_path / "feeds.opml").write_text(OPML.read_text(encoding="utf-8").replace("@BASE@", server.base))
    result = cli("watch", "feeds.opml", "--once", "--db", "w.db", "--host-interval", "0")
    assert result.code == 0, result.err
    assert result.err.splitlines()[-1].startswith("eventwire: round 1: 2 feed(s) polled, 6 new item(s), 5 article(s)")


# ------------------------------------------------------------------- signals, in a process


class Running:
    """``eventwire watch`` in a subprocess, its standard error read line by line as it comes."""

    def __init__(self, args: list[str], cwd: Path, command: list[str]) -> None:
        env = {key: value for key, value in os.environ.items() if key != "EVENTWIRE_DB"}
        self.process = subprocess.Popen([*command, "watch", *args], cwd=cwd, env=env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, start: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                assert self.process.poll() is None, f"exited early: {self.seen}"
                continue
            self.seen.append(line)
            if line.startswith(start):
                return line
        raise AssertionError(f"no line starting {start!r} in {self.seen}")

    def finish(self, timeout: float = 20.0) -> tuple[int, list[str], str]:
        """Exit status, the rest of standard error, and standard output."""
        self.process.wait(timeout=timeout)
        assert self.process.stdout is not None
        out = self.process.stdout.read()
        self.reader.join(timeout=5)  # standard error is read to its end
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return self.process.returncode, self.seen, out

    def close(self) -> None:
        """Kill the process if it still runs, and close its pipes."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.reader.join(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def launch() -> Iterator[Callable[..., Running]]:
    """``launch(args, cwd, command)`` starts ``eventwire watch``; every process is ended afterwards."""
    started: list[Running] = []

    def start(args: list[str], cwd: Path, command: list[str]) -> Running:
        started.append(Running(args, cwd, command))
        return started[-1]

    yield start
    for running in started:
        running.close()


FAKE_COMMAND = [sys.executable, str(HERE / "run_eventwire.py")]


def test_command_sigterm_between_rounds_exits_cleanly(
    tmp_path: Path, server: FixtureServer, launch: Callable[..., Running]
) -> None:
    feeds = server.feeds_file(tmp_path, "/feeds/rss.xml", "/feeds/atom.xml")
    running = launch([str(feeds), "--every", "1h", "--db", "w.db", "--host-interval", "0"], tmp_path, FAKE_COMMAND)
    running.wait_for_line("eventwire: round 1:")
    started = time.monotonic()
    running.process.send_signal(signal.SIGTERM)
    code, lines, out = running.finish()
    assert time.monotonic() - started < 5
    assert code == 0 and out == ""
    assert "Traceback" not in "\n".join(lines)
    assert lines[-1] == ("eventwire: stopped after 1 round(s): 2 feed(s) polled, 6 new item(s), "
                         "5 article(s) stored, 0 failure(s), 1 skipped by robots.txt")  # fmt: skip
    with Store(tmp_path / "w.db") as store:
        assert store.feed_status(server.url("/feeds/rss.xml")).etag
        assert store.articles_count() == 5
        assert sorted(item.state for item in store.feed_items()) == ["skipped"] + ["stored"] * 5


def test_command_sigint_during_a_fetch_abandons_it(
    tmp_path: Path, server: FixtureServer, launch: Callable[..., Running]
) -> None:
    """Ctrl-C in the middle of a round: the slow fetch is given up, its item left pending."""
    server.delay = 30.0
    feeds = server.feeds_file(tmp_path, "/feeds/troubles.xml")
    running = launch([str(feeds), "--db", "w.db", "--timeout", "60", "--host-interval", "0"], tmp_path, FAKE_COMMAND)
    deadline = time.monotonic() + 60
    while "/slow/pages/harare.html" not in server.paths():
        assert time.monotonic() < deadline and running.process.poll() is None, running.seen
        time.sleep(0.05)
    started = time.monotonic()
    running.process.send_signal(signal.SIGINT)
    code, lines, _ = running.finish()
    assert time.monotonic() - started < 5  # it did not wait for the slow page
    assert code == 0, lines
    assert lines[-1].startswith("eventwire: stopped after 1 round(s): 1 feed(s) polled, 7 new item(s)")
    with Store(tmp_path / "w.db") as store:
        slow = [item for item in store.feed_items() if "/slow/" in item.url][0]
        assert (slow.state, slow.attempts) == ("pending", 0)
        # The rest of the batch was fetched but not stored: it stays pending for the next run.
        assert store.articles_count() == 0
        assert {item.state for item in store.feed_items()} <= {"pending", "failed"}


# ----------------------------------------------------------------------- the real model


@pytest.mark.slow
def test_command_watch_codes_events_with_the_real_model(tmp_path: Path, server: FixtureServer, pipeline) -> None:  # noqa: ANN001
    from eventwire.watch import WatchOptions, article_id_for, run_watch

    with Store(tmp_path / "w.db") as store:
        summary = run_watch([server.url("/feeds/rss.xml"), server.url("/feeds/atom.xml")], store, lambda: pipeline,
                            WatchOptions(once=True, host_interval=0), report=lambda line: None)  # fmt: skip
        assert summary.totals.stored == 5
        tallinn = article_id_for(server.url("/pages/tallinn.html"))
        events = [event for event in store.events() if event.article_id == tallinn]
        assert events, "the Tallinn story has a protest note and an accusation to code"
        assert all(event.article.url == server.url("/pages/tallinn.html") for event in events)


@pytest.mark.slow
def test_command_real_eventwire_watch_stops_on_sigterm(
    tmp_path: Path, server: FixtureServer, launch: Callable[..., Running]
) -> None:
    feeds = server.feeds_file(tmp_path, "/feeds/atom.xml")
    running = launch([str(feeds), "--every", "1h", "--db", "w.db", "--host-interval", "0"], tmp_path,
                      [sys.executable, "-m", "eventwire.cli"])  # fmt: skip
    running.wait_for_line("eventwire: round 1:", timeout=120)
    running.process.send_signal(signal.SIGTERM)
    code, lines, _ = running.finish()
    assert code == 0, lines
    assert lines[-1].startswith("eventwire: stopped after 1 round(s): 1 feed(s) polled, 2 new item(s), 2 article(s)")
    with Store(tmp_path / "w.db") as store:
        assert len(store.events()) > 0
