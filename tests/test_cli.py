"""Tests of the ``eventwire`` command line: extract's outputs, standard input and bad inputs.

Most tests run ``eventwire.cli.main`` in this process, so the spaCy model loads once per
session; a few run the real command in a subprocess to see exactly what a user sees.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from clirun import Result
from eventwire.export import FLAT_COLUMNS
from eventwire.records import SCHEMA_PATH, EventRecord

STORY = (
    "Kremlin rejects Baltic accord\n"
    "\n"
    "Moscow condemned the accord on Monday. Russia accused Ukraine of shelling a power plant.\n"
    "\n"
    "Germany and France held talks in Berlin about energy prices.\n"
)
STORY_EVENTS = ["ACCUSE", "ACCUSE", "CONSULT"]
FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "kremlin.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


def _records(out: str) -> list[EventRecord]:
    return [EventRecord.model_validate_json(line) for line in out.splitlines()]


def _assert_one_line_error(result: Result, *names: str) -> None:
    """A failed run: non-zero status, nothing on stdout, one ``eventwire: error:`` line."""
    assert result.code != 0
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("eventwire: error: "), lines[0]
    for name in names:
        assert name in lines[0], f"{name!r} not named in {lines[0]!r}"


# ------------------------------------------------------------------------- output formats


@pytest.mark.slow
def test_cli_extract_jsonl_lines_are_valid_records(
    cli: Callable[..., Result], story: Path, validator: Draft202012Validator
) -> None:
    result = cli("extract", story.name, "--published", "2025-11-18", "--format", "jsonl")
    assert result.code == 0
    assert result.err == ""
    lines = result.out.splitlines()
    records = _records(result.out)
    assert [record.event for record in records] == STORY_EVENTS
    assert {record.article_id for record in records} == {"kremlin"}
    assert {record.article.title for record in records} == {"Kremlin rejects Baltic accord"}
    for line in lines:
        errors = [error.message for error in validator.iter_errors(json.loads(line))]
        assert errors == [], errors


@pytest.mark.slow
def test_cli_extract_short_format_option(cli: Callable[..., Result], story: Path) -> None:
    result = cli("extract", story.name, "--published", "2025-11-18", "-f", "jsonl")
    assert result.code == 0
    assert [record.event for record in _records(result.out)] == STORY_EVENTS


@pytest.mark.slow
def test_cli_extract_csv_has_a_header_row(cli: Callable[..., Result], story: Path) -> None:
    result = cli("extract", story.name, "--published", "2025-11-18", "--format", "csv")
    assert result.code == 0
    assert result.err == ""
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == list(FLAT_COLUMNS)
    body = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert [row["event"] for row in body] == STORY_EVENTS
    assert body[0]["actor_code"] == "RUS"
    assert {row["published"] for row in body} == {"2025-11-18"}


@pytest.mark.slow
def test_cli_extract_table_is_the_default(cli: Callable[..., Result], story: Path) -> None:
    result = cli("extract", story.name, "--published", "2025-11-18")
    assert result.code == 0
    assert result.err == ""
    assert "3 event(s)" in result.out
    for word in ("ACCUSE", "CONSULT", "condemned", "kremlin", "2025-11-18"):
        assert word in result.out
    assert cli("extract", story.name, "--published", "2025-11-18", "-f", "table").out == result.out


@pytest.mark.slow
def test_cli_extract_of_a_story_without_events(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text(
        "Rain in the capital\n\nIt rained all afternoon and the match was played as planned.\n"
    )
    jsonl = cli("extract", "weather.txt", "--format", "jsonl")
    assert (jsonl.code, jsonl.out) == (0, "")
    table = cli("extract", "weather.txt")
    assert table.code == 0
    assert "0 event(s)" in table.out


@pytest.mark.slow
def test_cli_extract_several_inputs_in_order(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Germany and France held talks in Berlin.\n")
    (tmp_path / "a.txt").write_text("Moscow condemned the accord.\n")
    result = cli("extract", "b.txt", "a.txt", "--published", "2025-11-18", "-f", "jsonl")
    assert result.code == 0
    assert [record.article_id for record in _records(result.out)] == ["b", "a"]


@pytest.mark.slow
def test_cli_extract_a_folder_with_a_dates_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("Moscow condemned the accord.\n")
    (folder / "two.txt").write_text("Germany and France held talks in Berlin.\n")
    (tmp_path / "dates.tsv").write_text(
        "file\tpublished\none.txt\t2025-10-01\ntwo.txt\t2025-10-02\n"
    )
    result = cli("extract", "news", "--dates", "dates.tsv", "-f", "jsonl")
    assert result.code == 0, result.err
    dates = {record.article_id: record.article.published for record in _records(result.out)}
    assert dates == {"one": "2025-10-01", "two": "2025-10-02"}


# -------------------------------------------------------------------------- standard input


@pytest.mark.slow
def test_cli_extract_reads_text_from_stdin(
    cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"Moscow condemned the accord. Germany and France held talks in Berlin.")
    result = cli("extract", "-", "--published", "2025-11-18", "--format", "jsonl")
    assert result.code == 0
    assert result.err == ""
    records = _records(result.out)
    assert [record.event for record in records] == ["ACCUSE", "CONSULT"]
    assert {record.article_id for record in records} == {"stdin"}


@pytest.mark.slow
def test_cli_extract_reads_jsonl_from_stdin(
    cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"id": "w1", "text": "Moscow condemned the accord.", "published": "2025-11-18"},
        {"id": "w2", "text": "Germany and France held talks in Berlin.", "published": "2025-11-19"},
    ]
    _stdin(monkeypatch, "\n".join(json.dumps(line) for line in lines).encode())
    result = cli("extract", "-", "--format", "jsonl")
    assert result.code == 0
    records = _records(result.out)
    assert [(r.article_id, r.event, r.article.published) for r in records] == [
        ("w1", "ACCUSE", "2025-11-18"),
        ("w2", "CONSULT", "2025-11-19"),
    ]


def test_cli_extract_empty_stdin_is_an_error(
    cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"")
    _assert_one_line_error(cli("extract", "-"), "stdin")


# ------------------------------------------------------------------------- awkward inputs


@pytest.mark.slow
def test_cli_extract_latin1_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    text = (
        "Talks in Bogotá\n\n"
        "Colombia's government accused the rebels of attacking a police station in Cúcuta.\n"
    )
    (tmp_path / "bogota.txt").write_bytes(text.encode("latin-1"))
    result = cli("extract", "bogota.txt", "--published", "2025-11-18", "-f", "jsonl")
    assert result.code == 0, result.err
    records = _records(result.out)
    assert [record.event for record in records] == ["ACCUSE"]
    assert "Cúcuta" in records[0].evidence.text
    assert records[0].article.title == "Talks in Bogotá"


@pytest.mark.slow
def test_cli_extract_malformed_html(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Talks in Berlin</title></head><body>\n"
        "<div class=story><h1>Talks in Berlin\n"
        "<p>Germany and France held talks in Berlin on Monday about the war in Ukraine.\n"
        "<p>Russia accused Ukraine of shelling a power plant near the border, officials said.\n"
        "<p>Moscow condemned the accord signed by the two governments <b>last week.\n"
        "</div>\n",
        encoding="utf-8",
    )
    result = cli("extract", "page.html", "--published", "2025-11-18", "-f", "jsonl")
    assert result.code == 0, result.err
    records = _records(result.out)
    # The talks, the accusation, the condemnation, and the accord "signed by the two
    # governments" (a signing told in passing is still one).
    assert [record.event for record in records] == ["CONSULT", "ACCUSE", "ACCUSE", "SUPPORT"]
    assert {record.article_id for record in records} == {"page"}


@pytest.mark.slow
def test_cli_extract_jsonl_with_a_broken_line_keeps_the_good_lines(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "one", "text": "Russia accused Ukraine of shelling a power plant.", '
        '"published": "2025-11-18"}\n'
        '{"id": "two", "text": "Germany and France held talks in Berlin.\n'
        '{"id": "three", "text": "Moscow condemned the accord.", "published": "2025-11-19"}\n',
        encoding="utf-8",
    )
    result = cli("extract", "feed.jsonl", "--format", "jsonl")
    assert "Traceback" not in result.err
    assert [(r.article_id, r.event) for r in _records(result.out)] == [
        ("one", "ACCUSE"),
        ("three", "ACCUSE"),
    ]
    assert "feed.jsonl:2" in result.err
    assert "feed.jsonl:1" not in result.err and "feed.jsonl:3" not in result.err


# ---------------------------------------------------------------------------- bad inputs


def _write_bad_input(tmp_path: Path, kind: str) -> str:
    """Write one kind of unreadable input into ``tmp_path``; returns its file name."""
    name = {"unknown-extension": "story.docx"}.get(kind, f"{kind}.txt")
    path = tmp_path / name
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "whitespace":
        path.write_bytes(b"  \n\n\t \r\n   \n")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    elif kind == "huge":
        with path.open("wb") as stream:
            stream.write(b"Moscow condemned the accord. " * (FIFTY_MB // 29 + 1))
    elif kind == "mixed-encoding":
        good = "Protesters gathered outside the café in Zürich. ".encode()
        path.write_bytes(good + b"The mayor\xff\xfe called for calm. " + good)
    elif kind == "unknown-extension":
        path.write_text("Moscow condemned the accord.\n")
    return name  # "missing" writes nothing


@pytest.mark.parametrize(
    "kind",
    ["empty", "whitespace", "binary", "huge", "mixed-encoding", "missing", "unknown-extension"],
)
def test_cli_extract_bad_input_is_a_one_line_error(
    cli: Callable[..., Result], tmp_path: Path, kind: str
) -> None:
    name = _write_bad_input(tmp_path, kind)
    _assert_one_line_error(cli("extract", name, "--published", "2025-11-18"), name)


def test_cli_extract_huge_file_names_the_limit(cli: Callable[..., Result], tmp_path: Path) -> None:
    name = _write_bad_input(tmp_path, "huge")
    result = cli("extract", name)
    _assert_one_line_error(result, name, "MB")


def test_cli_extract_bad_file_among_good_ones_is_an_error(
    cli: Callable[..., Result], tmp_path: Path, story: Path
) -> None:
    name = _write_bad_input(tmp_path, "binary")
    _assert_one_line_error(cli("extract", story.name, name), name)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["extract", "kremlin.txt", "--format", "xml"], "--format"),
        (["extract", "kremlin.txt", "--published", "2025-13-45"], "--published"),
        (["extract", "kremlin.txt", "--published", "yesterday"], "--published"),
        (["events", "--db", "events.db", "--since", "last week"], "--since"),
        (["events", "--db", "events.db", "--until", "2025-02-30"], "--until"),
        (["events", "--db", "events.db", "--format", "xml"], "--format"),
        (["extract", "kremlin.txt", "--dates", "no-such-dates.tsv"], "no-such-dates.tsv"),
        (["events", "--db", "events.db", "--since", "2025-11-31"], "--since"),
        (["eval", "when-where"], "--dates"),
        (["events", "--db", "events.db", "--location", "Turkey"], "--location"),
    ],
)
def test_cli_bad_option_value_is_a_one_line_error(
    cli: Callable[..., Result], story: Path, args: list[str], named: str
) -> None:
    _assert_one_line_error(cli(*args), named)


def test_cli_bad_option_creates_no_database(cli: Callable[..., Result], tmp_path: Path) -> None:
    cli("events", "--db", "events.db", "--since", "last week")
    assert not (tmp_path / "events.db").exists()


# ------------------------------------------------------------- the real command, in a process


def _run_command(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_cli_command_error_has_no_traceback(tmp_path: Path) -> None:
    name = _write_bad_input(tmp_path, "binary")
    done = _run_command("extract", name, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith(f"eventwire: error: {name}: ")


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "story.txt", "--frobnicate"],
        ["frobnicate"],
        ["extract"],
        ["events", "--db", "x.db", "--limit", "0"],
    ],
)
def test_cli_usage_error_is_one_line_with_status_2(cli: Callable[..., Result], story: Path, args: list[str]) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith("eventwire: error: ") and len(result.err.splitlines()) == 1


@pytest.mark.slow
def test_cli_interrupted_ingest_says_so_with_status_130(
    cli: Callable[..., Result], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.store import Store

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "save", interrupted)
    result = cli("ingest", str(story), "--db", "e.db")
    assert result.code == 130
    assert result.err.splitlines()[-1] == "eventwire: error: interrupted"


def test_cli_top_level_help_shows_examples(cli: Callable[..., Result]) -> None:
    result = cli("--help")
    assert result.code == 0 and "Example" in result.out


@pytest.mark.slow
def test_cli_csv_without_events_still_has_its_header(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "calm.txt").write_text("It rained all afternoon.\n", encoding="utf-8")
    result = cli("extract", "calm.txt", "--format", "csv")
    assert result.code == 0
    assert next(csv.reader(io.StringIO(result.out))) == list(FLAT_COLUMNS)


@pytest.mark.slow
def test_cli_skipped_record_message_is_one_unwrapped_line(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "a_rather_long_folder_name_for_the_newsroom_archive_of_2025"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        '{"id": "one", "text": "Moscow condemned the accord."}\n{"id": "two", "text": "x\n', encoding="utf-8"
    )
    result = cli("extract", f"{folder.name}/feed.jsonl", "-f", "jsonl")
    skipped = [line for line in result.err.splitlines() if "feed.jsonl:2" in line]
    assert result.code == 1
    assert skipped and skipped[0].startswith("eventwire: skipped") and "column" in skipped[0]


def test_the_table_marks_a_party_the_story_only_implies() -> None:
    from eventwire.cli_output import _entities
    from eventwire.records import Entity

    named = Entity(text="the United States", name="United States", code="USA", cameo_code="USAGOV")
    implied = Entity(text="", name="United States", code="USA", cameo_code="USAGOV")
    assert _entities([named]) == "USAGOV the United States"
    assert _entities([implied]) == "USAGOV (implied)"
