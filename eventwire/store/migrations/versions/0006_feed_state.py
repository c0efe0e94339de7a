"""The feed watcher's state: each feed's validators and last poll, each item's progress.

``eventwire watch`` keeps it in the store so that a restart (or a crash) neither loses nor
repeats work, whichever database the events go to.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the feeds and feed_items tables."""
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("url", name="pk_feeds"),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("article_id", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('pending', 'stored', 'skipped', 'failed')", name="ck_feed_items_state"),
        sa.ForeignKeyConstraint(
            ["feed_url"], ["feeds.url"], name="fk_feed_items_feed_url_feeds", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("feed_url", "key", name="pk_feed_items"),
    )
    op.create_index("ix_feed_items_state", "feed_items", ["state"])


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("feed_items")
    op.drop_table("feeds")
