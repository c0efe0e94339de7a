"""Human reviews of events and the statements (quotes) of each article, for the HTTP API.

``event_reviews`` keeps every review; the latest one of an event is applied when its record is
read. Its ``event_id`` is no foreign key, so that a review survives the article being coded
again (the events come back under the same ids). ``article_quotes`` holds each article's
statements, replaced with the article. ``ix_articles_ingested_at`` serves the newest-first list
of articles, page by page; ``ix_events_overview`` the dashboard's overview from the index alone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create event_reviews, article_quotes and the articles' ingest-order index."""
    op.create_table(
        "event_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verdict", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("original", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("verdict IN ('correct', 'wrong', 'corrected')", name="ck_event_reviews_verdict"),
        sa.PrimaryKeyConstraint("id", name="pk_event_reviews"),
    )
    op.create_index("ix_event_reviews_event_id", "event_reviews", ["event_id", "id"])
    op.create_table(
        "article_quotes",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.JSON(), nullable=True),
        sa.Column("speaker_code", sa.Text(), nullable=True),
        sa.Column("speaker_cameo_code", sa.Text(), nullable=True),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=False),
        sa.Column("verb", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_article_quotes_article_id_articles", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_article_quotes"),
    )
    op.create_index("ix_article_quotes_speaker_code", "article_quotes", ["speaker_code"])
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at", "id"])
    op.create_index("ix_events_overview", "events", ["date_start", "event", "quad_code", "goldstein"])


def downgrade() -> None:
    """Drop both tables and the indexes."""
    op.drop_index("ix_events_overview", table_name="events")
    op.drop_index("ix_articles_ingested_at", table_name="articles")
    op.drop_index("ix_article_quotes_speaker_code", table_name="article_quotes")
    op.drop_table("article_quotes")
    op.drop_index("ix_event_reviews_event_id", table_name="event_reviews")
    op.drop_table("event_reviews")
