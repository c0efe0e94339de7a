"""Tests for eventwire.read.trailer: end matter split from the end of a body, never from inside."""

from __future__ import annotations

import pytest

from eventwire.read.trailer import is_boilerplate, is_source_line, split_trailer

BODY = [
    "The ministers met on Tuesday and agreed to reopen the corridor.",
    "Inspections will restart on Monday, officials said.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Articles on this site may not necessarily represent the view of our editorial board.",
        "The views expressed in this column are the author's own.",
        "Follow our channel for daily videos.",
        "Follow us on social media @examplewire",
        "© 2025 Example Wire. All rights reserved.",
        "Copyright 2025 Example Media Group",
        "Subscribe to our newsletter for the morning briefing.",
        "Sign up for breaking news alerts",
        "Click here to read the full statement.",
        "Read more: How the corridor deal was made",
        "Advertisement",
        "This article was originally published by Example Weekly.",
    ],
)
def test_trailer_finds_publisher_notices(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kyiv Independent, Turkish news sources",
        "Reuters",
        "With AFP and AP",
        "Sources: Anadolu Agency, state media",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Additional reporting by the Istanbul bureau.",
        "Reuters contributed to this report.",
    ],
)
def test_trailer_finds_source_lines(line: str) -> None:
    assert is_source_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Russia has not commented on the agreement.",
        "Kyiv Pushes to Restart Diplomacy After Months of Deadlock",
        "Reuters reported that the talks had failed, citing two officials.",
        "“We will wait,” he said",
    ],
)
def test_trailer_leaves_body_lines_alone(line: str) -> None:
    assert not is_source_line(line)
    assert not is_boilerplate(line)


def test_trailer_splits_sources_and_notices_in_order() -> None:
    lines = [*BODY, "Example News, wire sources", "All rights reserved.", "Click here to subscribe"]
    body, sources, boilerplate = split_trailer(lines)
    assert body == BODY
    assert sources == ["Example News, wire sources"]
    assert boilerplate == ["All rights reserved.", "Click here to subscribe"]


def test_trailer_stops_at_the_first_body_line_from_the_end() -> None:
    inner = "Officials said all rights reserved for the state were kept; click here was a slogan."
    lines = [BODY[0], inner, BODY[1]]
    assert split_trailer(lines) == (lines, [], [])


def test_trailer_never_empties_the_body() -> None:
    assert split_trailer(["Reuters"]) == (["Reuters"], [], [])


def test_trailer_keeps_a_long_closing_paragraph_with_a_cue() -> None:
    closing = "The minister urged citizens to subscribe to the state bond scheme. " * 8
    assert split_trailer([BODY[0], closing.strip()])[0] == [BODY[0], closing.strip()]
