"""The hub's first tables: the coalition's keys and the laptops that joined.

Revision ID: h001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coalition",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("encrypted_private_key", sa.LargeBinary, nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary, nullable=False),
        sa.Column("opslimit", sa.Integer, nullable=False),
        sa.Column("memlimit", sa.Integer, nullable=False),
        sa.Column("index_salt", sa.LargeBinary, nullable=False),
        sa.Column("index_opslimit", sa.Integer, nullable=False),
        sa.Column("index_memlimit", sa.Integer, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.CheckConstraint("id = 1", name="one_coalition"),
    )
    op.create_table(
        "laptops",
        sa.Column("name", sa.String(60), primary_key=True),
        sa.Column("role", sa.String(63), nullable=False, unique=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("laptops")
    op.drop_table("coalition")
