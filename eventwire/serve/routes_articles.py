"""Articles and quotes: the paged lists, one article with its events' spans, and ingesting new
articles (coded with the pipeline, loaded once on first use)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from eventwire.errors import InputError
from eventwire.read.rows import article_from_record
from eventwire.records import Article
from eventwire.serve.deps import Cursor, Limit, StoreDep, Writer, known_parameters
from eventwire.serve.errors import ApiError
from eventwire.serve.views import article_view_json, quote_hit_json, summary_json
from eventwire.store import Store

router = APIRouter(prefix="/api", tags=["articles"], dependencies=[Depends(known_parameters)])
NDJSON = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")


@router.get("/articles")
def list_articles(
    store: StoreDep, limit: Limit, cursor: Cursor = None,
    q: Annotated[str | None, Query(description="Text in the title (any case).")] = None,
) -> dict[str, Any]:  # fmt: skip
    """Stored articles, newest ingest first, with their number of events."""
    page = store.article_page(q, limit, cursor)
    return {"articles": [summary_json(summary) for summary in page.items], "next_cursor": page.next_cursor}


@router.get("/articles/{article_id:path}")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One article: text, events (reviews applied), their spans in the text, quotes, actor mentions."""
    view = store.article_view(article_id)
    if view is None:
        raise ApiError(404, f"article: no stored article has the id {article_id!r}")
    return article_view_json(view)


@router.post("/articles", dependencies=[Writer])
async def ingest(request: Request) -> dict[str, Any]:
    """Code and store articles (token needed): one JSON object, or NDJSON (one article a line).

    An article already stored unchanged is not coded again.
    """
    body = await request.body()
    articles = parse_articles(body, request.headers.get("content-type", ""))
    return await run_in_threadpool(_code_and_store, request.app.state, articles)


@router.get("/quotes")
def list_quotes(
    store: StoreDep, limit: Limit, cursor: Cursor = None,
    article_id: Annotated[str | None, Query(description="Only this article's statements.")] = None,
    speaker: Annotated[str | None, Query(description="Speaker's code (RUSGOV) or part of a name.")] = None,
    q: Annotated[str | None, Query(description="Text in the statement (any case).")] = None,
) -> dict[str, Any]:  # fmt: skip
    """Statements reported in the stored articles, with their article's title."""
    page = store.quotes(article_id, speaker, q, limit, cursor)
    return {"quotes": [quote_hit_json(hit) for hit in page.items], "next_cursor": page.next_cursor}


def parse_articles(body: bytes, content_type: str) -> list[Article]:
    """The articles of a request body: a JSON object (or list of them), or NDJSON lines.

    An article without an ``id`` gets one from a hash of its text, so posting it again
    replaces it instead of adding a copy.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "body: is not UTF-8 text") from None
    if content_type.split(";")[0].strip().lower() in NDJSON:
        records = [(number, _json(line, number)) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    else:
        value = _json(text, 1)
        records = [(number, item) for number, item in enumerate(value if isinstance(value, list) else [value], 1)]
    if not records:
        raise ApiError(400, "body: no articles in it")
    articles = []
    for number, record in records:
        if not isinstance(record, dict):
            raise ApiError(400, f"body:{number}: an article is a JSON object with at least 'text'")
        if not record.get("id") and isinstance(record.get("text"), str):
            record = {**record, "id": "api-" + hashlib.sha1(record["text"].encode("utf-8")).hexdigest()[:12]}
        try:
            articles.append(article_from_record(record, source="body", line=number, stem="api"))
        except InputError as error:
            raise ApiError(400, str(error)) from None
    return articles


def _json(text: str, number: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ApiError(400, f"body:{number}: not JSON ({error.msg} at column {error.colno})") from None


def _code_and_store(state: Any, articles: list[Article]) -> dict[str, Any]:
    """Code the articles and store them, one request at a time (the pipeline is not shared)."""
    from eventwire.ingest import ingest_articles

    with state.ingest_lock:
        pipeline = _pipeline(state)
        store: Store = state.store
        summary = ingest_articles(articles, store, pipeline=pipeline)
    return {"stored": summary.stored, "skipped": summary.skipped, "events": summary.events,
            "articles": [article.id for article in articles]}  # fmt: skip


def _pipeline(state: Any) -> Any:
    """The app's pipeline, built by its factory on first use (loading the model takes seconds)."""
    if state.pipeline is None:
        factory: Callable[[], Any] = state.pipeline_factory
        state.pipeline = factory()
    return state.pipeline


def new_ingest_lock() -> threading.Lock:
    """The lock that serialises coding requests."""
    return threading.Lock()
