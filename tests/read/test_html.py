"""Tests for eventwire.read.html: article text and metadata out of a web page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.read.html import article_from_html
from eventwire.records import Article

RESOURCES = Path(__file__).parent.parent / "resources" / "read"
PARAGRAPH = (
    "Negotiators met for a second day on Wednesday and agreed on a timetable for the exchange of "
    "prisoners, the mediators said in a statement issued after the session."
)


def read(markup: str, published: dt.date | None = None) -> Article:
    return article_from_html(markup, article_id="p", source="p.html", published=published)


def test_html_reads_text_and_metadata() -> None:
    markup = (RESOURCES / "page.html").read_text(encoding="utf-8")
    article = read(markup, published=dt.date(2000, 1, 1))
    assert article.title == "Border talks resume in Geneva"
    assert article.published == dt.date(2025, 3, 4)  # the page's date wins over the default
    assert article.outlet == "The Example Herald"
    assert article.url == "https://herald.example.org/world/border-talks-resume"
    assert article.language == "en"
    assert article.dateline is not None and article.dateline.wire == "AFP"
    lines = article.text.split("\n")
    assert lines[0].startswith("Negotiators from Armenia and Azerbaijan resumed talks")
    assert len(lines) == 3
    assert "Home" not in article.text and "newsletter" not in article.text


def test_html_without_a_date_takes_the_default() -> None:
    markup = f"<html><body><p>{PARAGRAPH}</p><p>© 2019 Example.</p></body></html>"
    article = read(markup, published=dt.date(2025, 11, 18))
    assert article.published == dt.date(2025, 11, 18)
    assert article.text.startswith("Negotiators met")


def test_html_malformed_markup_is_still_read() -> None:
    markup = (
        "<html><head><title>Prisoner swap agreed</title><body><div><span><p>"
        f"{PARAGRAPH}<p>The next round is due in <b>Istanbul</i> on Friday.</div></span><td>"
    )
    article = read(markup)
    assert PARAGRAPH in article.text
    assert "The next round is due in Istanbul on Friday." in article.text


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Empty</title></head><body><div></div></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_text_is_an_input_error(markup: str) -> None:
    with pytest.raises(InputError) as caught:
        read(markup)
    assert str(caught.value) == "p.html: no article text found in the HTML"
