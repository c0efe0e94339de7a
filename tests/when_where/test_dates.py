"""Tests for eventwire.when_where.dates: resolving expressions against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when_where.dates import EventDate, publication_date, resolve
from eventwire.when_where.timex import find_time_expressions

TUESDAY = dt.date(2025, 11, 18)  # the seed article's publication date, a Tuesday


def resolved(text: str, forward: bool = False, published: dt.date | None = TUESDAY,
             anchor: dt.date | None = None) -> tuple:  # fmt: skip
    [expression] = find_time_expressions(text)
    date = resolve(expression, published, forward, anchor)
    return date.date, date.precision, date.basis


@pytest.mark.parametrize(
    ("text", "forward", "expected"),
    [
        # A weekday: the next one (the same day counts) for a plan, else the last one.
        ("on Wednesday", True, ("2025-11-19", "day", "relative")),
        ("on Wednesday", False, ("2025-11-12", "day", "relative")),
        ("on Tuesday", True, ("2025-11-18", "day", "relative")),
        ("on Tuesday", False, ("2025-11-18", "day", "relative")),
        ("last Tuesday", False, ("2025-11-11", "day", "relative")),
        ("next Monday", True, ("2025-11-24", "day", "relative")),
        # A calendar day without its year: the year nearest publication on the tense's side.
        ("on Nov. 11", False, ("2025-11-11", "day", "explicit")),
        ("on Nov. 11", True, ("2026-11-11", "day", "explicit")),
        ("on Dec. 29", False, ("2024-12-29", "day", "explicit")),
        ("on March 3, 2024", True, ("2024-03-03", "day", "explicit")),
        ("on Nov. 11-12", False, ("2025-11-11/2025-11-12", "day", "explicit")),
        ("from Dec. 29 to Jan. 2", False, ("2024-12-29/2025-01-02", "day", "explicit")),
        # Months and years
        ("between May and July", False, ("2025-05/2025-07", "month", "explicit")),
        ("between November and February", False, ("2024-11/2025-02", "month", "explicit")),
        ("in December", False, ("2024-12", "month", "explicit")),
        ("in December", True, ("2025-12", "month", "explicit")),
        ("last March", False, ("2025-03", "month", "explicit")),
        ("in 2014", False, ("2014", "year", "explicit")),
        ("from 2014 to 2016", False, ("2014/2016", "year", "explicit")),
        # Periods counted from publication
        ("this week", False, ("2025-11-17/2025-11-23", "week", "relative")),
        ("last week", False, ("2025-11-10/2025-11-16", "week", "relative")),
        ("two weeks ago", False, ("2025-11-03/2025-11-09", "week", "relative")),
        ("last month", False, ("2025-10", "month", "relative")),
        ("earlier this year", False, ("2025", "year", "relative")),
        ("late last year", False, ("2024", "year", "relative")),
        ("yesterday", False, ("2025-11-17", "day", "relative")),
        ("tomorrow", True, ("2025-11-19", "day", "relative")),
        ("three days ago", False, ("2025-11-15", "day", "relative")),
        ("in five days", True, ("2025-11-23", "day", "relative")),
        ("on the 3rd of March 2024", False, ("2024-03-03", "day", "explicit")),
        # Seasons (northern) and weekends
        ("last summer", False, ("2025-06/2025-08", "month", "relative")),
        ("next spring", True, ("2026-03/2026-05", "month", "relative")),
        ("in the spring", True, ("2026-03/2026-05", "month", "relative")),
        ("last winter", False, ("2024-12/2025-02", "month", "relative")),
        ("in the summer of 2023", False, ("2023-06/2023-08", "month", "explicit")),
        ("this weekend", True, ("2025-11-22/2025-11-23", "day", "relative")),
        ("over the weekend", False, ("2025-11-15/2025-11-16", "day", "relative")),
        ("the 2022 election", False, ("2022", "year", "explicit")),
    ],
)
def test_dates_resolve_against_publication(text: str, forward: bool, expected: tuple) -> None:
    assert resolved(text, forward) == expected


def test_dates_count_a_day_earlier_from_the_day_stated_before() -> None:
    assert resolved("A day earlier", anchor=dt.date(2025, 11, 18)) == ("2025-11-17", "day", "relative")
    assert resolved("two days later", anchor=dt.date(2025, 11, 11)) == ("2025-11-13", "day", "relative")
    assert resolved("the same day", anchor=dt.date(2025, 11, 11)) == ("2025-11-11", "day", "relative")
    # with no day stated, from publication
    assert resolved("the day before") == ("2025-11-17", "day", "relative")


def test_dates_without_a_publication_date_resolve_only_what_carries_its_year() -> None:
    assert resolved("on Wednesday", published=None) == (None, "unknown", "none")
    assert resolved("on Nov. 11", published=None) == (None, "unknown", "none")
    assert resolved("on Nov. 11, 2024", published=None) == ("2024-11-11", "day", "explicit")
    assert resolved("in 2014", published=None) == ("2014", "year", "explicit")


def test_dates_keep_the_words_of_a_vague_expression() -> None:
    [expression] = find_time_expressions("recently")
    assert resolve(expression, TUESDAY, False) == EventDate(None, "unknown", "none", "recently")


def test_dates_no_calendar_day_gives_no_date() -> None:
    assert resolved("on Feb. 30") == (None, "unknown", "none")


def test_dates_publication_date() -> None:
    assert publication_date(TUESDAY) == EventDate("2025-11-18", "day", "publication")
    assert publication_date(None) == EventDate(None, "unknown", "none")
