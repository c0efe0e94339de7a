"""Finding the inputs behind a source argument (a file, a folder or "-") and reading each one.

The file type is chosen by extension; standard input is told apart by its content. Checks that
need no reading (unsupported type, missing path, empty folder) happen when :func:`read_source`
is called; content problems surface while iterating, after the articles before them.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from eventwire.errors import InputError
from eventwire.read.decode import decode_text, read_bounded, read_file_bytes
from eventwire.read.html import article_from_html
from eventwire.read.plaintext import article_from_text
from eventwire.read.rows import ErrorHandler, articles_from_csv, articles_from_jsonl
from eventwire.records import Article

Kind = Literal["text", "html", "jsonl", "csv"]

STDIN = "-"
_STDIN_NAME = "stdin"  # the id of a plain-text article on standard input, and its name in errors
_KINDS: dict[str, Kind] = {
    "": "text", ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
}  # fmt: skip
_SUPPORTED = ".txt, .html, .jsonl, .csv"
_EXPECTED = f"expected {_SUPPORTED} or -"
_HTML_STARTS = ("<!doctype html", "<html")


def read_source(
    source: str,
    published: dt.date | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """The articles in ``source``: a file, a folder (read recursively, sorted) or "-" for stdin.

    Args:
        source: a path, or "-" to read standard input as plain text, or as JSONL when every
            non-blank line starts with "{".
        published: the publication date of inputs that carry none; a date in a JSONL/CSV
            record or in an HTML page's metadata wins over it.
        on_error: called with each malformed JSONL/CSV record, which is then skipped; when
            None the first such error is raised.

    Returns:
        An iterator of articles, in input order.

    Raises:
        InputError: the source (or one file of a folder) cannot be read as articles.
    """
    if source == STDIN:
        return _read_stdin(published, on_error)
    if not source.strip():
        raise InputError("''", "no input path given (use - for standard input)")
    path = Path(source)
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            raise InputError(source, f"no {_SUPPORTED} files in the folder")
        return _read_folder(path, files, published, on_error)
    kind = _kind(path, source)
    if not path.exists():
        raise InputError(source, "file not found")
    return _read_file(path, source, path.stem, kind, published, on_error)


def _kind(path: Path, source: str) -> Kind:
    """The reader for ``path`` by its extension."""
    suffix = path.suffix.lower()
    kind = _KINDS.get(suffix)
    if kind is None:
        raise InputError(source, f"unsupported file type '{suffix}' ({_EXPECTED})")
    return kind


def _folder_files(folder: Path) -> list[Path]:
    """The supported, non-hidden files under ``folder``, sorted by their relative path."""
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in _KINDS
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda path: path.relative_to(folder).as_posix())


def _read_folder(
    folder: Path, files: list[Path], published: dt.date | None, on_error: ErrorHandler | None
) -> Iterator[Article]:
    """The articles of every file in ``files``; nested files get their relative path as id."""
    for path in files:
        # "a.txt" keeps the spec's id "a"; "2025/a.txt" becomes "2025/a" so ids stay unique.
        article_id = path.relative_to(folder).with_suffix("").as_posix()
        kind = _KINDS[path.suffix.lower()]
        yield from _read_file(path, str(path), article_id, kind, published, on_error)


def _read_file(
    path: Path,
    source: str,
    article_id: str,
    kind: Kind,
    published: dt.date | None,
    on_error: ErrorHandler | None,
) -> Iterator[Article]:
    """The articles of one file."""
    text = decode_text(read_file_bytes(path, source), source)
    yield from _parse(text, kind, source, article_id, published, on_error)


def _read_stdin(published: dt.date | None, on_error: ErrorHandler | None) -> Iterator[Article]:
    """The articles on standard input, whose kind is guessed from the content."""
    stream = getattr(sys.stdin, "buffer", None)  # None when the process has no stdin
    if stream is None:
        raise InputError(_STDIN_NAME, "standard input is not available")
    text = decode_text(read_bounded(stream, _STDIN_NAME), _STDIN_NAME)
    yield from _parse(text, _stdin_kind(text), _STDIN_NAME, _STDIN_NAME, published, on_error)


def _stdin_kind(text: str) -> Kind:
    """JSONL when every non-blank line opens an object, HTML when it opens a page, else text."""
    lines = [line.lstrip() for line in text.splitlines() if line.strip()]
    if all(line.startswith("{") for line in lines):
        return "jsonl"
    if lines[0].lower().startswith(_HTML_STARTS):
        return "html"
    return "text"


def _parse(
    text: str,
    kind: Kind,
    source: str,
    article_id: str,
    published: dt.date | None,
    on_error: ErrorHandler | None,
) -> Iterator[Article]:
    """The articles of decoded ``text`` of the given kind."""
    if kind == "jsonl":
        yield from articles_from_jsonl(
            text, source=source, stem=article_id, published=published, on_error=on_error
        )
    elif kind == "csv":
        yield from articles_from_csv(
            text, source=source, stem=article_id, published=published, on_error=on_error
        )
    elif kind == "html":
        yield article_from_html(text, article_id=article_id, source=source, published=published)
    else:
        yield article_from_text(text, article_id=article_id, source=source, published=published)
