"""Events carry their repeat-signer key wrapped under the coalition's index secret.

Revision ID: h005
Revises: h004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h005"
down_revision = "h004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_events", sa.Column("index_key_wrapped", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("hub_events", "index_key_wrapped")
