"""Lobby day (issue 16): the letter stacks printed for each office and their delivery, and
the visit reports. Neither holds a signer's personal data.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stacks",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("event_id", sa.String(36), sa.ForeignKey("events.id"), nullable=True, index=True),
        sa.Column("day", sa.Date(), nullable=False, index=True),
        sa.Column("chamber", sa.String(10), nullable=False),
        sa.Column("district", sa.String(100), nullable=True),
        sa.Column("member_id", sa.String(100), nullable=False),
        sa.Column("member_name", sa.String(200), nullable=False),
        sa.Column("room", sa.String(100), nullable=True),
        sa.Column("letters", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("laptop", sa.String(63), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_by", sa.String(100), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("synced_revision", sa.Integer(), nullable=True),
    )
    op.create_table(
        "stack_letters",
        sa.Column(
            "stack_code",
            sa.String(16),
            sa.ForeignKey("stacks.code", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("action_id", sa.String(36), primary_key=True, index=True),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "event_id", sa.String(36), sa.ForeignKey("events.id"), nullable=False, index=True
        ),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("chamber", sa.String(10), nullable=False),
        sa.Column("district", sa.String(100), nullable=True),
        sa.Column("member_id", sa.String(100), nullable=False),
        sa.Column("member_name", sa.String(200), nullable=False),
        sa.Column("met", sa.String(10), nullable=False),
        sa.Column("staffer", sa.String(200), nullable=True),
        sa.Column("position", sa.String(12), nullable=False),
        sa.Column("commitment", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("follow_up_note", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("laptop", sa.String(63), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("synced_revision", sa.Integer(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("visits")
    op.drop_table("stack_letters")
    op.drop_table("stacks")
