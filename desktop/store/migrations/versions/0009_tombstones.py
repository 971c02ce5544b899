"""Deleted sign-ups leave a tombstone (their id and when), for the coalition hub.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstones",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tombstones")
