"""initial tables

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("campaign_id", sa.String(length=100), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "organizer_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("encrypted_private_key", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary(), nullable=False),
        sa.Column("opslimit", sa.Integer(), nullable=False),
        sa.Column("memlimit", sa.Integer(), nullable=False),
        sa.Column("index_salt", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "signups",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("consent_email", sa.Boolean(), nullable=False),
        sa.Column("consent_letter", sa.Boolean(), nullable=False),
        sa.Column("consent_updates", sa.Boolean(), nullable=False),
        sa.Column("town", sa.String(length=100), nullable=True),
        sa.Column("ward", sa.String(length=8), nullable=True),
        sa.Column("precinct", sa.String(length=8), nullable=True),
        sa.Column("house_district", sa.String(length=100), nullable=True),
        sa.Column("senate_district", sa.String(length=100), nullable=True),
        sa.Column("congress_district", sa.String(length=4), nullable=True),
        sa.Column("first_name_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("last_name_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("street_address_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("place_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("email_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("phone_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("email_index", sa.String(length=64), nullable=True),
        sa.Column("phone_index", sa.String(length=64), nullable=True),
        sa.Column("name_address_index", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signups_email_index"), ["email_index"], unique=False)
        batch_op.create_index(batch_op.f("ix_signups_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_signups_name_address_index"), ["name_address_index"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signups_phone_index"), ["phone_index"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("signup_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("chamber", sa.String(length=10), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("member_id", sa.String(length=100), nullable=True),
        sa.Column("member_name", sa.String(length=200), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["signup_id"], ["signups.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_signup_id"), ["signup_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_signup_id"))

    op.drop_table("actions")
    with op.batch_alter_table("signups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signups_phone_index"))
        batch_op.drop_index(batch_op.f("ix_signups_name_address_index"))
        batch_op.drop_index(batch_op.f("ix_signups_event_id"))
        batch_op.drop_index(batch_op.f("ix_signups_email_index"))

    op.drop_table("signups")
    op.drop_table("organizer_keys")
    op.drop_table("events")
    op.drop_table("app_state")
