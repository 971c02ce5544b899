"""Events and sign-ups on the hub, numbered by `hub_seq`, and the versions that lost.

Revision ID: h002
Revises: h001
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Any

from alembic import op
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

SEQ = "hub_seq"
# The tables as this revision made them (frozen here: desktop/hub/schema.py moves on, and
# later revisions change them from this).
_metadata = MetaData()
hub_events = Table(
    "hub_events", _metadata,
    Column("id", String(36), primary_key=True),
    Column("laptop", String(63), nullable=False),
    Column("name", String(200), nullable=False),
    Column("date", Date, nullable=False),
    Column("place", String(200), nullable=False),
    Column("campaign_id", String(100), nullable=False),
    Column("actions", JSONB, nullable=False),
    Column("languages", JSONB, nullable=False),
    Column("index_scheme", String(20), nullable=False),
    Column("index_key_id", String(36)),
    Column("index_salt", LargeBinary),
    Column("index_opslimit", Integer),
    Column("index_memlimit", Integer),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
)  # fmt: skip


def _content() -> tuple[Column[Any], ...]:
    return (
        Column("source", String(20), nullable=False),
        Column("status", String(20), nullable=False),
        Column("language", String(8), nullable=False),
        Column("consent_email", Boolean, nullable=False),
        Column("consent_letter", Boolean, nullable=False),
        Column("consent_updates_email", Boolean, nullable=False),
        Column("consent_updates_text", Boolean, nullable=False),
        Column("town", String(100)),
        Column("ward", String(8)),
        Column("precinct", String(8)),
        Column("house_district", String(100)),
        Column("senate_district", String(100)),
        Column("congress_district", String(4)),
        Column("personal_sealed", LargeBinary),
        Column("has_email", Boolean, nullable=False),
        Column("has_phone", Boolean, nullable=False),
        Column("email_index", String(64)),
        Column("phone_index", String(64)),
        Column("name_index", String(64)),
        Column("name_address_index", String(64)),
    )


hub_signups = Table(
    "hub_signups", _metadata,
    Column("id", String(36), primary_key=True),
    Column("event_id", String(36), ForeignKey("hub_events.id"), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),
    *_content(),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("seq", BigInteger, nullable=False, index=True),
)  # fmt: skip
hub_signup_versions = Table(
    "hub_signup_versions", _metadata,
    Column("version_id", BigInteger, primary_key=True, autoincrement=True),
    Column("signup_id", String(36), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),
    *_content(),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("kept_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)  # fmt: skip

revision = "h002"
down_revision = "h001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"CREATE SEQUENCE {SEQ}")
    bind = op.get_bind()
    for table in (hub_events, hub_signups, hub_signup_versions):
        table.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for table in (hub_signup_versions, hub_signups, hub_events):
        table.drop(bind)
    op.execute(f"DROP SEQUENCE {SEQ}")
