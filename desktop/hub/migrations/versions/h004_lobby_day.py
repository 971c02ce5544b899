"""Lobby day on the hub: letter stacks and their delivery, and visit reports (issue 16).

Revision ID: h004
Revises: h003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from desktop.hub.schema import hub_stacks, hub_visits, laptops_role

revision = "h004"
down_revision = "h003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in (hub_stacks, hub_visits):
        table.create(bind)
    database = bind.execute(text("SELECT current_database()")).scalar_one()
    quoted = bind.dialect.identifier_preparer.quote(laptops_role(str(database)))
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON hub_stacks, hub_visits TO {quoted}")


def downgrade() -> None:
    bind = op.get_bind()
    for table in (hub_visits, hub_stacks):
        table.drop(bind)
