"""Retention (issue 14): each event's retention period, the counts left after a purge, and
sign-up times kept to the minute.

- events.retention_days (default 30): how long after everything the event queued was
  sent and printed its sign-ups' personal data is kept (desktop/privacy/retention.py);
  events.purged_at: when it was last purged.
- event_counts: what is left of purged sign-ups, counts per district, action, language
  and message that identify no one.
- Sign-ups' (and kept versions') times truncated to the minute: a finer time says more
  about who stood at the table than any list needs (lists break ties by rowid).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column) kept to the minute
MINUTE_COLUMNS = (
    ("signups", "created_at"),
    ("signups", "updated_at"),
    ("signup_snapshots", "signed_in_at"),
)


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(
            sa.Column("retention_days", sa.Integer(), nullable=False, server_default="30")
        )
        batch_op.add_column(sa.Column("purged_at", sa.DateTime(), nullable=True))
    op.create_table(
        "event_counts",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "kind", "key"),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column in MINUTE_COLUMNS:
        # SQLAlchemy stores SQLite times as 'YYYY-MM-DD HH:MM:SS.ffffff' (the colon
        # escaped: text() would read ":00" as a parameter).
        minute = (
            f"substr({column}, 1, 16) || '\\:00.000000'"
            if sqlite
            else f"date_trunc('minute', {column})"
        )
        op.execute(f"UPDATE {table} SET {column} = {minute} WHERE {column} IS NOT NULL")


def downgrade() -> None:
    op.drop_table("event_counts")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("purged_at")
        batch_op.drop_column("retention_days")
