"""Event clusters: one row per occurrence, and each event's place in its cluster.

Events stored before this revision belong to no cluster until ``eventwire clusters
--rebuild`` is run (ingest clusters only the articles it stores).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the two tables and their indexes."""
    op.create_table(
        "event_clusters",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("modality", sa.Text(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=True),
        sa.Column("best_event_id", sa.Text(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("location_country", sa.Text(), nullable=True),
        sa.Column("window_start", sa.Date(), nullable=True),
        sa.Column("window_end", sa.Date(), nullable=True),
        sa.Column("actor_parties", sa.Text(), nullable=True),
        sa.Column("recipient_parties", sa.Text(), nullable=True),
        sa.Column("num_mentions", sa.Integer(), nullable=False),
        sa.Column("num_articles", sa.Integer(), nullable=False),
        sa.Column("num_outlets", sa.Integer(), nullable=False),
        sa.Column("num_independent_sources", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_clusters")),
    )
    op.create_index("ix_event_clusters_event_date", "event_clusters", ["event", "date_start"])
    op.create_index("ix_event_clusters_date", "event_clusters", ["date_start"])
    op.create_index("ix_event_clusters_location_country", "event_clusters", ["location_country"])
    op.create_index("ix_event_clusters_window", "event_clusters", ["event", "window_start", "window_end"])
    op.create_table(
        "cluster_mentions",
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("cluster_id", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("mention", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_cluster_mentions_event_id_events"),
                                ondelete="CASCADE"),  # fmt: skip
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_cluster_mentions")),
    )
    op.create_index("ix_cluster_mentions_cluster_id", "cluster_mentions", ["cluster_id"])
    op.create_index("ix_cluster_mentions_article_id", "cluster_mentions", ["article_id"])


def downgrade() -> None:
    """Drop them."""
    op.drop_table("cluster_mentions")
    op.drop_table("event_clusters")
