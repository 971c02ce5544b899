"""The hub's tables (SQLAlchemy Core; the hub's own migrations in migrations/ create them).

A revision that creates a table from here must be frozen (its own copy of the columns, as
h002 has) before the table changes here; the change is a new revision.

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
    Text,
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
    # (h005) The event's repeat-signer key wrapped under the coalition's index secret,
    # which the hub never holds (desktop/hub/index_keys.py).
    Column("index_key_wrapped", LargeBinary),
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


# A sign-up's letters and emails (the laptop's `actions`): which member, and whether the
# letter was printed (`done`). Printed on one laptop, a letter is printed on no other.
ACTION_COLUMNS = (
    "signup_id", "kind", "chamber", "district", "member_id", "member_name", "state",
    "created_at", "done_at",
)  # fmt: skip

hub_actions = Table(
    "hub_actions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("signup_id", String(36), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),  # the role that pushed this version
    Column("kind", String(10), nullable=False),
    Column("chamber", String(10), nullable=False),
    Column("district", String(100)),
    Column("member_id", String(100)),
    Column("member_name", String(200)),
    Column("state", String(10), nullable=False),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("done_at", DateTime(timezone=False)),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("seq", BigInteger, nullable=False, index=True),
)

# Outbox messages: what each is (kind, recipient, Message-ID) and how far it got, and the
# claim of the one laptop sending it (desktop/hub/claims.py). The content is built from the
# sealed sign-up by the laptop that sends it.
MESSAGE_COLUMNS = (
    "event_id", "signup_id", "kind", "chamber", "member_id", "message_id", "state",
    "attempts", "last_error", "created_at", "updated_at", "sent_at",
)  # fmt: skip

hub_messages = Table(
    "hub_messages",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("event_id", String(36), nullable=False, index=True),
    Column("signup_id", String(36), nullable=False, index=True),
    Column("laptop", String(63), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("chamber", String(10)),
    Column("member_id", String(100)),
    Column("message_id", String(200)),
    Column("state", String(10), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("last_error", String(500)),  # the app's own words: nothing personal
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("sent_at", DateTime(timezone=False)),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("claimed_by", String(63)),  # the laptop sending it now, until claim_expires
    Column("claim_expires", DateTime(timezone=True)),
    Column("seq", BigInteger, nullable=False, index=True),
)


def laptops_role(database: str) -> str:
    """The group role every laptop's role belongs to: what laptops may do, granted once."""
    return f"{database}_laptops"[:63]


# Lobby day (issue 16): the letter stacks printed for each office and their delivery, and
# the visit reports. `id` is the stack's code. `laptop` is the laptop that printed the
# stack or made the report (the laptop's own column); `pushed_by` the one that pushed
# this version.
STACK_COLUMNS = (
    "event_id", "day", "chamber", "district", "member_id", "member_name", "room", "letters",
    "printed_at", "laptop", "delivered_at", "delivered_by", "updated_at",
)  # fmt: skip

hub_stacks = Table(
    "hub_stacks",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("event_id", String(36), index=True),
    Column("day", Date, nullable=False, index=True),
    Column("chamber", String(10), nullable=False),
    Column("district", String(100)),
    Column("member_id", String(100), nullable=False),
    Column("member_name", String(200), nullable=False),
    Column("room", String(100)),
    Column("letters", Integer, nullable=False),
    Column("printed_at", DateTime(timezone=False), nullable=False),
    Column("laptop", String(63)),
    Column("delivered_at", DateTime(timezone=False)),
    Column("delivered_by", String(100)),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("pushed_by", String(63), nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
)

VISIT_COLUMNS = (
    "event_id", "visited_on", "chamber", "district", "member_id", "member_name", "met",
    "staffer", "position", "commitment", "follow_up", "follow_up_note", "notes", "laptop",
    "created_at", "updated_at",
)  # fmt: skip

hub_visits = Table(
    "hub_visits",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("event_id", String(36), nullable=False, index=True),
    Column("visited_on", Date, nullable=False),
    Column("chamber", String(10), nullable=False),
    Column("district", String(100)),
    Column("member_id", String(100), nullable=False),
    Column("member_name", String(200), nullable=False),
    Column("met", String(10), nullable=False),
    Column("staffer", String(200)),
    Column("position", String(12), nullable=False),
    Column("commitment", Text),
    Column("follow_up", Boolean, nullable=False),
    Column("follow_up_note", Text),
    Column("notes", Text),
    Column("laptop", String(63)),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("pushed_by", String(63), nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
)
