"""Alembic migrations, run from code: every start brings the database to the newest schema.

Importing Alembic costs a third of a second, so a database already at the newest
revision (every start but the first after an update) is recognised with one query
and Alembic is not loaded at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions/ (tests/store/test_models.py keeps it so).
HEAD_REVISION = "0005"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # a new database: no version table yet


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
