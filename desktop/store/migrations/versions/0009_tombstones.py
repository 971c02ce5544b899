"""For the coalition hub: deleted sign-ups leave a tombstone (their id and when), and each
sign-up counts its changes (`revision`) beside the count the hub has (`synced_revision`).

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
    with op.batch_alter_table("signups") as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("synced_revision", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signups") as batch_op:
        batch_op.drop_column("synced_revision")
        batch_op.drop_column("revision")
    op.drop_table("tombstones")
