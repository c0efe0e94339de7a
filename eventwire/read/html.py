"""Reading an HTML page: the article text and metadata that trafilatura finds in it."""

from __future__ import annotations

import datetime as dt
import re

import trafilatura
from trafilatura.settings import Document

from eventwire.errors import InputError
from eventwire.read.body import build_body, paragraphs
from eventwire.read.dates import parse_published
from eventwire.records import Article

# trafilatura's extensive date search reads dates out of footers ("© 2025" became 2025-01-01),
# which would then override the publication date the user gave; metadata dates only.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_LANG_SCAN_CHARS = 4096  # the <html> tag opens the document


def article_from_html(
    markup: str, *, article_id: str, source: str, published: dt.date | None = None
) -> Article:
    """The article in the HTML page ``markup`` read from ``source``.

    A date in the page's metadata wins over ``published``.

    Raises:
        InputError: trafilatura finds no article text in the page.
    """
    document = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    lines = paragraphs(document.text or "") if isinstance(document, Document) else []
    if not isinstance(document, Document) or not lines:
        raise InputError(source, "no article text found in the HTML")
    title = _clean(document.title)
    if title and len(lines) > 1 and _same_words(lines[0], title):
        lines = lines[1:]  # the page's own <h1> repeats the title
    body = build_body(lines)
    return Article(
        id=article_id,
        text=body.text,
        title=title,
        published=_page_date(document.date) or body.dated or published,
        url=_clean(document.url),
        outlet=_clean(document.sitename),
        language=_page_language(markup),
        dateline=body.dateline,
        source_lines=body.source_lines,
        boilerplate=body.boilerplate,
        origin=source,
    )


def _clean(value: str | None) -> str | None:
    """A metadata string with surrounding space removed, or None when there is nothing."""
    return value.strip() or None if value else None


def _same_words(first: str, second: str) -> bool:
    """Whether two lines are the same words, ignoring case and spacing."""
    return first.casefold().split() == second.casefold().split()


def _page_date(value: str | None) -> dt.date | None:
    """The publication date trafilatura read from the page metadata, if it is a real date."""
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None


def _page_language(markup: str) -> str | None:
    """The primary language subtag of ``<html lang="...">``, lower-cased."""
    match = _HTML_LANG.search(markup[:_LANG_SCAN_CHARS])
    return match[1].lower() if match else None
