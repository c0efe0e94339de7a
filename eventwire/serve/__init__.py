"""The HTTP API and dashboard of an event store: ``create_app(store_url)`` builds the FastAPI app."""

from __future__ import annotations

from eventwire.serve.app import create_app

__all__ = ["create_app"]
