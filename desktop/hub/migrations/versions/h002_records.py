"""Events and sign-ups on the hub, numbered by `hub_seq`, and the versions that lost.

Revision ID: h002
Revises: h001
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from desktop.hub.schema import SEQ, hub_events, hub_signup_versions, hub_signups

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
