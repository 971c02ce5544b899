"""Before a database is opened: is it ours, readable, of a version this app knows, writable?

A damaged file, one written by a newer version of the app, or one that cannot be written
would otherwise end in a traceback halfway through a start (or, read-only, in a sign-in
that cannot be saved while the signer waits). Each is said in one sentence naming the
file and what to do, and nothing is changed: no migration, no repair attempt.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.store.migrate import HEAD_REVISION, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the text is one sentence saying what to do."""


def known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def check_database(url: str, *, thorough: bool = False) -> None:
    """Raise DatabaseProblem when the SQLite file at `url` cannot be opened and written.

    `thorough` also runs SQLite's quick_check over every page (milliseconds for an
    event's worth of sign-ups); without it, the header, version and permissions only.
    """
    path = sqlite_path(url)
    if path is None or str(path) == ":memory:":
        return
    folder = path.parent
    if not path.exists():
        _check_folder(folder, path)
        return
    if not path.is_file():
        raise DatabaseProblem(f"{path} is not a file: name the database file itself.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseProblem(f"The database {path} cannot be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise _damaged(path, "it is not an SQLite database")
    versions, check = _read(path, thorough)
    if check not in (None, "ok"):
        raise _damaged(path, "SQLite's check found damage")
    # One row per branch head reached (the main line's, and the re-sealing branch's).
    version = next(iter(sorted(versions - known_revisions())), None)
    if version is not None:
        raise DatabaseProblem(
            f"The database {path} was written by a newer version of this app (its schema is"
            f" {version}, this app knows up to {HEAD_REVISION}): install the newer version"
            " to open it. Nothing was changed."
        )
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        which = "the file" if not os.access(path, os.W_OK) else "its folder"
        raise DatabaseProblem(
            f"The database {path} cannot be written ({which} is read-only): make it writable,"
            " or copy the file to a folder you can write to and open it there."
        )


def _check_folder(folder: Path, path: Path) -> None:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            f"The database {path} cannot be created: {existing} is not a folder this user"
            " can write to. Make it writable, or choose another place for the database."
        )


def _read(path: Path, thorough: bool) -> tuple[set[str], str | None]:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _damaged(path, str(exc)) from None
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()[0] if thorough else None
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:
            rows = []  # an empty database, or one not migrated yet
        return {str(row[0]) for row in rows}, check
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
    finally:
        connection.close()


def _damaged(path: Path, why: str) -> DatabaseProblem:
    return DatabaseProblem(
        f"The database {path} is damaged ({why}): restore it from a backup, or move it"
        " aside to start with a new one. Nothing was changed."
    )
