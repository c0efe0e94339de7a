"""Turning a fetched article page into an Article, with the feed entry filling what it lacks.

The page is read by the project's own HTML reader (:func:`eventwire.read.html.article_from_html`).
The article's id is a hash of the entry's link, so fetching the same page again replaces the
stored article rather than adding a copy. The link is the article's URL; its title, date and
outlet come from the page, else from the entry (title, date) and the feed (outlet).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urldefrag

from eventwire.read.decode import decode_text
from eventwire.read.html import article_from_html
from eventwire.records import Article
from eventwire.store.feed_state import FeedItem
from eventwire.watch.fetch import Fetched

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_SNIFF_BYTES = 2048


def article_id_for(url: str) -> str:
    """The stable article id of the page at ``url`` (its fragment ignored)."""
    return "web-" + hashlib.sha256(urldefrag(url.strip())[0].encode()).hexdigest()[:20]


def article_from_page(page: Fetched, item: FeedItem) -> Article:
    """The article on a fetched page listed as ``item``.

    Raises:
        InputError: the page is empty, binary, or has no article text.
    """
    markup = _page_text(page, item.url)
    article = article_from_html(markup, article_id=article_id_for(item.url), source=item.url, published=item.published)
    return article.model_copy(
        update={
            "url": item.url,
            "title": article.title or item.title,
            "outlet": article.outlet or item.feed_title,
        }
    )


def _page_text(page: Fetched, source: str) -> str:
    """The page's text, in the charset its header or its <meta> names, else UTF-8 or cp1252."""
    sniffed = _META_CHARSET.search(page.body[:_SNIFF_BYTES])
    for charset in (page.charset, sniffed[1].decode("ascii") if sniffed else None):
        if charset:
            try:
                return page.body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue  # an unknown or wrong charset: try the next way
    return decode_text(page.body, source)
