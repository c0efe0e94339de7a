"""Tests for eventwire.read.dates: publication dates from records and the --published option."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import InputError
from eventwire.read.dates import parse_date_option, parse_published


@pytest.mark.parametrize(
    "value",
    [
        "2025-11-18",
        "2025-11-18T09:30:00Z",
        "2025-11-18T23:30:00-05:00",
        "2025-11-18 09:30",
        " 2025-11-18 ",
    ],
)
def test_dates_parse_iso_dates_and_datetimes(value: str) -> None:
    assert parse_published(value) == dt.date(2025, 11, 18)


@pytest.mark.parametrize(
    "value", ["", "yesterday", "18/11/2025", "2025-13-01", "2025-11", "20251118"]
)
def test_dates_refuse_other_strings(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published(value)


def test_dates_option_gives_a_date() -> None:
    assert parse_date_option("2025-11-18") == dt.date(2025, 11, 18)


def test_dates_option_names_the_option_and_value() -> None:
    with pytest.raises(InputError) as caught:
        parse_date_option("xyz")
    assert str(caught.value) == "--published: invalid date 'xyz' (expected YYYY-MM-DD)"
