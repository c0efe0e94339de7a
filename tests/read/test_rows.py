"""Tests for eventwire.read.rows: JSONL and CSV records, good ones kept, bad ones reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import InputError, RecordError
from eventwire.read.rows import article_from_record, articles_from_csv, articles_from_jsonl
from eventwire.records import Article

RESOURCES = Path(__file__).parent.parent / "resources" / "read"
GOOD = "The delegations met on Monday."


def jsonl(*records: object) -> str:
    lines = (record if isinstance(record, str) else json.dumps(record) for record in records)
    return "\n".join(lines)


def read_jsonl(text: str, errors: list[RecordError] | None = None) -> list[Article]:
    handler = None if errors is None else errors.append
    return list(articles_from_jsonl(text, source="in.jsonl", stem="in", on_error=handler))


def read_csv(text: str, errors: list[RecordError] | None = None) -> list[Article]:
    handler = None if errors is None else errors.append
    return list(articles_from_csv(text, source="in.csv", stem="in", on_error=handler))


def test_rows_read_the_jsonl_fixture() -> None:
    text = (RESOURCES / "articles.jsonl").read_text(encoding="utf-8")
    articles = list(articles_from_jsonl(text, source="articles.jsonl", stem="articles"))
    assert [article.id for article in articles] == ["a-1", "articles-2", "17"]
    first, second, third = articles
    assert first.title == "Parliament passes budget" and first.outlet == "Example Times"
    assert first.published == dt.date(2025, 6, 6) and first.language == "en"
    assert second.published == dt.date(2025, 6, 7)
    assert second.dateline is not None and second.dateline.place == "Kyiv"
    assert second.text.startswith("Ukraine's foreign minister")
    assert third.text.count("\n") == 1
    assert third.origin == "articles.jsonl:3"


def test_rows_report_a_broken_line_and_keep_the_others() -> None:
    text = jsonl({"text": GOOD}, '{"text": "cut short', "", {"text": GOOD, "id": "x"})
    errors: list[RecordError] = []
    articles = read_jsonl(text, errors)
    assert [article.id for article in articles] == ["in-1", "x"]
    assert [error.line for error in errors] == [2]
    assert str(errors[0]).startswith("in.jsonl:2: invalid JSON: Unterminated string")


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ('["a list"]', "expected a JSON object, found an array"),
        ('"text"', "expected a JSON object, found a string"),
        ({"title": "No body"}, "missing 'text' field"),
        ({"text": "  \n "}, "empty 'text' field"),
        ({"text": 5}, "field 'text' must be a string, not a number"),
        ({"text": GOOD, "title": ["x"]}, "field 'title' must be a string, not an array"),
        ({"text": GOOD, "id": True}, "field 'id' must be a string or an integer, not a boolean"),
        ({"text": GOOD, "published": "last week"}, "invalid published date 'last week' (expected YYYY-MM-DD)"),
        ({"text": GOOD, "published": 20251118}, "invalid published date '20251118' (expected YYYY-MM-DD)"),
    ],
)  # fmt: skip
def test_rows_report_bad_records(record: object, problem: str) -> None:
    errors: list[RecordError] = []
    assert read_jsonl(jsonl({"text": GOOD}, record), errors) == read_jsonl(jsonl({"text": GOOD}))
    assert [(error.source, error.line, error.problem) for error in errors] == [
        ("in.jsonl:2", 2, problem)
    ]


def test_rows_raise_without_a_handler() -> None:
    with pytest.raises(RecordError, match="in.jsonl:1: missing 'text' field"):
        read_jsonl(jsonl({"id": "1"}, {"text": GOOD}))


def test_rows_jsonl_with_no_good_line_reports_each_line() -> None:
    errors: list[RecordError] = []
    assert read_jsonl(jsonl({"id": 1}, "{", "[]"), errors) == []
    assert [error.line for error in errors] == [1, 2, 3]


def test_rows_record_date_wins_and_default_fills_in() -> None:
    default = dt.date(2025, 1, 1)
    kwargs = {"source": "s", "line": 1, "stem": "s", "published": default}
    dated = article_from_record({"text": GOOD, "published": "2025-11-18T09:30:00Z"}, **kwargs)
    undated = article_from_record({"text": GOOD, "published": None}, **kwargs)
    assert (dated.published, undated.published) == (dt.date(2025, 11, 18), default)


def test_rows_ignore_unknown_keys_and_blank_optional_fields() -> None:
    record = {"text": GOOD, "title": "  ", "url": "", "extra": {"nested": 1}, "id": "  "}
    article = article_from_record(record, source="s", line=4, stem="feed")
    assert (article.id, article.title, article.url) == ("feed-4", None, None)


def test_rows_read_the_csv_fixture_with_bom() -> None:
    text = (RESOURCES / "articles.csv").read_bytes().decode("utf-8-sig")
    articles = list(articles_from_csv(text, source="articles.csv", stem="articles"))
    assert [article.id for article in articles] == ["c-1", "articles-3"]
    assert articles[0].published == dt.date(2025, 2, 12)
    assert articles[1].dateline is not None and articles[1].dateline.place == "Madrid"
    assert articles[1].text == (
        "The prime minister met regional leaders.\nHe promised more funding for rail links."
    )


def test_rows_csv_line_numbers_count_physical_lines() -> None:
    text = 'Text,ID\n"A first\n\nstory.",a\n"",b\n\nSecond story.,\n'
    errors: list[RecordError] = []
    articles = read_csv(text, errors)
    assert [article.id for article in articles] == ["a", "in-7"]
    assert [(error.line, error.problem) for error in errors] == [(5, "empty 'text' field")]


def test_rows_csv_needs_a_text_column() -> None:
    with pytest.raises(InputError) as caught:
        read_csv("id;body\n1;Talks resumed.\n")
    assert str(caught.value) == "in.csv: no 'text' column in the CSV header (columns: 'id;body')"


def test_rows_csv_needs_rows() -> None:
    with pytest.raises(InputError, match="in.csv: no rows under the CSV header"):
        read_csv("id,text\n")


def test_rows_csv_reads_long_fields() -> None:
    long_text = "The talks went on. " * 10_000  # longer than the csv module's default field limit
    assert len(read_csv(f'text\n"{long_text}"\n')[0].text) == len(long_text.strip())
