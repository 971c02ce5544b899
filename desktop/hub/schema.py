"""The hub's tables (SQLAlchemy Core; the hub's own migrations in migrations/ create them).

The coalition's keys (the organizer's key pair as every laptop's `organizer_keys` row keeps
it, so a joining laptop adopts it), the laptops that joined, and what they synchronise so
far: events and sign-ups (letters and messages come next).
"""

from __future__ import annotations

from typing import Any

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

metadata = MetaData()

coalition = Table(
    "coalition",
    metadata,
    Column("id", Integer, primary_key=True),  # one row: 1
    Column("public_key", LargeBinary, nullable=False),
    # The private key under the organizer's passphrase (Argon2id), as on a laptop: the hub
    # cannot open it, nor anything sealed to the public key.
    Column("encrypted_private_key", LargeBinary, nullable=False),
    Column("kdf_salt", LargeBinary, nullable=False),
    Column("opslimit", Integer, nullable=False),
    Column("memlimit", Integer, nullable=False),
    Column("index_salt", LargeBinary, nullable=False),
    Column("index_opslimit", Integer, nullable=False),
    Column("index_memlimit", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

laptops = Table(
    "laptops",
    metadata,
    Column("name", String(60), primary_key=True),
    Column("role", String(63), nullable=False, unique=True),  # its PostgreSQL role
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("joined_at", DateTime(timezone=True), nullable=True),
    Column("last_seen", DateTime(timezone=True), nullable=True),
)

# The records laptops synchronise. `seq` is the hub's: every insert or change takes the
# next number of `hub_seq`, and a laptop pulls what has a number above the last it saw.
# Pushes take a lock for their transaction (sync.py), so numbers commit in order and a
# pull never skips one.
SEQ = "hub_seq"

hub_events = Table(
    "hub_events",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("laptop", String(63), nullable=False),  # the role that first pushed it
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
)


# A sign-up as laptops keep it: the routing fields in the clear, the person sealed.
def signup_content() -> tuple[Column[Any], ...]:
    """New columns each time: a Column belongs to one table."""
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


CONTENT_NAMES = tuple(column.name for column in signup_content())

hub_signups = Table(
    "hub_signups",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("event_id", String(36), ForeignKey("hub_events.id"), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),  # the role that pushed this version
    *signup_content(),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),  # the laptop's count of its changes
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("seq", BigInteger, nullable=False, index=True),
)

# The version that lost when two laptops changed one sign-up: kept, and shown.
hub_signup_versions = Table(
    "hub_signup_versions",
    metadata,
    Column("version_id", BigInteger, primary_key=True, autoincrement=True),
    Column("signup_id", String(36), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),
    *signup_content(),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("kept_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
