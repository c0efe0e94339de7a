"""The dashboard in a real browser: Debian's Chromium driven by Playwright over the live app.

A small store (tests/store/factories.py) is served by ``create_app`` with uvicorn in a thread;
each test opens the page as a user would: the overview, filtering, an article's highlights,
the question "what did Russia and Ukraine do to each other", reviewing an event, and a hostile
article whose markup must stay text. Skipped, with the reason, when there is no ``chromium``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.live_app import chromium_path, launch_chromium, serving, wait_rendered
from eventwire.records import ActorMention, Article, Entity, Evidence, EventRecord, Place, Quote
from eventwire.store import Store
from store.factories import RUSSIA, UKRAINE, UN, make_article, make_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(chromium_path() is None, reason="no chromium command: apt-get install chromium (.ci/run does)"),
]

TOKEN = "test-token"
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Breaking & "news"'
HOSTILE_TEXT = (
    "<script>window.__pwned=3; alert('owned')</script> Protesters accused the police of beatings "
    "<b onmouseover=\"window.__pwned=4\">in Nairobi</b> on Monday."
)
KENYA_PROTESTERS = Entity(text="Protesters", name='<img src=y onerror="window.__pwned=5">', code="KEN", sector="CVL",
                          cameo_code="KENCVL")  # fmt: skip
KENYA_POLICE = Entity(text="the police", name="Kenyan police", code="KEN", sector="COP", cameo_code="KENCOP")
NAIROBI = Place(text="Nairobi", name="Nairobi", country="KEN", lat=-1.28, lon=36.82, precision="city")


def _event(article: Article, number: int, evidence: str, trigger: str, **fields: Any) -> EventRecord:
    """An event of ``article`` whose evidence is the text ``evidence`` and whose trigger is in it."""
    start = article.text.index(evidence)
    record = make_event(article, number, start=start, **fields)
    where = Evidence(text=evidence, start=start, end=start + len(evidence), sentence=number, trigger=trigger,
                     trigger_start=article.text.index(trigger, start))  # fmt: skip
    return record.model_copy(update={"evidence": where})


def _fill(store: Store) -> dict[str, str]:
    """Three ordinary articles and a hostile one; the ids the tests open."""
    ukraine = make_article("ukr-1", title="Kyiv accuses Moscow over Odesa silos")
    first, second = ukraine.text[:75], ukraine.text[76:]
    accuse = _event(ukraine, 0, first, "accused")
    # Its recipient is one the story only implies (no words name it), as the coder gives it.
    implied_un = UN.model_copy(update={"text": ""})
    ask = _event(ukraine, 1, second, "ask", event="REQUEST", recipient=[implied_un], modality="future", date="2025-11-07")
    mentions = [
        ActorMention(article_id="ukr-1", text="Ukraine's foreign ministry", start=0, end=26, code="UKR", how="test"),
        ActorMention(article_id="ukr-1", text="Russia", start=35, end=41, code="RUS", how="test"),
    ]
    quote = Quote(article_id="ukr-1", speaker=UKRAINE, speaker_text="Kyiv", verb="said", direct=False,
                  text="it would ask the United Nations for help", start=81, end=130)  # fmt: skip
    store.save(ukraine, [accuse, ask], mentions=mentions, quotes=[quote])

    text = "Russian forces shelled the port of Odesa on Monday, Ukraine's military said."
    russia = make_article("rus-1", text=text, title="Russian shelling hits Odesa port", published=dt.date(2025, 10, 21))
    shelling = _event(russia, 0, text, "shelled", event="ASSAULT", actor=[RUSSIA], recipient=[UKRAINE],
                      date="2025-10-20", attribution=[])  # fmt: skip
    store.save(russia, [shelling])

    hostile = make_article("evil-1", text=HOSTILE_TEXT, title=HOSTILE_TITLE, published=dt.date(2025, 9, 10), dateline=None)
    evidence = HOSTILE_TEXT[HOSTILE_TEXT.index("Protesters") :]
    protest = _event(hostile, 0, evidence, "accused", event="PROTEST", actor=[KENYA_PROTESTERS], recipient=[KENYA_POLICE],
                     date="2025-09-08", location=NAIROBI, attribution=[])  # fmt: skip
    store.save(hostile, [protest])
    return {"accuse": accuse.id, "ask": ask.id, "shelling": shelling.id, "protest": protest.id}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The live app over the small store: its base URL, store URL and event ids."""
    from eventwire.serve.app import create_app

    url = f"sqlite:///{Path(tmp_path_factory.mktemp('web')) / 'dashboard.db'}"
    with Store(url) as store:
        ids = _fill(store)
    with serving(create_app(url, token=TOKEN)) as base:
        yield {"base": base, "store": url, "ids": ids}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, world: dict[str, Any]) -> Iterator[Any]:
    """A fresh page (its own localStorage); fails the test on any script error or dialog."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    # A request the browser itself cancels (a reload or navigation while a look-up is in flight)
    # is not a failure of the app; any other failed request is.
    page.on(
        "requestfailed",
        lambda request: None
        if "ERR_ABORTED" in (request.failure or "")
        else problems.append(f"request failed: {request.url} ({request.failure})"),
    )
    local = (world["base"], "data:")
    page.on("request", lambda request: None if request.url.startswith(local) else problems.append(f"outside: {request.url}"))
    yield page
    context.close()
    assert not problems, problems


def _open(page: Any, world: dict[str, Any], route: str, view: str) -> None:
    page.goto(f"{world['base']}/#/{route}")
    wait_rendered(page, view)


def _rows(page: Any) -> int:
    return int(page.locator(".events-table tbody tr").count())


def test_dashboard_overview_draws_its_charts(page: Any, world: dict[str, Any]) -> None:
    page.goto(f"{world['base']}/")
    wait_rendered(page, "overview")
    assert page.locator(".figure .value").first.text_content() == "4"
    assert page.locator("svg.time-chart").count() == 3
    assert page.locator("svg.time-chart rect").count() >= 4
    assert page.locator(".legend li", has_text="PROTEST").count() == 1


def test_dashboard_filter_changes_the_table_and_survives_a_reload(page: Any, world: dict[str, Any]) -> None:
    _open(page, world, "events", "events")
    assert _rows(page) == 4
    page.fill("#filters input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    wait_rendered(page, "events")
    assert "actor=RUS" in page.url
    assert _rows(page) == 1
    assert "Russian shelling hits Odesa port" in (page.locator(".events-table tbody").text_content() or "")
    page.reload()
    wait_rendered(page, "events")
    assert page.input_value("#filters input[name=actor]") == "RUS" and _rows(page) == 1
    page.click("#nav a[data-route=overview]")  # the filters follow to every view
    wait_rendered(page, "overview")
    assert page.locator(".figure .value").first.text_content() == "1"


def test_dashboard_article_highlights_evidence_trigger_actor_and_recipient(page: Any, world: dict[str, Any]) -> None:
    _open(page, world, f"article/ukr-1?event={world['ids']['accuse']}", "article")
    assert page.locator("h1.article-title").text_content() == "Kyiv accuses Moscow over Odesa silos"
    text = page.locator("#article-text")
    evidence = "".join(text.locator("mark.hl-evidence").all_text_contents())
    assert "accused Russia of shelling grain silos" in evidence
    assert "accused" in text.locator("mark.hl-trigger").all_text_contents()
    assert any("Ukraine's foreign ministry" in span for span in text.locator("mark.hl-actor").all_text_contents())
    assert "Russia" in text.locator("mark.hl-recipient").all_text_contents()
    assert page.locator(".record").count() == 2 and page.locator(".record.focus").count() == 1
    assert "it would ask the United Nations for help" in (page.locator(".quotes").text_content() or "")


def test_dashboard_answers_what_russia_and_ukraine_did_to_each_other(page: Any, world: dict[str, Any]) -> None:
    page.goto(f"{world['base']}/")
    wait_rendered(page, "overview")
    page.fill(".ask input[name=a]", "RUS")
    page.fill(".ask input[name=b]", "UKR")
    page.click(".ask button[type=submit]")
    wait_rendered(page, "dyad")
    answer = page.locator(".answer").text_content() or ""
    assert "RUS → UKR: 1 event" in answer and "UKR → RUS: 1 event" in answer
    directions = page.locator(".events-table td.direction").all_text_contents()
    assert sorted(directions) == ["RUS → UKR", "UKR → RUS"]
    assert page.locator("svg.time-chart").count() == 2
    page.locator(".article-list a", has_text="Russian shelling hits Odesa port").click()
    wait_rendered(page, "article")
    assert page.locator("mark.hl-trigger", has_text="shelled").count() == 1


def test_dashboard_review_is_saved_with_who_and_shown(page: Any, world: dict[str, Any]) -> None:
    event_id = world["ids"]["ask"]
    _open(page, world, f"event/{event_id}", "event")
    page.click("#reviewer-button")
    page.fill("#reviewer-form input[name=reviewer]", "Ada Analyst")
    page.fill("#reviewer-form input[name=token]", TOKEN)
    page.click("#reviewer-form button[value=save]")
    page.wait_for_function("localStorage.getItem('eventwire.reviewer') === 'Ada Analyst'")  # saved as the dialog closes
    assert page.locator("#reviewer-button").text_content() == "Reviewer: Ada Analyst"
    page.check(".review-form input[value=corrected]")
    page.select_option(".review-form select[name=modality]", "asserted")
    page.fill(".review-form textarea[name=note]", "The ministry says it did ask.")
    page.click(".review-form button[type=submit]")
    page.wait_for_selector(".notice.saved")
    assert page.locator(".view-head .review-badge").text_content() == "reviewed: corrected"
    assert "by Ada Analyst" in (page.locator(".history").text_content() or "")
    with Store(world["store"]) as store:
        stored = next(e for e in store.events() if e.id == event_id)
    assert stored.modality == "asserted" and stored.human_reviewed and stored.review and stored.review.reviewer == "Ada Analyst"
    _open(page, world, "events?reviewed=true", "events")
    assert _rows(page) == 1 and page.locator(".events-table .review-badge").text_content() == "reviewed: corrected"


def test_dashboard_review_with_a_wrong_token_says_why(page: Any, world: dict[str, Any]) -> None:
    _open(page, world, f"event/{world['ids']['shelling']}", "event")
    page.evaluate("localStorage.setItem('eventwire.reviewer', 'Mallory'); localStorage.setItem('eventwire.token', 'nope')")
    page.check(".review-form input[value=wrong]")
    page.click(".review-form button[type=submit]")
    error = page.wait_for_selector(".review-form .notice.error")
    assert "token was refused" in (error.text_content() or "")
    assert page.locator(".view-head .review-badge").count() == 0


def test_dashboard_hostile_article_renders_as_text(page: Any, world: dict[str, Any]) -> None:
    for route, view in (("article/evil-1", "article"), ("events", "events"), ("articles", "articles"),
                        (f"event/{world['ids']['protest']}", "event"), ("network?by=actor", "network")):  # fmt: skip
        _open(page, world, route, view)
        assert page.locator("#view img, #view script, #view b, #view [onerror], #view [onmouseover]").count() == 0, route
        assert page.evaluate("window.__pwned") is None, route
    _open(page, world, "article/evil-1", "article")
    assert page.locator("h1.article-title").text_content() == HOSTILE_TITLE
    shown = page.locator("#article-text").text_content() or ""
    assert shown == HOSTILE_TEXT
    assert re.search(r"<script>window.__pwned=3", shown)


def test_dashboard_network_and_map_draw(page: Any, world: dict[str, Any]) -> None:
    _open(page, world, "network", "network")
    labels = page.locator("svg.network-chart .node text").all_text_contents()
    assert {"Russia", "Ukraine"} <= set(labels)
    _open(page, world, "map", "map")
    assert page.locator("svg.map-chart path.country").count() > 100  # the outlines loaded locally
    assert page.locator("svg.map-chart circle.place").count() >= 2


def test_dashboard_unknown_article_shows_the_api_message(page: Any, world: dict[str, Any]) -> None:
    page.goto(f"{world['base']}/#/article/no-such-article")
    page.wait_for_selector(".notice.error")
    assert "no-such-article" in (page.locator(".notice.error").text_content() or "")


@pytest.mark.parametrize(("route", "view", "api"), [("overview?actor=RUS", "overview", "/api/overview"),
                                                    ("events?type=ASSAULT", "events", "/api/events")])  # fmt: skip
def test_dashboard_first_view_uses_the_early_request(page: Any, world: dict[str, Any], route: str, view: str, api: str) -> None:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url) if f"{world['base']}{api}?" in request.url else None)
    _open(page, world, route, view)
    assert len(asked) == 1, asked  # prefetch.js started it, and the view took its answer


def test_dashboard_marks_a_recipient_the_story_only_implies(page: Any, world: dict[str, Any]) -> None:
    _open(page, world, f"event/{world['ids']['ask']}", "event")
    heading = page.locator("h1").first.text_content() or ""
    assert "implied" in heading
    _open(page, world, f"event/{world['ids']['shelling']}", "event")
    assert "implied" not in (page.locator("h1").first.text_content() or "")
