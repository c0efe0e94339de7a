"""Tests for eventwire.events.codes: the CAMEO table's classes, scores and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.codes import CameoCode, cameo_code, load_codes
from eventwire.records import PLOVER_EVENTS

HEADER = "cameo\tname\tgoldstein\tquad\tplover\tmode\tcontext\n"
CODES = load_codes()


def _quad_of_root(cameo: str) -> int:
    """CAMEO's quad classes by root: 01-05, 06-08, 09-13, 14-20."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "codes.tsv"
    path.write_text(
        "# a comment line\n" + HEADER + "".join(row + "\n" for row in rows), encoding="utf-8"
    )
    return path


def test_codes_table_covers_every_root() -> None:
    assert {f"{root:02d}" for root in range(1, 21)} <= set(CODES)


def test_codes_quad_class_matches_root() -> None:
    assert [code for code, row in CODES.items() if row.quad != _quad_of_root(code)] == []


def test_codes_goldstein_within_scale() -> None:
    assert [code for code, row in CODES.items() if not -10 <= row.goldstein <= 10] == []


def test_codes_rows_are_well_formed() -> None:
    for code, row in CODES.items():
        assert row.cameo == code and code.isdigit() and 2 <= len(code) <= 4
        assert row.plover is None or row.plover in PLOVER_EVENTS
        assert all(context and context == context.strip() for context in row.context)


def test_codes_visit() -> None:
    assert cameo_code("042") == CameoCode(
        cameo="042",
        name="Make a visit",
        goldstein=1.9,
        quad=1,
        plover="CONSULT",
        mode="visit",
        context=(),
    )


def test_codes_statements_have_no_plover_type() -> None:
    assert CODES["010"].plover is None  # statements are quoted, not coded


def test_codes_unknown_code_raises() -> None:
    with pytest.raises(DataFileError, match="no CAMEO code '999'"):
        cameo_code("999")


def test_codes_reads_a_valid_table(tmp_path: Path) -> None:
    codes = load_codes(
        _table(tmp_path, "045\tEngage in mediation\t5\t1\tCONSULT\t\tdiplomatic|economic")
    )
    assert codes["045"].context == ("diplomatic", "economic")
    assert codes["045"].mode is None


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("042\tMake a visit\thigh\t1\tCONSULT\tvisit\t", "malformed row"),
        ("042\tMake a visit\t1.9\tone\tCONSULT\tvisit\t", "malformed row"),
        ("042\tMake a visit\t1.9\t5\tCONSULT\tvisit\t", "quad 5 does not match root 04"),
        ("42a\tMake a visit\t1.9\t1\tCONSULT\tvisit\t", "code '42a' is not 2 to 4 digits"),
        ("04211\tMake a visit\t1.9\t1\tCONSULT\tvisit\t", "code '04211' is not 2 to 4 digits"),
        ("042\tMake a visit", "malformed row"),
    ],
)
def test_codes_malformed_table_names_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    path = _table(tmp_path, "040\tConsult\t1\t1\tCONSULT\t\t", row)
    with pytest.raises(DataFileError, match=f"codes.tsv:4: {problem}"):
        load_codes(path)
