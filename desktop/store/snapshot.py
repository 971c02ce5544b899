"""What the kiosk needs to open, read with sqlite3 alone: the current event and the keys.

The window opens on the sign-in form from this snapshot, before SQLAlchemy is even
imported (it loads in the background, well before the first save). When the database
is not a SQLite file at the newest schema, there is no snapshot and the window takes
the ordinary path. tests/store/test_snapshot.py checks it against the ORM.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.privacy.keys import KeyRecord
from desktop.store.migrate import HEAD_REVISION, main_revision

SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class KioskSnapshot:
    event_id: str
    event_name: str
    campaign_id: str
    actions: tuple[str, ...]
    languages: tuple[str, ...]
    keys: KeyRecord


def read_snapshot(url: str) -> KioskSnapshot | None:
    if not url.startswith(SQLITE_PREFIX):
        return None
    path = Path(url.removeprefix(SQLITE_PREFIX))
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # anything unexpected: the ordinary path will say what is wrong
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> KioskSnapshot | None:
    versions = {
        str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
    }
    if main_revision(versions) != HEAD_REVISION:
        return None
    keys = connection.execute(
        "SELECT public_key, encrypted_private_key, kdf_salt, opslimit, memlimit, index_salt,"
        " index_opslimit, index_memlimit FROM organizer_keys WHERE id = 1"
    ).fetchone()
    current = connection.execute("SELECT value FROM app_state WHERE key = 'current_event'")
    event_id = current.fetchone()
    if keys is None or event_id is None:
        return None
    event = connection.execute(
        "SELECT id, name, campaign_id, actions, languages FROM events WHERE id = ?", event_id
    ).fetchone()
    if event is None:
        return None
    return KioskSnapshot(
        event_id=event[0],
        event_name=event[1],
        campaign_id=event[2],
        actions=tuple(json.loads(event[3])),
        languages=tuple(json.loads(event[4])),
        keys=KeyRecord(*keys),
    )
