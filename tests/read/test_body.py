"""Tests for eventwire.read.body: the one shape of an article's coded text."""

from __future__ import annotations

import pytest

from eventwire.read.body import build_body, paragraphs, text_lines


def test_body_lines_normalise_line_ends_and_trailing_space() -> None:
    assert text_lines("one  \r\ntwo\rthree\t\n") == ["one", "two", "three", ""]


def test_body_paragraphs_drop_blank_lines_and_keep_characters() -> None:
    assert paragraphs("\n  First — “quoted”.\n\n\nSecond.\n") == ["  First — “quoted”.", "Second."]


def test_body_joins_paragraphs_with_one_newline_after_cutting() -> None:
    body = build_body(
        [
            "WASHINGTON — The White House said talks would go on.",
            "Section Heading Stays",
            "A closing paragraph of the report.",
            "Reuters",
        ]
    )
    assert body.text == (
        "The White House said talks would go on.\nSection Heading Stays\n"
        "A closing paragraph of the report."
    )
    assert body.dateline is not None and body.dateline.place == "Washington"
    assert body.source_lines == ("Reuters",)


def test_body_needs_a_paragraph() -> None:
    with pytest.raises(ValueError):
        build_body([])
