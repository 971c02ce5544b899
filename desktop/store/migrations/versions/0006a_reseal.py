"""Re-seal the sign-ups saved before 0006 into one sealed record each, then drop the blobs.

Needs the organizer's key (the Alembic config's `opener` attribute): run by
migrate.upgrade when the organizer unlocks, or at once when there is nothing to re-seal.
On a branch of its own, so the main line's migrations never wait for the key. A run
stopped part-way keeps what it re-sealed (desktop/store/resealing.py).

Revision ID: 0006a
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from desktop.privacy.blind_index import BlindIndex, IndexCost
from desktop.store.migrate import NeedsKey
from desktop.store.resealing import LEGACY_COLUMNS, TABLES, count_unsealed, reseal_all

revision = "0006a"
down_revision = "0006"
branch_labels = ("reseal",)
depends_on = None


def upgrade() -> None:
    attributes = context.config.attributes
    engine, opener = attributes["engine"], attributes.get("opener")
    if count_unsealed(engine):
        if opener is None:
            raise NeedsKey("The organizer's passphrase is needed to re-seal earlier sign-ups.")
        reseal_all(engine, opener, attributes.get("progress"), _blind_index(engine))
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            for column in LEGACY_COLUMNS:
                batch_op.drop_column(column)


def _blind_index(engine: sa.Engine) -> BlindIndex | None:
    """The installation's repeat-signer digests, to give old sign-ups their name digest."""
    with engine.connect() as connection:
        row = connection.execute(
            sa.text("SELECT index_salt, index_opslimit, index_memlimit FROM organizer_keys")
        ).first()
    return BlindIndex(bytes(row[0]), IndexCost(row[1], row[2])) if row is not None else None


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            for column in LEGACY_COLUMNS:
                batch_op.add_column(sa.Column(column, sa.LargeBinary(), nullable=True))
