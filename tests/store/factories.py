"""EventRecord and Article objects built by hand, for store and export tests.

The example world: a Ukrainian news article about Russia and a protest in Kenya.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.records import (
    Article,
    ArticleRef,
    Attribution,
    Coder,
    Dateline,
    Entity,
    EventRecord,
    Evidence,
    Place,
)

UKRAINE_TEXT = (
    "Ukraine's foreign ministry accused Russia of shelling grain silos in Odesa. "
    "Kyiv said it would ask the United Nations for help on Friday."
)

# The kinds of events the tests use: type -> (CAMEO code, quad class, Goldstein score).
KINDS = {
    "ACCUSE": ("112", 3, -2.0),
    "REQUEST": ("020", 1, 3.0),
    "PROTEST": ("141", 3, -6.5),
    "ASSAULT": ("190", 4, -10.0),
    "CONSULT": ("040", 1, 1.0),
    "REJECT": ("120", 3, -4.0),
    "COERCE": ("170", 4, -7.0),
}

UKRAINE = Entity(
    text="Ukraine's foreign ministry",
    name="Ukraine",
    code="UKR",
    sector="GOV",
    cameo_code="UKRGOV",
    office="Foreign Ministry",
    wikidata_id="Q2068093",
)
RUSSIA = Entity(text="Russia", name="Russia", code="RUS", sector="GOV", cameo_code="RUSGOV")
UN = Entity(text="the United Nations", name="United Nations", code="UNO", cameo_code="IGOUNO")
PROTESTERS = Entity(text="protesters", code="KEN", sector="CVL", cameo_code="KENCVL")
POLICE = Entity(text="police", code="KEN", sector="COP", cameo_code="KENCOP")


def make_article(
    article_id: str = "ukr-1",
    *,
    text: str = UKRAINE_TEXT,
    published: dt.date | None = dt.date(2025, 11, 5),
    **fields: Any,
) -> Article:
    """An article with a dateline, tags and the rest filled in."""
    values: dict[str, Any] = {
        "title": f"Title of {article_id}",
        "url": f"https://news.example.org/{article_id}",
        "outlet": "Example News",
        "language": "en",
        "dateline": Dateline(text="KYIV (Reuters) -", place="KYIV", wire="Reuters"),
        "tags": ("World", "Europe"),
        "source_lines": ("Reporting by A. Writer",),
        "boilerplate": ("Our standards: The Trust Principles.",),
        "origin": f"corpus.jsonl:{article_id}",
    }
    values.update(fields)
    return Article(id=article_id, text=text, published=published, **values)


def make_event(
    article: Article,
    number: int = 0,
    *,
    event: str = "ACCUSE",
    actor: list[Entity] | None = None,
    recipient: list[Entity] | None = None,
    date: str | None = "2025-11-04",
    modality: str = "asserted",
    start: int | None = None,
    **fields: Any,
) -> EventRecord:
    """An event of ``article``; ``number`` makes its id and, unless given, its offsets."""
    cameo, quad, goldstein = KINDS[event]
    start = number * 80 if start is None else start
    values: dict[str, Any] = {
        "mode": None,
        "context": ["military"],
        "date_precision": _precision(date),
        "date_basis": "explicit" if date else "publication",
        "date_text": "on Tuesday" if date else None,
        "location": Place(text="Odesa", name="Odesa", country="UKR", admin1="Odesa Oblast",
                          lat=46.48, lon=30.73, geonameid=698740, precision="city"),  # fmt: skip
        "attribution": [Attribution(speaker=UKRAINE, text="the ministry", verb="said")],
        "confidence": 0.8125,
    }
    values.update(fields)
    return EventRecord(
        id=f"{article.id}-e{number}",
        article_id=article.id,
        event=event,
        cameo=cameo,
        quad_code=quad,
        goldstein=goldstein,
        actor=actor if actor is not None else [UKRAINE],
        recipient=recipient if recipient is not None else [RUSSIA],
        modality=modality,
        date=date,
        evidence=Evidence(text=article.text[:75], start=start, end=start + 75, sentence=number,
                          trigger="accused"),  # fmt: skip
        article=ArticleRef(
            id=article.id,
            url=article.url,
            title=article.title,
            outlet=article.outlet,
            published=article.published.isoformat() if article.published else None,
        ),
        coder=Coder(version="0.1.0"),
        **values,
    )


def _precision(date: str | None) -> str:
    """The precision a date string implies."""
    if date is None:
        return "unknown"
    if "/" in date:
        return "month"
    return {4: "year", 7: "month", 10: "day"}[len(date)]
