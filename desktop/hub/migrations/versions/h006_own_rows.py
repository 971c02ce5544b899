"""Row-level security: a laptop adds rows in its own name only, and marks only itself seen.

A laptop may read every synced row and change any (a letter printed, a message claimed or
sent, a later edit: other laptops' rows change too), but a row it adds names it as the
laptop that pushed it, so nobody can pass their rows off as another laptop's; and in the
list of laptops it may touch only its own (joined, last seen). The organizer, who owns the
tables, is not bound by these policies.

Revision ID: h006
Revises: h005
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from desktop.hub.schema import laptops_role

revision = "h006"
down_revision = "h005"
branch_labels = None
depends_on = None

# Each synced table and its column naming the laptop that pushed the row.
PUSHED_BY = {
    "hub_events": "laptop",
    "hub_signups": "laptop",
    "hub_actions": "laptop",
    "hub_messages": "laptop",
    "hub_stacks": "pushed_by",
    "hub_visits": "pushed_by",
}


def upgrade() -> None:
    bind = op.get_bind()
    database = bind.execute(text("SELECT current_database()")).scalar_one()
    group = bind.dialect.identifier_preparer.quote(laptops_role(str(database)))
    for table, column in PUSHED_BY.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {group} USING (true)")
        op.execute(
            f"CREATE POLICY {table}_add ON {table} FOR INSERT TO {group}"
            f" WITH CHECK ({column} = current_user)"
        )
        op.execute(
            f"CREATE POLICY {table}_change ON {table} FOR UPDATE TO {group}"
            " USING (true) WITH CHECK (true)"
        )
    op.execute("ALTER TABLE laptops ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY laptops_read ON laptops FOR SELECT TO {group} USING (true)")
    op.execute(
        f"CREATE POLICY laptops_itself ON laptops FOR UPDATE TO {group}"
        " USING (role = current_user) WITH CHECK (role = current_user)"
    )


def downgrade() -> None:
    for table in PUSHED_BY:
        for policy in ("read", "add", "change"):
            op.execute(f"DROP POLICY IF EXISTS {table}_{policy} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP POLICY IF EXISTS laptops_read ON laptops")
    op.execute("DROP POLICY IF EXISTS laptops_itself ON laptops")
    op.execute("ALTER TABLE laptops DISABLE ROW LEVEL SECURITY")
