"""The event_dyads table: a dyad's time series read from one index.

``Store.dyad_series`` counted a dyad's events through ``event_actors``, probing every event of
the commoner side: about 230 ms at the 95th percentile on a million events (bench/store_scale.py),
over the 200 ms the issue asks. ``event_dyads`` holds one row per (actor code, recipient code)
pair of each dated event, so a series is one range scan. Existing events are copied in; the
index that the old plan read (``ix_events_id_days``) goes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each side's codes: the country code and the CAMEO code of every actor (or recipient).
_SIDE = """(SELECT event_id, code AS k FROM event_actors WHERE role = '{role}' AND code IS NOT NULL
      UNION SELECT event_id, cameo_code FROM event_actors WHERE role = '{role}' AND cameo_code IS NOT NULL)"""
BACKFILL = f"""
INSERT INTO event_dyads (event_id, actor_key, recipient_key, event, date_start, date_end, goldstein)
SELECT DISTINCT e.id, a.k, r.k, e.event, e.date_start, e.date_end, e.goldstein
FROM events e
JOIN {_SIDE.format(role="actor")} a ON a.event_id = e.id
JOIN {_SIDE.format(role="recipient")} r ON r.event_id = e.id
WHERE e.date_start IS NOT NULL AND e.date_end IS NOT NULL
"""


def upgrade() -> None:
    """Create event_dyads, fill it from the stored events, drop ix_events_id_days."""
    op.create_table(
        "event_dyads",
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("actor_key", sa.Text(), nullable=False),
        sa.Column("recipient_key", sa.Text(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_end", sa.Date(), nullable=False),
        sa.Column("goldstein", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_dyads_event_id_events", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "actor_key", "recipient_key", name="pk_event_dyads"),
    )
    op.execute(BACKFILL)
    op.create_index("ix_event_dyads_series", "event_dyads",
                    ["actor_key", "recipient_key", "date_start", "date_end", "event", "goldstein"])  # fmt: skip
    op.drop_index("ix_events_id_days", table_name="events")


def downgrade() -> None:
    """Drop event_dyads and put ix_events_id_days back."""
    op.create_index("ix_events_id_days", "events", ["id", "date_start", "date_end"])
    op.drop_index("ix_event_dyads_series", table_name="event_dyads")
    op.drop_table("event_dyads")
