"""The event store: articles and their coded events in SQLite or PostgreSQL."""

from __future__ import annotations

from eventwire.store.pages import Page
from eventwire.store.queries import DyadPeriod, EventFilter
from eventwire.store.rows import content_hash
from eventwire.store.store import Store

__all__ = ["DyadPeriod", "EventFilter", "Page", "Store", "content_hash"]
