"""Alembic migrations, run from code: every start brings the database to the newest schema.

Importing Alembic costs a third of a second, so a database already at the newest
revision (every start but the first after an update) is recognised with one query
and Alembic is not loaded at all.

One migration needs the organizer's key: 0006a re-seals the personal fields of sign-ups
saved before 0006 (one sealed blob per field) into one sealed record each, which means
opening them. It sits on a branch of its own (`reseal`), so every start still brings the
schema up to date on a locked kiosk, and the re-sealing runs when the organizer unlocks
(`upgrade(engine, opener=...)`). A new database, or one with nothing to re-seal, takes it
at once without the key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from desktop.privacy.sealing import Opener

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision of the main line in migrations/versions/ (tests/store/test_models.py
# keeps it so), and the re-sealing branch's.
HEAD_REVISION = "0011"
RESEAL_REVISION = "0006a"
RESEAL_PARENT = "0006"


class NeedsKey(RuntimeError):
    """Re-sealing was asked for without the organizer's key, with sign-ups to re-seal."""


def alembic_config(engine: Engine, **attributes: object) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes.update(attributes)
    return config


def current_revisions(engine: Engine) -> set[str]:
    """The revisions the database is at: one per branch head reached (none when new)."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        except OperationalError:
            return set()  # a new database: no version table yet
        return {str(row[0]) for row in rows}


def current_revision(engine: Engine) -> str | None:
    """The main line's revision (the re-sealing branch stands for its parent)."""
    return main_revision(current_revisions(engine))


def main_revision(revisions: set[str]) -> str | None:
    """Of the revisions in alembic_version, the main line's (None for a new database)."""
    main = revisions - {RESEAL_REVISION}
    if main:
        return max(main)
    return RESEAL_PARENT if revisions else None


def resealed(engine: Engine) -> bool:
    return RESEAL_REVISION in current_revisions(engine)


def upgrade(
    engine: Engine,
    opener: Opener | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Bring the schema up to date, and re-seal old sign-ups if there are any.

    Without `opener`, re-sealing waits when there is something to re-seal; with it, it
    runs, reporting (done, total) to `progress`, and can be stopped at any point (a
    killed run goes on from where it stopped).
    """
    revisions = current_revisions(engine)  # one query on an ordinary start
    if main_revision(revisions) != HEAD_REVISION:
        from alembic import command

        command.upgrade(alembic_config(engine), HEAD_REVISION)
        revisions = current_revisions(engine)
    if RESEAL_REVISION not in revisions:
        from desktop.store.resealing import count_unsealed

        if opener is None and count_unsealed(engine):
            return  # the kiosk works meanwhile, Alembic unloaded: new sign-ups sealed anew
        from alembic import command

        command.upgrade(alembic_config(engine, opener=opener, progress=progress), "reseal@head")
    if opener is not None:
        from desktop.store.reindexing import legacy_events, reindex_legacy_events

        if legacy_events(engine):  # events made before digests were per event
            reindex_legacy_events(engine, opener, progress)
