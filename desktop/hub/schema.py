"""The hub's tables (SQLAlchemy Core; the hub's own migrations in migrations/ create them).

This part: the coalition's keys (the organizer's key pair as every laptop's `organizer_keys`
row keeps it, so a joining laptop adopts it) and the laptops that joined. The synchronised
records (events, sign-ups, letters, messages) come with `hub sync`.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, LargeBinary, MetaData, String, Table, func

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
