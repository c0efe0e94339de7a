"""Tests for eventwire.read.plaintext: title, tags and body of a text file, read from layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.read.plaintext import article_from_text, tag_items
from eventwire.records import Article, Dateline

RESOURCES = Path(__file__).parent.parent / "resources" / "read"
SEED = Path("/work/shared/seed/000_af930ad4295694b6.txt")
LONG = (
    "The foreign ministers of the two countries met in the capital on Tuesday and agreed to "
    "resume talks on the disputed border next month, officials said."
)
SECOND = "Both sides described the meeting as constructive."


def read(text: str) -> Article:
    return article_from_text(text, article_id="t", source="t.txt")


def test_plaintext_reads_the_wire_story_fixture() -> None:
    text = (RESOURCES / "wire_story.txt").read_text(encoding="utf-8")
    article = article_from_text(text, article_id="wire_story", source="wire_story.txt")
    assert article.title == "Ministers Agree to Reopen Grain Corridor After Weeks of Talks"
    assert article.tags == ("shipping", "black sea")
    assert article.dateline == Dateline(
        text="ANKARA, Nov 18 (Reuters) -", place="Ankara", wire="Reuters"
    )
    assert article.text.startswith("Turkish and Ukrainian ministers agreed on Tuesday")
    assert "\nInspections to Resume Next Week\n" in article.text
    assert article.text.endswith("Russia has not commented on the agreement.")
    assert "  \n" not in article.text
    assert article.source_lines == (
        "Reporting by a staff correspondent; Editing by the world desk",
    )
    assert len(article.boilerplate) == 2
    assert "All rights reserved" not in article.text


def test_plaintext_reads_the_seed_article() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not on this machine")
    article = read(SEED.read_text(encoding="utf-8"))
    assert article.title == (
        "Zelensky to Visit Turkey in Bid to Reignite U.S.-Backed Peace Diplomacy With Russia"
    )
    assert article.tags == ("zelensky",)
    assert article.source_lines == ("Kyiv Independent, Turkish news sources",)
    assert len(article.boilerplate) == 2
    assert "editorial board" not in article.text and "YouTube" not in article.text
    assert article.text.startswith("Ukrainian President Volodymyr Zelensky will travel")
    lines = article.text.split("\n")
    assert "Kyiv Pushes to Restart Diplomacy After Months of Deadlock" in lines
    assert "Russia Not Participating but Signals Openness to Future Talks" in lines
    assert lines[-1].startswith("Despite these gaps")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"talks to resume on the border\n\n{LONG}", "talks to resume on the border"),
        (f"Ministers Agree to Resume Border Talks\n{LONG}", "Ministers Agree to Resume Border Talks"),
        (f"Ministers agree to resume border talks\n{LONG}\n{SECOND}", "Ministers agree to resume border talks"),
        (f"Will the border talks work?\n{LONG}", "Will the border talks work?"),
        (f"Talks Resume With the U.S.\n{LONG}", "Talks Resume With the U.S."),
        (f"{LONG}\n{SECOND}", None),
        (f"Talks resumed on Tuesday.\n\n{LONG}", None),
        (f"The ministers met and said that the talks would resume next month\n{SECOND}", None),
    ],
)  # fmt: skip
def test_plaintext_tells_a_title_from_body(text: str, title: str | None) -> None:
    article = read(text)
    assert article.title == title
    assert article.text.endswith(SECOND if SECOND in text else LONG)


def test_plaintext_keeps_a_lone_line_as_body() -> None:
    assert read("Border Talks Resume\n").text == "Border Talks Resume"


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("zelensky", ["zelensky"]),
        ("ukraine, turkey, peace talks", ["ukraine", "turkey", "peace talks"]),
        ("Tags: Ukraine, Black Sea Grain", ["Ukraine", "Black Sea Grain"]),
        ("Ukraine, Turkey", ["Ukraine", "Turkey"]),
        ("Zelensky", []),
        ("talks resumed.", []),
        ("The talks resumed on Tuesday, officials said", []),
        ("Kyiv Pushes to Restart Diplomacy", []),
    ],
)
def test_plaintext_recognises_tag_lines(line: str, items: list[str]) -> None:
    assert tag_items(line) == items


def test_plaintext_only_takes_lower_case_tags_above_the_title() -> None:
    article = read(f"diplomacy\nUkraine, Turkey\nTalks Resume in Ankara\n{LONG}")
    assert article.tags == ("diplomacy",)
    assert article.title == "Ukraine, Turkey"


def test_plaintext_tag_lines_leave_the_text() -> None:
    article = read(f"Talks Resume in Ankara\nzelensky\nturkey, diplomacy\n{LONG}")
    assert article.tags == ("zelensky", "turkey", "diplomacy")
    assert article.text == LONG


def test_plaintext_normalises_crlf_and_trailing_space() -> None:
    text = (RESOURCES / "crlf_story.txt").read_bytes().decode("utf-8")
    article = read(text)
    assert article.title == "Mayor meets striking port workers"
    assert "\r" not in article.text
    assert article.text.count("\n") == 1


def test_plaintext_joins_hard_wrapped_paragraphs() -> None:
    text = (
        "Border Talks Resume\n\n"
        "The foreign ministers of the two countries met in the capital on\n"
        "Tuesday and agreed to resume talks on the disputed border next\n"
        "month, officials said.\n\n"
        "Both sides described the meeting as constructive and said a\n"
        "technical team would meet first.\n"
    )
    article = read(text)
    assert article.title == "Border Talks Resume"
    assert article.text == (
        "The foreign ministers of the two countries met in the capital on Tuesday and agreed to "
        "resume talks on the disputed border next month, officials said.\n"
        "Both sides described the meeting as constructive and said a technical team would meet "
        "first."
    )


def test_plaintext_keeps_short_lines_of_a_block_apart() -> None:
    text = f"Heading One\nA short first line.\nAnother short line.\n\n{SECOND}\n"
    article = read(text)
    assert article.text.split("\n") == ["A short first line.", "Another short line.", SECOND]


def test_plaintext_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="t.txt: no article text found"):
        read("\n\n")


def test_plaintext_takes_the_publication_date_a_dated_dateline_gives() -> None:
    text = "KYIV, Nov. 18, 2025 (AP) — Russia fired missiles at the capital overnight."
    assert article_from_text(text, article_id="t", source="t.txt").published == dt.date(2025, 11, 18)
    # the dateline is the article's own date: it wins over --published, a default for the undated
    given = article_from_text(text, article_id="t", source="t.txt", published=dt.date(2025, 11, 20))
    assert given.published == dt.date(2025, 11, 18)
    undated = "KYIV, Nov. 18 (AP) — Russia fired missiles at the capital overnight."
    assert article_from_text(undated, article_id="t", source="t.txt").published is None
