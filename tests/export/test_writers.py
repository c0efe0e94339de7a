"""Tests of eventwire.export: the writers, the format switch and atomic files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.errors import InputError
from eventwire.export import FLAT_COLUMNS, FORMATS, export, write_csv, write_jsonl, write_parquet
from eventwire.export import writers
from eventwire.records import EventRecord

from store.factories import RUSSIA, UKRAINE, UN, make_article, make_event


@pytest.fixture
def records() -> list[EventRecord]:
    ukraine, kenya = make_article("ukr-1"), make_article("ken-1", published=None)
    return [
        make_event(ukraine, 0),
        make_event(ukraine, 1, event="REQUEST", recipient=[UN], date=None, modality="future"),
        make_event(ukraine, 2, event="CONSULT", actor=[UKRAINE, RUSSIA], recipient=[]),
        make_event(kenya, 0, event="PROTEST", location=None, attribution=[], date="2025"),
    ]


def failing(records: list[EventRecord], after: int) -> Iterator[EventRecord]:
    """The records, but an error after ``after`` of them (like a store that goes away)."""
    yield from records[:after]
    raise RuntimeError("the store went away")


def test_writers_jsonl_round_trip(records: list[EventRecord], tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert write_jsonl(records, path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [EventRecord.model_validate_json(line) for line in lines] == records
    assert json.loads(lines[0])["event"] == "ACCUSE"


@pytest.mark.parametrize("stream_type", [io.StringIO, io.BytesIO])
def test_writers_jsonl_to_a_stream(records: list[EventRecord], stream_type: type) -> None:
    stream = stream_type()
    write_jsonl(records, stream)
    value = stream.getvalue()
    text = value.decode("utf-8") if isinstance(value, bytes) else value
    assert [EventRecord.model_validate_json(line) for line in text.splitlines()] == records
    assert not stream.closed


def test_writers_csv_header_and_rows(records: list[EventRecord], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_csv(records, path) == 4
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(FLAT_COLUMNS)
    assert len(rows) == 5
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(table["id"]) == [record.id for record in records]
    assert table.loc[2, "actor_code"] == "UKR;RUS"
    assert table.loc[1, "date"] == ""


def test_writers_csv_keeps_commas_quotes_and_newlines(tmp_path: Path) -> None:
    article = make_article(text='He said: "no", then left.\nLater, more.')
    path = tmp_path / "events.csv"
    write_csv([make_event(article, 0)], path)
    table = pd.read_csv(path, dtype=str)
    assert table.loc[0, "evidence_text"] == article.text[:75]


def test_writers_parquet_readable_by_pandas(records: list[EventRecord], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet(records, path) == 4
    table = pd.read_parquet(path)
    assert list(table.columns) == [*FLAT_COLUMNS, "record"]
    assert list(table["quad_code"]) == [3, 1, 1, 3]
    assert table["confidence"].dtype == "float64"
    assert [EventRecord.model_validate_json(text) for text in table["record"]] == records


def test_writers_parquet_in_several_row_groups(
    records: list[EventRecord], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writers, "PARQUET_BATCH", 3)
    path = tmp_path / "events.parquet"
    write_parquet(records, path)
    assert pq.ParquetFile(path).num_row_groups == 2
    assert pq.read_table(path).num_rows == 4


def test_writers_empty_export_keeps_the_columns(tmp_path: Path) -> None:
    assert write_parquet([], tmp_path / "none.parquet") == 0
    assert list(pd.read_parquet(tmp_path / "none.parquet").columns) == [*FLAT_COLUMNS, "record"]
    write_csv([], tmp_path / "none.csv")
    assert (tmp_path / "none.csv").read_text() == ",".join(FLAT_COLUMNS) + "\n"
    write_jsonl(iter([]), tmp_path / "none.jsonl")
    assert (tmp_path / "none.jsonl").read_text() == ""


@pytest.mark.parametrize(
    ("fmt", "name"), [("jsonl", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet")]
)
def test_writers_failed_export_leaves_no_file(
    records: list[EventRecord], tmp_path: Path, fmt: str, name: str
) -> None:
    with pytest.raises(RuntimeError, match="went away"):
        export(failing(records, 2), fmt, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_writers_failed_export_keeps_the_previous_file(
    records: list[EventRecord], tmp_path: Path
) -> None:
    path = tmp_path / "events.jsonl"
    write_jsonl(records[:1], path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        write_jsonl(failing(records, 3), path)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_writers_unwritable_path_is_an_input_error(
    records: list[EventRecord], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "events.csv"
    with pytest.raises(InputError, match="cannot write the export") as raised:
        write_csv(records, target)
    assert str(target) in str(raised.value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_writers_export_dispatches_on_format(
    records: list[EventRecord], tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"events.{fmt}"
    assert export(records, fmt, path) == 4
    if fmt == "parquet":
        assert len(pd.read_parquet(path)) == 4
    elif fmt == "csv":
        assert len(path.read_text().splitlines()) == 5
    else:
        assert path.read_text().splitlines()[0] == records[0].model_dump_json()


def test_writers_export_rejects_an_unknown_format(
    records: list[EventRecord], tmp_path: Path
) -> None:
    with pytest.raises(InputError) as raised:
        export(records, "xlsx", tmp_path / "events.xlsx")
    assert str(raised.value) == (
        "--format: unknown format 'xlsx' (expected plover-jsonl, csv or parquet)"
    )
    assert list(tmp_path.iterdir()) == []
