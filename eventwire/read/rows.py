"""Reading multi-record inputs: JSONL (one object a line) and CSV (a header with a text column).

Each record follows the input record of the spec: ``{"id", "title", "text", "published", "url",
"outlet", "language"}``, only ``text`` required, other keys ignored. A malformed record is
reported as a :class:`RecordError` to ``on_error`` and skipped, so one bad line does not cost
the rest of the file; without a handler the error is raised.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator, Mapping

from eventwire.errors import InputError, RecordError
from eventwire.read.body import build_body, paragraphs
from eventwire.read.dates import parse_published, published_problem
from eventwire.read.decode import MAX_INPUT_BYTES
from eventwire.records import Article

ErrorHandler = Callable[[RecordError], None]

_OPTIONAL_STRINGS = ("title", "url", "outlet", "language")


def articles_from_jsonl(
    text: str,
    *,
    source: str,
    stem: str,
    published: dt.date | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """The articles of the JSONL ``text``; ids default to ``<stem>-<line number>``."""
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _json_object(line, source, number)
            yield article_from_record(
                record, source=source, line=number, stem=stem, published=published
            )
        except RecordError as error:
            _report(error, on_error)


def articles_from_csv(
    text: str,
    *,
    source: str,
    stem: str,
    published: dt.date | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """The articles of the CSV ``text``, whose header row must name a ``text`` column.

    Raises:
        InputError: no ``text`` column, no rows, or quoting the csv module cannot parse.
    """
    # The csv module refuses fields over 128 KiB by default; a long article is one field.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_INPUT_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _csv_header(reader, source)
    rows = 0
    last_line = reader.line_num
    try:
        for row in reader:
            number, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            record = dict(zip(header, row))
            try:
                yield article_from_record(
                    record, source=source, line=number, stem=stem, published=published
                )
            except RecordError as error:
                _report(error, on_error)
    except csv.Error as error:
        raise InputError(source, f"malformed CSV after line {last_line}: {error}") from None
    if rows == 0:
        raise InputError(source, "no rows under the CSV header")


def article_from_record(
    record: Mapping[str, object],
    *,
    source: str,
    line: int,
    stem: str,
    published: dt.date | None = None,
) -> Article:
    """The article of one input record (a parsed JSONL line or CSV row).

    Raises:
        RecordError: ``text`` is missing or empty, or a field has the wrong type or value.
    """
    text = record.get("text")
    if text is None:
        raise RecordError(source, line, "missing 'text' field")
    if not isinstance(text, str):
        raise RecordError(source, line, f"field 'text' must be a string, not {_json_type(text)}")
    lines = paragraphs(text)
    if not lines:
        raise RecordError(source, line, "empty 'text' field")
    strings = {name: _optional_string(record, name, source, line) for name in _OPTIONAL_STRINGS}
    body = build_body(lines)
    return Article(
        id=_record_id(record, source, line, stem),
        text=body.text,
        published=_published(record, source, line) or body.dated or published,
        dateline=body.dateline,
        source_lines=body.source_lines,
        boilerplate=body.boilerplate,
        origin=f"{source}:{line}",
        **strings,
    )


def _json_object(line: str, source: str, number: int) -> Mapping[str, object]:
    """The JSON object on one line."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        problem = f"invalid JSON: {error.msg} (column {error.colno})"
        raise RecordError(source, number, problem) from None
    if not isinstance(value, dict):
        raise RecordError(source, number, f"expected a JSON object, found {_json_type(value)}")
    return value


def _csv_header(reader: Iterator[list[str]], source: str) -> list[str]:
    """The column names of the header row, stripped and lower-cased; must include ``text``."""
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as error:
        raise InputError(source, f"malformed CSV header: {error}") from None
    if "text" not in header:
        found = ", ".join(repr(name) for name in header if name) or "none"
        raise InputError(source, f"no 'text' column in the CSV header (columns: {found})")
    return header


def _record_id(record: Mapping[str, object], source: str, line: int, stem: str) -> str:
    """The record's own id, else one made from the file stem and line number."""
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int, type(None))):
        problem = f"field 'id' must be a string or an integer, not {_json_type(value)}"
        raise RecordError(source, line, problem)
    text = str(value).strip() if value is not None else ""
    return text or f"{stem}-{line}"


def _optional_string(record: Mapping[str, object], name: str, source: str, line: int) -> str | None:
    """A text field that may be absent, null or empty (all three give None)."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(source, line, f"field '{name}' must be a string, not {_json_type(value)}")
    return value.strip() or None


def _published(record: Mapping[str, object], source: str, line: int) -> dt.date | None:
    """The record's publication date, None when absent or empty."""
    value = record.get("published")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(source, line, published_problem(value))
    try:
        return parse_published(value)
    except ValueError:
        raise RecordError(source, line, published_problem(value)) from None


def _report(error: RecordError, on_error: ErrorHandler | None) -> None:
    """Hand a record error to the caller's handler, or raise it when there is none."""
    if on_error is None:
        raise error
    on_error(error)


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for error messages."""
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names |= {list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)
