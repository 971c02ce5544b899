"""Opening the user's database: where it lives, its pragmas, and migrating it.

SQLite pragmas on every connection: WAL so the kiosk's writes never wait on a
reader; `synchronous=FULL` so a commit is on disk before the volunteer sees
"saved" (a crash or pulled plug right after loses nothing); foreign keys on; a busy
timeout instead of an immediate "database is locked"; `secure_delete` so whatever is
deleted (a sign-up, a purged event's personal data) is overwritten with zeros in the file
rather than left in free space (desktop/privacy/retention.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.paths import default_database_url
from desktop.private_files import create_private_file, private_folder

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(synchronous: str) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            f"synchronous={synchronous}",
            "foreign_keys=ON",
            # Deleted rows are overwritten, not left in free pages (the purge, the wipe).
            "secure_delete=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return set_pragmas


def _private_file(path: Path) -> None:
    """Create the database file readable by its owner alone (SQLite gives -wal the same mode)."""
    private_folder(path.parent, ours=path.parent == paths.user_home())
    if not path.exists():
        create_private_file(path)


def make_engine(url: str | None = None, *, batch: bool = False) -> Engine:
    """`batch`: `synchronous=NORMAL`, for work a rerun repeats safely (`tabling import`,
    whose every row records that it was saved, so a rerun skips it): in WAL mode a commit
    then waits for no disk flush, which took 4 ms of every imported row. A killed process
    loses nothing committed; a power cut may lose the last rows, never the file, and the
    rerun the import's own message asks for adds them."""
    url = url or default_database_url()
    if url.startswith("sqlite:///"):
        _private_file(Path(url.removeprefix("sqlite:///")))
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas("NORMAL" if batch else "FULL"))
    return engine


def open_database(url: str | None = None, *, batch: bool = False) -> sessionmaker[Session]:
    """The database at `url` (default: the user's), migrated to the newest schema.

    Raises health.DatabaseProblem, changing nothing, for a damaged, newer or read-only file.
    """
    from desktop.store.health import check_database
    from desktop.store.migrate import upgrade

    url = url or default_database_url()
    check_database(url, thorough=True)
    engine = make_engine(url, batch=batch)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
