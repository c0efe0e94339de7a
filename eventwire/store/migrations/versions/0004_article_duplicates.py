"""Near-duplicate articles: the first copy an article duplicates, and its MinHash signature.

Articles stored before this revision have neither; the next ingest computes their signatures
from their text when it builds its index, and leaves their links empty.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the two columns."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("duplicate_of", sa.Text(), nullable=True))
        batch.add_column(sa.Column("signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    """Drop them."""
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("signature")
        batch.drop_column("duplicate_of")
