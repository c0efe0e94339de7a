"""Indexes for date-range, actor, place, dyad and cluster queries on large stores.

Measured with bench/store_scale.py on a million events: a date-range query read every event
before its range (a range filter on ``date_end`` cannot bound a scan of ``date_start``), and a
filter by actor looked up each candidate event's actors in the table. Now:

- ``ix_events_order`` holds the whole order of a query (id too) and ``date_end``, so a page of
  events needs no sort and events outside the range are skipped from the index alone;
- ``ix_events_ranges`` (partial: events dated by a range) tells how far back a range query
  must read (eventwire.store.queries._earliest_start);
- ``ix_events_id_days`` gives an event's days by its id without reading its row (dyad series);
- ``ix_events_location_country`` reads a place's events in date order;
- ``ix_event_actors_probe`` answers "has this event this actor?" from the index alone, and the
  two code indexes list a party's event ids from the index alone (dyad series);
- ``ix_event_clusters_event_date`` serves "clusters of a type in a date range" in list order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RANGE = "date LIKE '%/%'"  # as eventwire.store.models.RANGE was when this revision was written
# (name, table, columns before, columns after)
WIDENED = (
    ("ix_events_order", "events", ["date_start", "article_id", "evidence_start"],
     ["date_start", "article_id", "evidence_start", "id", "date_end"]),
    ("ix_events_location_country", "events", ["location_country"], ["location_country", "date_start", "date_end"]),
    ("ix_event_actors_role_code", "event_actors", ["role", "code"], ["role", "code", "event_id"]),
    ("ix_event_actors_role_cameo_code", "event_actors", ["role", "cameo_code"], ["role", "cameo_code", "event_id"]),
    ("ix_event_clusters_event_date", "event_clusters", ["event", "date_start"], ["event", "date_start", "id", "date_end"]),
)  # fmt: skip


def upgrade() -> None:
    """Widen five indexes and add the ranges, days and probe indexes."""
    for name, table, _, after in WIDENED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, after)
    op.create_index("ix_events_ranges", "events", ["date_end", "date_start", "date"],
                    sqlite_where=sa.text(RANGE), postgresql_where=sa.text(RANGE))  # fmt: skip
    op.create_index("ix_events_id_days", "events", ["id", "date_start", "date_end"])
    op.create_index("ix_event_actors_probe", "event_actors", ["event_id", "role", "code", "cameo_code"])


def downgrade() -> None:
    """Put the indexes of revision 0006 back."""
    op.drop_index("ix_event_actors_probe", table_name="event_actors")
    op.drop_index("ix_events_id_days", table_name="events")
    op.drop_index("ix_events_ranges", table_name="events")
    for name, table, before, _ in WIDENED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, before)
