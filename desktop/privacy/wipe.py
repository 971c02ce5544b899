"""Wiping the laptop: the organizer's keys and every personal record, securely; then a
new first start.

What goes: the database (tabling.db with its -wal and -shm: every sign-up, message,
count and event, and the organizer's key pair, so nothing sealed can ever be opened
again), the geocoder's cache, and the logs (they are written to hold no values, but a
wipe leaves no doubt). Each SQLite file is first emptied with `secure_delete` on and
rebuilt by VACUUM, its WAL checkpointed and truncated, and only then deleted: SQLite
overwrites what it held with zeros in the file. What no program can promise on an SSD or
a journaling or copy-on-write filesystem: that the blocks the file used are gone from
the disk itself (the drive may keep remapped copies). Full-disk encryption covers that;
the organizer's keys being gone means the sealed records could not be read anyway.

What stays: settings.json (printer, mail server name, kiosk choices: nothing about a
signer), the street ranges and the districts dataset (public data), the mail server
password and Action Network key in the system keyring (the coalition's, not a signer's;
`tabling config` changes them), and files the organizer saved elsewhere (exports,
printed PDFs): the app does not know where they are, and does not touch them.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.privacy import event_index

if TYPE_CHECKING:
    from desktop.store.sessions import SessionFactory

CONFIRM_WORD = "WIPE"


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _sqlite_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def empty_securely(path: Path) -> None:
    """Delete every row of every table of the SQLite file at `path`, overwriting them."""
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("PRAGMA foreign_keys=OFF")
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        connection.execute("BEGIN IMMEDIATE")
        for table in tables:
            connection.execute(f'DELETE FROM "{table}"')
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def wipe_sqlite(path: Path, report: WipeReport) -> None:
    if path.is_file():
        # A damaged file (not a database) is deleted all the same.
        with contextlib.suppress(sqlite3.DatabaseError):
            empty_securely(path)
    for part in _sqlite_files(path):
        if part.exists():
            part.unlink()
            report.removed.append(part)


def wipe(database: Path | None) -> WipeReport:
    """Destroy the keys and every personal record (the engine, if any, disposed first)."""
    report = WipeReport()
    if database is not None:
        wipe_sqlite(database, report)
    wipe_sqlite(paths.geocode_cache_path(), report)
    from desktop.logs import log_dir

    logs = log_dir()
    if logs.is_dir():
        for log_file in sorted(logs.iterdir()):
            if log_file.is_file():
                log_file.unlink()
                report.removed.append(log_file)
        shutil.rmtree(logs, ignore_errors=True)
    report.kept = [
        "settings (nothing about a signer)",
        "the street ranges and district data (public)",
        "the mail server password and Action Network key in the system keyring",
        "files saved elsewhere (exports, PDFs): not touched",
    ]
    return report


def wipe_with_passphrase(sessions: SessionFactory, passphrase: str) -> WipeReport:
    """The volunteer view's wipe: the passphrase checked (WrongPassphrase), the database's
    connections closed, then everything wiped. The app must start anew afterwards."""
    from sqlalchemy import select

    from desktop.organizer import key_record, unlock_private_key
    from desktop.store.models import Event

    with sessions() as session:
        engine = session.get_bind().engine
        if key_record(session) is not None:
            unlock_private_key(session, passphrase)
        events = list(session.scalars(select(Event)))
        for event in events:  # each event's repeat-signer key, in the system keyring
            event_index.forget(event)
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    engine.dispose()
    return wipe(Path(database) if database and database != ":memory:" else None)
