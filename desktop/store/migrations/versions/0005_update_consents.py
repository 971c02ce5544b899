"""Email updates and text updates: two consents where "keep me informed" was one.

The old consent was asked as "Keep me informed (email or text)" but never arranged texts:
it becomes consent to email updates only, never to texts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("signups", "signup_snapshots")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("consent_updates", new_column_name="consent_updates_email")
            batch_op.add_column(
                sa.Column(
                    "consent_updates_text", sa.Boolean(), nullable=False, server_default=sa.false()
                )
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("consent_updates_text")
            batch_op.alter_column("consent_updates_email", new_column_name="consent_updates")
