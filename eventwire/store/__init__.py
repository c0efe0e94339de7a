"""The event store: articles and their coded events in SQLite or PostgreSQL."""

from __future__ import annotations

from eventwire.store.queries import DyadPeriod
from eventwire.store.rows import content_hash
from eventwire.store.store import Store

__all__ = ["DyadPeriod", "Store", "content_hash"]
