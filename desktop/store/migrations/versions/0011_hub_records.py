"""For the coalition hub: letters and emails (actions) and outbox messages count their
changes as sign-ups do (`revision` beside the hub's `synced_revision`), and a tombstone says
what kind of record it marks, so deleting a message or an action reaches the hub too.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("actions", "outbox"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("revision", sa.Integer(), nullable=False, server_default="0")
            )
            batch_op.add_column(sa.Column("synced_revision", sa.Integer(), nullable=True))
    with op.batch_alter_table("tombstones") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(10), nullable=False, server_default="signup")
        )


def downgrade() -> None:
    with op.batch_alter_table("tombstones") as batch_op:
        batch_op.drop_column("kind")
    for table in ("outbox", "actions"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("synced_revision")
            batch_op.drop_column("revision")
