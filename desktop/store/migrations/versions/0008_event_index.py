"""Repeat signers recognised per event: how each event's digests are made.

Events made from now on get a key of their own in the OS keyring, or, where there is no
secure keyring, a salt and cost of their own (desktop/privacy/event_index.py). Events made
before keep the installation's salt ("installation"), so their stored digests still match;
the purge deletes those digests with the event's personal data.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(
            sa.Column("index_scheme", sa.String(20), nullable=False, server_default="installation")
        )
        batch_op.add_column(sa.Column("index_key_id", sa.String(36), nullable=True))
        batch_op.add_column(sa.Column("index_salt", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("index_opslimit", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("index_memlimit", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        for column in ("index_memlimit", "index_opslimit", "index_salt", "index_key_id"):
            batch_op.drop_column(column)
        batch_op.drop_column("index_scheme")
