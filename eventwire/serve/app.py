"""Building the FastAPI app: the store, the JSON API under /api, the dashboard at / and /static.

``create_app(store_url)`` opens the store once (creating or migrating it) and closes it when
the app shuts down. Writing endpoints need the token given here; without one they answer 403.
Request bodies over :data:`MAX_BODY` bytes are refused with 413.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.serve import routes_articles, routes_events, routes_export, routes_stats
from eventwire.serve.errors import ApiError, error_response, install_error_handlers
from eventwire.store import Store
from eventwire.version import __version__

WEB = Path(__file__).parent / "web"
MAX_BODY = 10 * 1024 * 1024  # 10 MB: a large NDJSON batch of articles, not a whole archive


def create_app(
    store_url: str,
    token: str | None = None,
    pipeline_factory: Callable[[], Any] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The eventwire HTTP API and dashboard over the store at ``store_url``.

    Args:
        store_url: a database URL or SQLite file path, as for :class:`~eventwire.store.Store`.
        token: the Bearer token writing endpoints require; None disables writing (403).
        pipeline_factory: builds the coder for POST /api/articles on its first use; the
            default loads :class:`eventwire.pipeline.Pipeline` with the environment's settings.
        max_body: the largest request body accepted, in bytes.

    Raises:
        StoreError: the store cannot be opened.
    """
    store = Store(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="eventwire", version=__version__, lifespan=lifespan,
                  description="Political events coded from news articles: query, review, export.")  # fmt: skip
    app.state.store = store
    app.state.token = token or None
    app.state.pipeline_factory = pipeline_factory or _default_pipeline
    app.state.pipeline = None
    app.state.ingest_lock = routes_articles.new_ingest_lock()
    install_error_handlers(app)
    for module in (routes_events, routes_articles, routes_stats, routes_export):
        app.include_router(module.router)
    _mount_dashboard(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    return app


def _default_pipeline() -> Any:
    """The full pipeline, with the settings of the environment (model, classifier, confidence)."""
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings.from_env())


def _mount_dashboard(app: FastAPI) -> None:
    """Serve the dashboard's page at / and its files at /static, when they are installed."""
    static = WEB / "static"
    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False, response_model=None)
    def dashboard() -> FileResponse | JSONResponse:
        index = WEB / "index.html"
        if not index.is_file():
            return error_response(503, f"the dashboard files are missing ({index} not found); the JSON API is at /api, its docs at /docs")
        return FileResponse(index, media_type="text/html; charset=utf-8")


class _TooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"body: larger than {limit // (1024 * 1024)} MB; send fewer articles at once")


class BodyLimit:
    """Refuse request bodies over ``max_body`` bytes: by their Content-Length, or while reading."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            response = error_response(413, _TooLarge(self.max_body).detail)
            await response(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # a chunked body gives no length up front
                    raise _TooLarge(self.max_body)
            return message

        await self.app(scope, limited, send)
