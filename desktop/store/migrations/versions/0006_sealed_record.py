"""One sealed record per sign-up: a column for it, and the per-field blobs made optional.

New sign-ups are sealed as one record (desktop/privacy/sealed_record.py) from now on.
The blobs of earlier ones are re-sealed into records by 0006a, which needs the
organizer's key and so runs when the organizer unlocks; until then they stay as they are.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("signups", "signup_snapshots")
REQUIRED_BEFORE = ("first_name_sealed", "last_name_sealed")
FLAGS = ("has_email", "has_phone")  # what a locked kiosk may know: an email, a phone given


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("personal_sealed", sa.LargeBinary(), nullable=True))
            for flag in FLAGS:
                batch_op.add_column(
                    sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
                )
            for column in REQUIRED_BEFORE:
                batch_op.alter_column(column, existing_type=sa.LargeBinary(), nullable=True)
        op.execute(
            f"UPDATE {table} SET has_email = email_sealed IS NOT NULL,"
            " has_phone = phone_sealed IS NOT NULL"
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            for column in REQUIRED_BEFORE:
                batch_op.alter_column(column, existing_type=sa.LargeBinary(), nullable=False)
            for flag in FLAGS:
                batch_op.drop_column(flag)
            batch_op.drop_column("personal_sealed")
