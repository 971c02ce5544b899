"""Alembic's environment for the hub: migrate the engine handed over, with the hub's own
version table, so a hub never mistakes the laptop's history for its own."""

from __future__ import annotations

from alembic import context

from desktop.hub.schema import metadata

VERSION_TABLE = "hub_alembic_version"

engine = context.config.attributes["engine"]
with engine.connect() as connection, connection.begin():
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
    context.run_migrations()
