"""Alembic's environment: migrate the engine the app hands over (never a URL from a file)."""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
    )
    context.run_migrations()
