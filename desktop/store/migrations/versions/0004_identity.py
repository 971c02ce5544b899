"""Identity: a name digest, merges that can be split back, suggestions, resumable imports.

Also the ZIP beside the town, the blind index's cost beside its salt, and the outbox's
server replies kept only sealed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Sign-up content, as models.SignupContent declares it (a migration never imports models).
_CONTENT = (
    ("source", sa.String(length=20), False),
    ("status", sa.String(length=20), False),
    ("language", sa.String(length=8), False),
    ("consent_email", sa.Boolean(), False),
    ("consent_letter", sa.Boolean(), False),
    ("consent_updates", sa.Boolean(), False),
    ("town", sa.String(length=100), True),
    ("ward", sa.String(length=8), True),
    ("precinct", sa.String(length=8), True),
    ("house_district", sa.String(length=100), True),
    ("senate_district", sa.String(length=100), True),
    ("congress_district", sa.String(length=4), True),
    ("first_name_sealed", sa.LargeBinary(), False),
    ("last_name_sealed", sa.LargeBinary(), False),
    ("street_address_sealed", sa.LargeBinary(), True),
    ("place_sealed", sa.LargeBinary(), True),
    ("zip_sealed", sa.LargeBinary(), True),
    ("email_sealed", sa.LargeBinary(), True),
    ("phone_sealed", sa.LargeBinary(), True),
    ("note_sealed", sa.LargeBinary(), True),
    ("email_index", sa.String(length=64), True),
    ("phone_index", sa.String(length=64), True),
    ("name_index", sa.String(length=64), True),
    ("name_address_index", sa.String(length=64), True),
)
_INDEXED = ("email_index", "phone_index", "name_index", "name_address_index")


def upgrade() -> None:
    op.create_table(
        "merges",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("signup_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
        sa.ForeignKeyConstraint(["signup_id"], ["signups.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merges") as batch_op:
        batch_op.create_index(batch_op.f("ix_merges_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merges_signup_id"), ["signup_id"], unique=False)

    op.create_table(
        "signup_snapshots",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merge_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("signed_in_at", sa.DateTime(), nullable=False),
        sa.Column("original_id", sa.String(length=36), nullable=True),
        *(sa.Column(name, kind, nullable=nullable) for name, kind, nullable in _CONTENT),
        sa.ForeignKeyConstraint(["merge_id"], ["merges.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signup_snapshots") as batch_op:
        for name in ("merge_id", *_INDEXED):
            batch_op.create_index(batch_op.f(f"ix_signup_snapshots_{name}"), [name], unique=False)

    op.create_table(
        "duplicate_suggestions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("signup_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
        sa.ForeignKeyConstraint(["other_id"], ["signups.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["signup_id"], ["signups.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("duplicate_suggestions") as batch_op:
        for name in ("event_id", "other_id", "signup_id"):
            batch_op.create_index(
                batch_op.f(f"ix_duplicate_suggestions_{name}"), [name], unique=False
            )

    op.create_table(
        "imported_rows",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("file_digest", sa.String(length=64), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("signup_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
        sa.ForeignKeyConstraint(["signup_id"], ["signups.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("event_id", "file_digest", "line"),
    )
    with op.batch_alter_table("imported_rows") as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_rows_signup_id"), ["signup_id"], unique=False)

    with op.batch_alter_table("organizer_keys") as batch_op:
        # Every index made so far was made at today's cost (blind_index.INDEX_*).
        batch_op.add_column(
            sa.Column("index_opslimit", sa.Integer(), nullable=False, server_default="2")
        )
        batch_op.add_column(
            sa.Column(
                "index_memlimit", sa.Integer(), nullable=False, server_default=str(16 * 1024 * 1024)
            )
        )
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.add_column(sa.Column("error_sealed", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("signups") as batch_op:
        batch_op.add_column(sa.Column("zip_sealed", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("name_index", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_signups_name_index"), ["name_index"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signups") as batch_op:
        batch_op.drop_index(batch_op.f("ix_signups_name_index"))
        batch_op.drop_column("name_index")
        batch_op.drop_column("zip_sealed")
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("error_sealed")
    with op.batch_alter_table("organizer_keys") as batch_op:
        batch_op.drop_column("index_memlimit")
        batch_op.drop_column("index_opslimit")
    for table in ("imported_rows", "duplicate_suggestions", "signup_snapshots", "merges"):
        op.drop_table(table)
