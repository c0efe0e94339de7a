"""Tests for eventwire.read.dateline: cutting "ANKARA (Reuters) -" off a body, and only that."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.read.dateline import cut_dateline, dateline_date
from eventwire.records import Dateline


@pytest.mark.parametrize(
    ("text", "written", "place", "wire"),
    [
        ("ANKARA (Reuters) - Turkey said", "ANKARA (Reuters) -", "Ankara", "Reuters"),
        ("KYIV, Nov 18 (AP) — Ukraine said", "KYIV, Nov 18 (AP) —", "Kyiv", "AP"),
        ("WASHINGTON — The White House said", "WASHINGTON —", "Washington", None),
        ("MADRID, Spain (AFP) -The premier said", "MADRID, Spain (AFP) -", "Madrid", "AFP"),
        ("NEW YORK, Nov. 18, 2025 (Reuters) -- Oil rose", "NEW YORK, Nov. 18, 2025 (Reuters) --", "New York", "Reuters"),
        ("ST. LOUIS (AP) – Police said", "ST. LOUIS (AP) –", "St. Louis", "AP"),
        ("GAZA CITY, Gaza Strip (Reuters) - Aid arrived", "GAZA CITY, Gaza Strip (Reuters) -", "Gaza City", "Reuters"),
        ("NEW DELHI, Nov 18 (dpa) - India said", "NEW DELHI, Nov 18 (dpa) -", "New Delhi", "dpa"),
        ("ANKARA, Turkey - Officials said", "ANKARA, Turkey -", "Ankara", None),
        ("BEIRUT—Lebanon said", "BEIRUT—", "Beirut", None),
        ("Kyiv (AFP) - Ukraine said", "Kyiv (AFP) -", "Kyiv", "AFP"),
    ],
)  # fmt: skip
def test_dateline_cut_from_the_start(text: str, written: str, place: str, wire: str | None) -> None:
    dateline, rest = cut_dateline(text)
    assert dateline == Dateline(text=written, place=place, wire=wire)
    assert text.startswith(written)
    assert rest == text[len(written) :].lstrip()


@pytest.mark.parametrize(
    "text",
    [
        "U.S. - China talks resumed on Monday.",
        "U.S.-China talks resumed on Monday.",
        "COVID-19 cases rose again.",
        "NATO - Russia tensions grew.",
        "WHO - The agency said.",
        "BREAKING — The minister resigned.",
        "The ANKARA talks - a summary.",
        "Ukraine said - on Monday - that talks failed.",
        "Turkey (a NATO member) agreed.",
        "ANKARA -",
        "Ankara - the capital - hosted talks.",
        "Officials in ANKARA (Reuters) - said so.",
    ],
)
def test_dateline_leaves_ordinary_openings_alone(text: str) -> None:
    assert cut_dateline(text) == (None, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Nov. 18, 2025 (AP) — Russia fired", dt.date(2025, 11, 18)),
        ("WASHINGTON, March 3, 2024 — The Senate", dt.date(2024, 3, 3)),
        ("KYIV, Nov 18 (AP) — Russia fired", None),  # no year: no date of its own
        ("ANKARA (Reuters) - Turkey said", None),
        ("KYIV, Feb. 30, 2025 (AP) — Russia fired", None),  # no such day
    ],
)
def test_dateline_date_needs_its_year(text: str, expected: dt.date | None) -> None:
    dateline, _ = cut_dateline(text)
    assert dateline_date(dateline) == expected
