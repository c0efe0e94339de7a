"""Tests for eventwire.watch.pages: a fetched page read as an Article, the feed filling the gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from eventwire.errors import InputError
from eventwire.store.feed_state import FeedItem
from eventwire.watch.fetch import Fetched
from eventwire.watch.pages import article_from_page, article_id_for

PAGES = Path(__file__).resolve().parents[1] / "resources" / "watch" / "pages"
URL = "https://ledger.example/2025/11/story"


def item(url: str = URL, title: str | None = "The entry's title", published: dt.date | None = dt.date(2025, 11, 19),
         feed_title: str | None = "The Feed") -> FeedItem:  # fmt: skip
    return FeedItem("https://ledger.example/rss", "k1", url, title, published, "pending", 0, None, None, feed_title)


def page(body: bytes, content_type: str = "text/html; charset=utf-8", url: str = URL) -> Fetched:
    return Fetched(url, 200, httpx.Headers({"content-type": content_type}), body)


def test_pages_article_id_is_stable_per_url() -> None:
    assert article_id_for(URL) == article_id_for(URL)
    assert article_id_for(URL) == article_id_for(URL + "#comments")
    assert article_id_for(URL) != article_id_for(URL + "?page=2")
    assert article_id_for(URL).startswith("web-")


def test_pages_metadata_of_the_page_wins() -> None:
    article = article_from_page(page((PAGES / "vilnius.html").read_bytes()), item())
    assert article.id == article_id_for(URL)
    assert article.title == "Coalition talks stall in Vilnius"
    assert article.published == dt.date(2025, 11, 17)
    assert article.outlet == "The Baltic Ledger"
    assert article.url == URL  # the entry's link, whatever the page calls itself
    assert article.text.startswith("Talks on forming a new Lithuanian government")
    assert article.dateline is not None and article.dateline.place == "Vilnius"


def test_pages_the_entry_and_feed_fill_what_the_page_lacks() -> None:
    article = article_from_page(page((PAGES / "undated.html").read_bytes()), item())
    assert article.title == "The entry's title"
    assert article.published == dt.date(2025, 11, 19)
    assert article.outlet == "The Feed"
    assert "Andrejsala" in article.text


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><head><meta charset='windows-1252'></head><body><p>{text}</p></body></html>", "text/html"),
        ("<html><body><p>{text}</p></body></html>", "text/html; charset=windows-1252"),
        ("<html><body><p>{text}</p></body></html>", "text/html"),  # no charset at all: cp1252 fallback
    ],
)
def test_pages_read_the_charset_the_page_names(body: str, content_type: str) -> None:
    text = ("The minister of the Côte d'Ivoire said the talks in Abidjan would resume on Monday "
            "after a pause of two weeks, and that both delegations had agreed on an agenda.")  # fmt: skip
    article = article_from_page(page(body.format(text=text).encode("cp1252"), content_type), item())
    assert "Côte d'Ivoire" in article.text


@pytest.mark.parametrize(
    ("body", "problem"),
    [(b"", "file is empty"), (b"<html><body><div></div></body></html>", "no article text found"),
     (b"\x00\x01\x02binary", "binary file")],
)
def test_pages_without_article_text_are_refused(body: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as raised:
        article_from_page(page(body, "text/html"), item())
    assert raised.value.source == URL
