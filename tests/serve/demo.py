"""A small filled store for the API tests, and a stand-in for the pipeline (no model).

Two articles: the factories' Ukrainian one (three events, two quotes) and a Kenyan one whose
title and text carry HTML and a script tag, which the API must hand back verbatim as JSON strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from eventwire.records import Article, CodedArticle, Entity, Quote
from eventwire.store import Store
from tests.batch.standin_coder import made_up_event
from tests.store.factories import POLICE, PROTESTERS, UKRAINE, UN, make_article, make_event

HOSTILE_TITLE = '<img src=x onerror="alert(1)"> Clashes & "riots"'
HOSTILE_TEXT = "<script>alert('x')</script> Police fired tear gas at protesters in Nairobi on Monday. </p>"
PUTIN = Entity(text="Vladimir Putin", name="Vladimir Putin", code="RUS", sector="GOV", cameo_code="RUSGOV")


def fill(store: Store) -> None:
    """Store the two demo articles with their events and quotes."""
    ukraine = make_article("ukr-1")
    store.save(ukraine, [
        make_event(ukraine, 0),
        make_event(ukraine, 1, event="REQUEST", actor=[UKRAINE], recipient=[UN], date="2025-11-07"),
        make_event(ukraine, 2, event="REJECT", actor=[PUTIN], recipient=[UKRAINE], date="2025-12-02"),
    ], quotes=[quote("ukr-1", UKRAINE, "Russia shelled grain silos", 0)])  # fmt: skip
    kenya = make_article("ken-1", text=HOSTILE_TEXT, published=dt.date(2025, 11, 20), title=HOSTILE_TITLE)
    store.save(kenya, [
        make_event(kenya, 0, event="COERCE", actor=[POLICE], recipient=[PROTESTERS], date="2025-11-17", start=0),
        make_event(kenya, 1, event="ASSAULT", actor=[PROTESTERS], recipient=[POLICE], date=None, start=0),
    ], quotes=[quote("ken-1", POLICE, "<b>the crowd</b> was dispersed", 29)])  # fmt: skip


def quote(article_id: str, speaker: Entity | None, text: str, start: int) -> Quote:
    """A reported statement."""
    return Quote(article_id=article_id, speaker=speaker, speaker_text=speaker.text if speaker else "", verb="said",
                 text=text, direct=False, start=start, end=start + len(text))  # fmt: skip


class StandInPipeline:
    """Codes each article into one made-up ASSAULT event and one quote; counts its builds."""

    built = 0

    def __init__(self) -> None:
        StandInPipeline.built += 1

    def code_many(self, articles: Iterable[Article], batch_size: int = 32, with_mentions: bool = True) -> Iterator[CodedArticle]:
        """One event and one quote per article."""
        for article in articles:
            said = quote(article.id, None, article.text[:10], 0)
            yield CodedArticle(article=article, events=[made_up_event(article)], quotes=[said])
