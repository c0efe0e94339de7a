"""Tests for eventwire.when_where.timex: finding time expressions in text."""

from __future__ import annotations

import pytest

from eventwire.when_where.timex import find_time_expressions


def found(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in find_time_expressions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will travel to Turkey on Wednesday.", [("weekday", "Wednesday")]),
        ("Detainees were exchanged between May and July.", [("month_range", "between May and July")]),
        ("Umerov visited Istanbul on Nov. 11 to work.", [("calendar", "Nov. 11")]),
        ("It was signed on 11 November 2024 in Paris.", [("calendar", "11 November 2024")]),
        ("The vote is set for 2026-03-03.", [("calendar", "2026-03-03")]),
        ("Talks ran on Nov. 11-12 in Doha.", [("day_range", "Nov. 11-12")]),
        ("From Dec. 29 to Jan. 2 the border stayed shut.", [("day_range", "From Dec. 29 to Jan. 2")]),
        ("A day earlier, he signed a deal.", [("anchored", "A day earlier")]),
        ("Two days later the army withdrew.", [("anchored", "Two days later")]),
        ("Troops left the next day.", [("anchored", "the next day")]),
        ("It broke down earlier this year.", [("period", "earlier this year")]),
        ("He said this week that it suits him.", [("period", "this week")]),
        ("The party was banned late last year.", [("period", "late last year")]),
        ("Rebels struck three days ago.", [("ago", "three days ago")]),
        ("Elections will be held in five days.", [("ahead", "in five days")]),
        ("Police arrested him yesterday.", [("today", "yesterday")]),
        ("Last Friday night, gunmen attacked a bar.", [("weekday", "Last Friday night")]),
        ("The war began in 2014.", [("year", "in 2014")]),
        ("Fighting raged from 2014 to 2016.", [("year_range", "from 2014 to 2016")]),
        ("Talks collapsed in early March.", [("month", "in early March")]),
        ("The deal of March 2023 still holds.", [("month", "March 2023")]),
        ("By May 9, 30 people had died.", [("calendar", "May 9")]),
        ("Sanctions were recently imposed.", [("vague", "recently")]),
        ("Talks may resume in the coming days.", [("vague", "in the coming days")]),
    ],
)
def test_timex_finds_the_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They may meet again.",  # the verb, not the month
        "Thousands joined a march in the capital.",
        "More than 2,500 soldiers remain in captivity.",  # a number, not a year
        "The next round of talks stalled.",  # "the next" with no day
        "The ministry said 2014 soldiers had died.",  # a bare number after no preposition
    ],
)
def test_timex_ignores_words_that_are_no_time(text: str) -> None:
    assert found(text) == []


def test_timex_offsets_count_into_the_text() -> None:
    text = "Zelensky will travel to Turkey on Wednesday."
    [expression] = find_time_expressions(text, offset=100)
    assert (expression.start, expression.end) == (100 + text.index("Wednesday"), 100 + text.index("."))
