"""Tests of the store's reads for the HTTP API: pages with cursors, the new filters, quotes,
one article with its spans, and the dashboard aggregates, on every backend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.records import Entity, Quote
from eventwire.store import EventFilter, Store

from .databases import BACKENDS, database_url
from .factories import POLICE, PROTESTERS, UKRAINE, UN, make_article, make_event

KENYA_TEXT = "Police in Nairobi fired tear gas at protesters on Monday. The protesters threw stones at police."
PUTIN = Entity(text="Vladimir Putin", name="Vladimir Putin", code="RUS", sector="GOV", cameo_code="RUSGOV")


def _quote(article_id: str, speaker: Entity | None, text: str, start: int) -> Quote:
    return Quote(article_id=article_id, speaker=speaker, speaker_text=speaker.text if speaker else "", verb="said",
                 text=text, direct=False, start=start, end=start + len(text))  # fmt: skip


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        ukraine = make_article("ukr-1")
        opened.save(ukraine, [
            make_event(ukraine, 0),
            make_event(ukraine, 1, event="REQUEST", actor=[UKRAINE], recipient=[UN], date="2025-11-07", mode="assist"),
            make_event(ukraine, 2, event="REJECT", actor=[PUTIN], recipient=[UKRAINE], date="2025-12-02"),
        ], quotes=[_quote("ukr-1", UKRAINE, "Russia shelled grain silos", 0),
                   _quote("ukr-1", None, "it would ask the United Nations", 80)])  # fmt: skip
        kenya = make_article("ken-1", text=KENYA_TEXT, published=dt.date(2025, 11, 20), title="<b>Clashes</b> in Nairobi")
        opened.save(kenya, [
            make_event(kenya, 0, event="COERCE", actor=[POLICE], recipient=[PROTESTERS], date="2025-11-17", start=0),
            make_event(kenya, 1, event="ASSAULT", actor=[PROTESTERS], recipient=[POLICE], date=None, start=58),
        ], quotes=[_quote("ken-1", POLICE, "the crowd was dispersed", 10)])  # fmt: skip
        yield opened


def _ids(records: list) -> list[str]:
    return [record.id for record in records]


def test_browse_event_pages_cover_every_event_once_in_order(store: Store) -> None:
    expected = _ids(store.events())
    for size in (1, 2, 4, 10):
        seen, cursor = [], None
        while True:
            page = store.event_page(EventFilter(limit=size), cursor)
            seen += _ids(page.items)
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == expected, size
    assert expected == ["ukr-1-e0", "ukr-1-e1", "ken-1-e0", "ken-1-e1", "ukr-1-e2"]  # ken-1-e1: published 11-20


def test_browse_event_pages_with_a_date_filter(store: Store) -> None:
    where = EventFilter(since=dt.date(2025, 11, 5), limit=1)
    first = store.event_page(where)
    second = store.event_page(where, first.next_cursor)
    assert _ids(first.items) + _ids(second.items) == ["ukr-1-e1", "ken-1-e0"]


def test_browse_bad_cursor_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="^cursor:"):
        store.event_page(EventFilter(limit=1), "not-a-cursor")
    clusters_cursor = store.cluster_page(EventFilter(limit=1)).next_cursor
    with pytest.raises(InputError, match="^cursor:"):
        store.event_page(EventFilter(limit=1), clusters_cursor)


def test_browse_cluster_and_article_pages(store: Store) -> None:
    clusters, cursor = [], None
    while True:
        page = store.cluster_page(EventFilter(limit=2), cursor=cursor)
        clusters += [c.id for c in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert clusters == [c.id for c in store.clusters()]
    first = store.article_page(limit=1)
    second = store.article_page(limit=1, cursor=first.next_cursor)
    assert [a.id for a in first.items + second.items] == ["ken-1", "ukr-1"] and second.next_cursor is None
    assert (second.items[0].events, second.items[0].title) == (3, "Title of ukr-1")
    assert [a.id for a in store.article_page(q="clashes").items] == ["ken-1"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "putin"}, ["ukr-1-e2"]),
        ({"actor": "RUSGOV"}, ["ukr-1-e2"]),
        ({"actor": "Vladimir"}, ["ukr-1-e2"]),
        ({"actor": "VLADIM"}, []),  # upper case and code-shaped: a code, and no party has it
        ({"actor": "VLADIMIR"}, ["ukr-1-e2"]),  # no code's shape: a name
        ({"recipient": "united nations"}, ["ukr-1-e1"]),
        ({"actor_sector": "cop"}, ["ken-1-e0"]),
        ({"actor": "KEN", "actor_sector": "CVL"}, ["ken-1-e1"]),
        ({"recipient_sector": "GOV"}, ["ukr-1-e0", "ukr-1-e2"]),
        ({"mode": "assist"}, ["ukr-1-e1"]),
        ({"quad": 4}, ["ken-1-e0", "ken-1-e1"]),
        ({"q": "TEAR GAS"}, ["ken-1-e0", "ken-1-e1"]),
        ({"q": "grain", "until": dt.date(2025, 11, 5)}, ["ukr-1-e0"]),
        ({"q": "100%"}, []),
        ({"reviewed": False}, ["ukr-1-e0", "ukr-1-e1", "ken-1-e0", "ken-1-e1", "ukr-1-e2"]),
        ({"reviewed": True}, []),
    ],
)
def test_browse_new_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert _ids(store.events(**filters)) == expected


def test_browse_bad_new_filters_are_refused(store: Store) -> None:
    with pytest.raises(InputError, match="^quad:"):
        store.events(quad=5)
    with pytest.raises(InputError, match="^actor_sector:"):
        store.events(actor_sector="GOVERNMENT")


def test_browse_quotes_filter_and_page(store: Store) -> None:
    everything = store.quotes(limit=100)
    assert [(h.quote.article_id, h.quote.start) for h in everything.items] == [("ken-1", 10), ("ukr-1", 0), ("ukr-1", 80)]
    assert everything.items[0].article_title == "<b>Clashes</b> in Nairobi"
    assert [h.quote.text for h in store.quotes(speaker="UKR").items] == ["Russia shelled grain silos"]
    assert [h.quote.text for h in store.quotes(speaker="police").items] == ["the crowd was dispersed"]
    assert [h.quote.text for h in store.quotes(q="UNITED").items] == ["it would ask the United Nations"]
    assert len(store.quotes(article_id="ukr-1").items) == 2
    first = store.quotes(limit=2)
    rest = store.quotes(limit=2, cursor=first.next_cursor)
    assert len(first.items) == 2 and len(rest.items) == 1 and rest.next_cursor is None


def test_browse_saving_again_replaces_the_quotes(store: Store) -> None:
    article = make_article("ukr-1")
    store.save(article, [make_event(article, 0)])
    assert store.quotes(article_id="ukr-1").items == []


def test_browse_article_view_has_spans_quotes_and_mentions(store: Store) -> None:
    view = store.article_view("ukr-1")
    assert view is not None and view.article.title == "Title of ukr-1"
    spans = {(s.event_id, s.kind): (s.start, s.end) for s in view.spans}
    assert spans[("ukr-1-e0", "evidence")] == (0, 75)
    assert spans[("ukr-1-e0", "trigger")] == (27, 34)
    text = view.article.text
    start, end = spans[("ukr-1-e0", "actor")]
    assert text[start:end] == "Ukraine's foreign ministry"
    start, end = spans[("ukr-1-e0", "recipient")]
    assert text[start:end] == "Russia"
    assert len(view.quotes) == 2 and view.events[0].id == "ukr-1-e0"
    assert store.article_view("nope") is None


def test_browse_search_and_top_actors(store: Store) -> None:
    found = {a.code: a for a in store.search_actors("rus")}
    assert found["RUS"].events == 2 and found["RUS"].name == "Russia"
    assert found["RUSGOV"].events == 2
    assert [a.code for a in store.search_actors("putin")] == ["RUS", "RUSGOV"]
    top = store.top_actors(EventFilter(), limit=2)
    assert [(a.code, a.events) for a in top] == [("UKR", 3), ("KEN", 2)]
    assert top[0].name == "Ukraine"
    assert [a.code for a in store.top_actors(EventFilter(location="UKR", event_type="REQUEST"))] == ["UKR", "UNO"]
    with pytest.raises(InputError, match="^q:"):
        store.search_actors(" ")


def test_browse_overview(store: Store) -> None:
    view = store.overview(EventFilter(), "month")
    assert view["total"] == 5
    assert view["by_type"][:2] == [{"period": "2025-11", "event": "ACCUSE", "events": 1},
                                   {"period": "2025-11", "event": "ASSAULT", "events": 1}]  # fmt: skip
    assert {(r["period"], r["quad"]): r["events"] for r in view["by_quad"]} == {
        ("2025-11", 1): 1, ("2025-11", 3): 1, ("2025-11", 4): 2, ("2025-12", 3): 1}  # fmt: skip
    november = view["coop_conflict"][0]
    assert (november["period"], november["cooperation"], november["conflict"]) == ("2025-11", 1, 3)
    assert november["goldstein"] == pytest.approx((-2.0 + 3.0 - 7.0 - 10.0) / 4, abs=1e-3)
    with pytest.raises(InputError, match="^period:"):
        store.overview(EventFilter(), "decade")


def test_browse_network(store: Store) -> None:
    nodes, edges = store.network(EventFilter(), "country")
    assert {(e.source, e.target): (e.events, e.quad) for e in edges} == {
        ("UKR", "RUS"): (1, 3), ("UKR", "UNO"): (1, 1), ("RUS", "UKR"): (1, 3), ("KEN", "KEN"): (2, 4)}  # fmt: skip
    assert {n.id: n.events for n in nodes} == {"KEN": 2, "UKR": 3, "RUS": 2, "UNO": 1}
    nodes, edges = store.network(EventFilter(), "actor", limit=1)
    assert [(e.source, e.target) for e in edges] == [("KENCOP", "KENCVL")] or [(e.source, e.target) for e in edges] == [("KENCVL", "KENCOP")]
    with pytest.raises(InputError, match="^by:"):
        store.network(EventFilter(), "planet")


def test_browse_places(store: Store) -> None:
    [odesa] = store.places(EventFilter())
    assert (odesa.name, odesa.country, odesa.events, odesa.quad) == ("Odesa", "UKR", 5, 4)
    assert odesa.lat == pytest.approx(46.48)
    assert store.places(EventFilter(location="KEN")) == []


def test_browse_a_trigger_phrase_not_at_its_offset_highlights_the_word_there() -> None:
    from eventwire.store.articles import event_spans

    text = 'Zelensky said Kyiv was ready for talks "in any format" but would not withdraw.'
    article = make_article("phrase", text=text)
    event = make_event(article, 0)

    def trigger_span(trigger: str, at: str) -> str:
        evidence = event.evidence.model_copy(update={"start": 0, "end": len(text), "trigger": trigger,
                                                     "trigger_start": text.index(at)})  # fmt: skip
        (span,) = [s for s in event_spans(event.model_copy(update={"evidence": evidence}), text) if s.kind == "trigger"]
        return text[span.start : span.end]

    # The offset is the pattern's key word; the phrase is the lexicon's, not the text's.
    assert trigger_span("was ready for talks", at="talks") == "talks"
    assert trigger_span("was ready for talks", at="was ready") == "was ready for talks"


def test_browse_a_name_filter_matches_from_the_start_of_a_word(store: Store) -> None:
    belarus = Entity(text="Minsk", name="Belarus", code="BLR", sector="GOV", cameo_code="BLRGOV")
    article = make_article("blr-1", published=dt.date(2025, 11, 6))
    store.save(article, [make_event(article, 0, actor=[belarus])])
    assert "blr-1-e0" not in [e.id for e in store.events(actor="rus")]  # Russia, not Belarus
    assert [e.id for e in store.events(actor="bela")] == ["blr-1-e0"]
    assert [e.id for e in store.events(actor="minsk")] == ["blr-1-e0"]
