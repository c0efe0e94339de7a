"""Event dates, first version: an asserted event reported as news takes the publication date.

Time expressions in the sentence ("on Wednesday", "between May and July") are read by the
time-and-place stage that replaces this one; until then an event that is not asserted, or an
article with no publication date, gets no date (``date_basis: none``) rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Article


@dataclass(frozen=True)
class EventDate:
    """A resolved date with its precision, basis and source words."""

    date: str | None
    precision: str
    basis: str
    text: str | None = None


NO_DATE = EventDate(None, "unknown", "none")


def publication_date(article: Article, modality: str) -> EventDate:
    """The publication date for asserted events; nothing for planned or unreal ones."""
    if modality != "asserted" or article.published is None:
        return NO_DATE
    return EventDate(article.published.isoformat(), "day", "publication")
