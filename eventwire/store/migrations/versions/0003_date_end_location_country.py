"""The last day an event's date covers and its place's country, for date-range and place filters.

Existing rows are filled from the record each one stores, so a database made by an earlier
eventwire answers the new filters without re-coding.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the two columns and the place index, and fill them for the stored events."""
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_end", sa.Date(), nullable=True))
        batch.add_column(sa.Column("location_country", sa.Text(), nullable=True))
    op.create_index("ix_events_location_country", "events", ["location_country"])
    events = sa.table(
        "events", sa.column("id", sa.Text()), sa.column("date", sa.Text()), sa.column("date_start", sa.Date()),
        sa.column("date_end", sa.Date()), sa.column("location", sa.JSON()), sa.column("location_country", sa.Text()),
    )  # fmt: skip
    connection = op.get_bind()
    for row in connection.execute(sa.select(events.c.id, events.c.date, events.c.date_start, events.c.location)).all():
        location = json.loads(row.location) if isinstance(row.location, str) else row.location
        connection.execute(
            events.update().where(events.c.id == row.id).values(
                date_end=_last_day(row.date) or row.date_start,
                location_country=(location or {}).get("country"),
            )
        )  # fmt: skip


def downgrade() -> None:
    """Drop the index and the columns."""
    op.drop_index("ix_events_location_country", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("location_country")
        batch.drop_column("date_end")


def _last_day(date: str | None) -> dt.date | None:
    # A copy of eventwire.store.rows.date_end as it stood: a migration must not change when
    # the package does.
    if not date:
        return None
    parts = [int(part) for part in date.split("/")[-1].split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)
