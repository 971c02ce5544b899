"""Letters and emails (actions) and outbox messages on the hub, and one group role that
holds what every laptop may do, so a table added later is granted to laptops once.

Revision ID: h003
Revises: h002
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from desktop.hub.schema import hub_actions, hub_messages, laptops_role

revision = "h003"
down_revision = "h002"
branch_labels = None
depends_on = None

# Read, add and change; never delete (a deletion is a mark).
SYNCED = "hub_events, hub_signups, hub_actions, hub_messages"


def upgrade() -> None:
    bind = op.get_bind()
    for table in (hub_actions, hub_messages):
        table.create(bind)
    database = bind.execute(text("SELECT current_database()")).scalar_one()
    quoted = bind.dialect.identifier_preparer.quote(laptops_role(str(database)))
    op.execute(
        f"DO $$ BEGIN CREATE ROLE {quoted} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    op.execute(f"GRANT SELECT ON coalition, laptops TO {quoted}")
    op.execute(f"GRANT UPDATE (joined_at, last_seen) ON laptops TO {quoted}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON {SYNCED} TO {quoted}")
    op.execute(f"GRANT SELECT, INSERT ON hub_signup_versions TO {quoted}")
    op.execute(
        f"GRANT USAGE, SELECT ON SEQUENCE hub_seq, hub_signup_versions_version_id_seq TO {quoted}"
    )
    # Laptops that joined before this revision join the group.
    for (role,) in bind.execute(text("SELECT role FROM laptops")):
        op.execute(f"GRANT {quoted} TO {bind.dialect.identifier_preparer.quote(role)}")


def downgrade() -> None:
    bind = op.get_bind()
    database = bind.execute(text("SELECT current_database()")).scalar_one()
    quoted = bind.dialect.identifier_preparer.quote(laptops_role(str(database)))
    for table in (hub_messages, hub_actions):
        table.drop(bind)
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}")
    op.execute(f"DROP ROLE IF EXISTS {quoted}")
