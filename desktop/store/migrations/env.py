"""Alembic's environment: migrate the engine the app hands over (never a URL from a file).

SQLite alters a table by copying it and dropping the old one; with foreign keys on, that
drop deletes every row that refers to the table (`ON DELETE CASCADE`: a sign-up's
actions, outbox messages, merges, suggestions). So the migrations run with foreign keys
off, as SQLite's own procedure for altering a table says, and the references are checked
before the transaction commits.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from desktop.store.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.execute(text("PRAGMA foreign_keys=OFF"))  # a no-op inside a transaction
        connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite alters tables by copying them
            )
            context.run_migrations()
            if sqlite:
                broken = connection.execute(text("PRAGMA foreign_key_check")).first()
                if broken is not None:
                    raise RuntimeError(f"A migration left a broken reference in {broken[0]}.")
    finally:
        if sqlite:
            connection.execute(text("PRAGMA foreign_keys=ON"))
            connection.commit()
