"""Tests for eventwire.read.source: files, folders and standard input to articles."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import InputError, RecordError
from eventwire.read import read_source
from eventwire.records import Article

RESOURCES = Path(__file__).parent.parent / "resources" / "read"
STORY = "Talks Resume in Geneva\n\nThe two delegations met on Tuesday and agreed to meet again.\n"


class FakeStdin:
    """Stands in for sys.stdin: only ``.buffer`` is read."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def ids(source: str | Path, on_error: Callable[[RecordError], None] | None = None) -> list[str]:
    return [article.id for article in read_source(str(source), on_error=on_error)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("wire_story.txt", ["wire_story"]),
        ("page.html", ["page"]),
        ("articles.jsonl", ["a-1", "articles-2", "17"]),
        ("articles.csv", ["c-1", "articles-3"]),
    ],
)
def test_source_dispatches_by_extension(name: str, expected: list[str]) -> None:
    assert ids(RESOURCES / name) == expected


@pytest.mark.parametrize("name", ["story", "story.text", "STORY.TXT"])
def test_source_reads_other_text_names(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    [article] = read_source(str(tmp_path / name))
    assert article.id == Path(name).stem
    assert article.title == "Talks Resume in Geneva"


@pytest.mark.parametrize(
    ("fixture", "name", "count"),
    [("articles.jsonl", "feed.ndjson", 3), ("page.html", "page.htm", 1)],
)
def test_source_reads_other_record_and_page_names(
    tmp_path: Path, fixture: str, name: str, count: int
) -> None:
    shutil.copy(RESOURCES / fixture, tmp_path / name)
    assert len(list(read_source(str(tmp_path / name)))) == count


def test_source_refuses_unknown_extensions() -> None:
    with pytest.raises(InputError) as caught:
        read_source("x.pdf")
    assert str(caught.value) == (
        "x.pdf: unsupported file type '.pdf' (expected .txt, .html, .jsonl, .csv or -)"
    )


def test_source_reports_a_missing_file_when_called(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="missing.txt: file not found"):
        read_source(missing)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "file is empty"),
        (b" \n\n\t ", "file contains only whitespace"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file, not text (it contains NUL bytes)"),
    ],
)
def test_source_refuses_files_that_are_not_articles(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_source(str(path)))
    assert (caught.value.source, caught.value.problem) == (str(path), problem)


def test_source_refuses_a_fifty_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="file too large: 50.0 MB"):
        list(read_source(str(path)))


def test_source_reads_latin1_text(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(b"Talks at the caf\xe9\n\nThe ministers met at a caf\xe9 near the port.\n")
    [article] = read_source(str(path))
    assert article.title == "Talks at the café"
    assert article.text == "The ministers met at a café near the port."


def test_source_passes_published_to_undated_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    day = dt.date(2025, 11, 18)
    [article] = read_source(str(tmp_path / "a.txt"), published=day)
    assert article.published == day
    jsonl = [a.published for a in read_source(str(RESOURCES / "articles.jsonl"), published=day)]
    assert jsonl == [dt.date(2025, 6, 6), dt.date(2025, 6, 7), day]


def test_source_hands_record_errors_to_the_handler(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One."}\nnot json\n{"text": "Two."}\n', encoding="utf-8")
    errors: list[RecordError] = []
    assert ids(path, on_error=errors.append) == ["feed-1", "feed-3"]
    assert [(error.source, error.line) for error in errors] == [(f"{path}:2", 2)]
    with pytest.raises(RecordError):
        list(read_source(str(path)))


def test_source_reads_a_folder_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    shutil.copy(RESOURCES / "page.html", tmp_path / "a.html")
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "2025" / "feed.jsonl").write_text('{"text": "One."}\n', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(STORY, encoding="utf-8")
    first = ids(tmp_path)
    assert first == ["2025/b", "2025/feed-1", "a", "b"]
    assert ids(tmp_path) == first  # stable from run to run


def test_source_refuses_a_folder_without_inputs(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no .txt, .html, .jsonl, .csv files in the folder"):
        read_source(str(tmp_path))


def test_source_reads_plain_text_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(STORY.encode()))
    [article] = read_source("-")
    assert (article.id, article.origin) == ("stdin", "stdin")
    assert article.title == "Talks Resume in Geneva"


def test_source_reads_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": "One."}), "", json.dumps({"id": "x", "text": "Two."})]
    monkeypatch.setattr(sys, "stdin", FakeStdin("\n".join(lines).encode()))
    assert ids("-") == ["stdin-1", "x"]


def test_source_reads_html_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin((RESOURCES / "page.html").read_bytes()))
    [article] = read_source("-")
    assert article.title == "Border talks resume in Geneva"


def test_source_names_stdin_in_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"   \n"))
    with pytest.raises(InputError, match="stdin: file contains only whitespace"):
        list(read_source("-"))


def test_source_articles_are_articles() -> None:
    assert all(isinstance(article, Article) for article in read_source(str(RESOURCES)))


def test_source_reports_a_missing_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="stdin: standard input is not available"):
        list(read_source("-"))


def test_source_refuses_an_empty_path() -> None:
    with pytest.raises(InputError, match="no input path given"):
        read_source("")
