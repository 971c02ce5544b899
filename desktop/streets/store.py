"""The local street table: TIGER/Line address ranges in SQLite at `paths.streets_path()`.

Public data, not personal: it holds what the Census publishes, one row per address-range
segment, and the counties imported. A county is replaced whole, in one transaction, so a
lookup sees either the old ranges or the new ones. The file is in WAL mode so that a
lookup can read while an import writes.

Coordinates are stored as little-endian int32 pairs in units of 1e-7 degree (about 1 cm):
8 bytes a vertex, a quarter of what text or float64 pairs would take.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.errors import FileProblem

SCHEMA_VERSION = 1
_SCALE = 10_000_000  # int32 units per degree

_SCHEMA = f"""
PRAGMA user_version = {SCHEMA_VERSION};
CREATE TABLE IF NOT EXISTS counties (
    fips TEXT PRIMARY KEY,          -- '25025'
    name TEXT NOT NULL,             -- 'Suffolk'
    source TEXT NOT NULL,           -- 'tl_2024_25025_addrfeat.zip'
    vintage INTEGER NOT NULL,       -- 2024: the TIGER/Line year
    imported_at TEXT NOT NULL,      -- ISO 8601, UTC
    segments INTEGER NOT NULL,
    skipped INTEGER NOT NULL        -- records left out (no number, no line)
);
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY,         -- ours; changes when the county is imported again
    county TEXT NOT NULL,
    tlid INTEGER,                   -- the Census edge id, for tracing a row to its source
    name_key TEXT NOT NULL,         -- names.street_key(full_name).key
    base_key TEXT NOT NULL,         -- the same without the suffix
    full_name TEXT NOT NULL,        -- FULLNAME as printed: 'Dudley St'
    lfrom INTEGER, lto INTEGER,     -- left side's range, NULL when the side has none
    rfrom INTEGER, rto INTEGER,
    parity_l TEXT, parity_r TEXT,   -- 'O', 'E' or 'B'
    zip_l TEXT, zip_r TEXT,
    min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
    coords BLOB NOT NULL            -- see encode_coords
);
CREATE INDEX IF NOT EXISTS segments_name ON segments (name_key);
CREATE INDEX IF NOT EXISTS segments_base ON segments (base_key);
CREATE INDEX IF NOT EXISTS segments_county ON segments (county);
"""

SEGMENT_COLUMNS = (
    "county, tlid, name_key, base_key, full_name, lfrom, lto, rfrom, rto, parity_l, parity_r,"
    " zip_l, zip_r, min_lon, min_lat, max_lon, max_lat, coords"
)
_INSERT = f"INSERT INTO segments ({SEGMENT_COLUMNS}) VALUES ({', '.join('?' * 18)})"
_SELECT = (
    "SELECT id, county, full_name, lfrom, lto, rfrom, rto, parity_l, parity_r, zip_l, zip_r,"
    " coords FROM segments"
)
# A number within a side's range, whichever way the range runs; a NULL side never is.
_IN_RANGE = (
    "(?1 BETWEEN min(lfrom, lto) AND max(lfrom, lto)"
    " OR ?1 BETWEEN min(rfrom, rto) AND max(rfrom, rto))"
)


class StreetsError(FileProblem):
    """The street file or an ADDRFEAT file is unreadable: names the file and the problem."""


@dataclass(frozen=True, slots=True)
class County:
    fips: str
    name: str
    source: str
    vintage: int
    imported_at: dt.datetime
    segments: int
    skipped: int


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: int
    county: str
    full_name: str
    lfrom: int | None
    lto: int | None
    rfrom: int | None
    rto: int | None
    parity_l: str | None
    parity_r: str | None
    zip_l: str | None
    zip_r: str | None
    coords: bytes


def encode_coords(points: Iterable[tuple[float, float]]) -> bytes:
    flat = [round(value * _SCALE) for point in points for value in point[:2]]
    return struct.pack(f"<{len(flat)}i", *flat)


def decode_coords(blob: bytes) -> list[tuple[float, float]]:
    flat = struct.unpack(f"<{len(blob) // 4}i", blob)
    return [(flat[i] / _SCALE, flat[i + 1] / _SCALE) for i in range(0, len(flat), 2)]


def _check_version(connection: sqlite3.Connection, path: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise StreetsError(
            path,
            f"street table version {version}, this app reads {SCHEMA_VERSION};"
            " delete the file and import the counties again",
        )


class StreetTable:
    """The street table opened read-only, for lookups; safe to share between threads."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection
        self._lock = threading.Lock()  # one sqlite3 connection, used by one thread at a time

    def _rows(self, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as exc:
            raise StreetsError(self.path, f"cannot read the street table ({exc})") from exc

    def counties(self) -> list[County]:
        rows = self._rows(
            "SELECT fips, name, source, vintage, imported_at, segments, skipped"
            " FROM counties ORDER BY name"
        )
        return [
            County(fips, name, source, vintage, dt.datetime.fromisoformat(at), segments, skipped)
            for fips, name, source, vintage, at, segments, skipped in rows
        ]

    def is_empty(self) -> bool:
        return not self._rows("SELECT 1 FROM counties LIMIT 1")

    def segments_with(self, key: str, number: int, *, base: bool = False) -> list[SegmentRow]:
        """Segments whose name key (or base key) is `key` and one of whose ranges spans `number`."""
        column = "base_key" if base else "name_key"
        rows = self._rows(f"{_SELECT} WHERE {column} = ?2 AND {_IN_RANGE}", number, key)
        return [SegmentRow(*row) for row in rows]

    def names_with(self, key: str, *, base: bool = False) -> list[str]:
        """The full names printed for `key`, to say "Dudley St has no number 9999"."""
        column = "base_key" if base else "name_key"
        rows = self._rows(
            f"SELECT DISTINCT full_name FROM segments WHERE {column} = ? ORDER BY 1 LIMIT 20", key
        )
        return [str(name) for (name,) in rows]

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def open_streets(path: Path | None = None) -> StreetTable | None:
    """The street table for lookups, or None when nothing has been imported yet.

    A missing file costs one stat. A file that is not a street table raises StreetsError.
    """
    path = path or paths.streets_path()
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=5
        )
        _check_version(connection, path)
        connection.execute("SELECT 1 FROM segments LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        raise StreetsError(path, f"not a street table ({exc})") from exc
    return StreetTable(path, connection)


def connect_for_import(path: Path | None = None) -> sqlite3.Connection:
    """A writing connection, the file and its tables created when missing."""
    path = path or paths.streets_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=10)
        if connection.execute("PRAGMA user_version").fetchone()[0] == 0:
            connection.executescript(_SCHEMA)
        _check_version(connection, path)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL keeps it consistent
    except sqlite3.Error as exc:
        raise StreetsError(path, f"cannot open the street table for writing ({exc})") from exc
    return connection


def replace_county(
    connection: sqlite3.Connection,
    fips: str,
    rows: Iterable[tuple[object, ...]],
    describe: Callable[[int], County],
) -> County:
    """Put `rows` (in SEGMENT_COLUMNS order) in place of the county's; all or nothing.

    `rows` may be a generator that reads the source as it goes: if it (or `describe`,
    given the number of rows written) raises, the transaction is rolled back and the
    county's previous rows stay. Returns the county as recorded.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("DELETE FROM segments WHERE county = ?", (fips,))
        county = describe(connection.executemany(_INSERT, rows).rowcount)
        connection.execute(
            "INSERT OR REPLACE INTO counties VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                county.fips,
                county.name,
                county.source,
                county.vintage,
                county.imported_at.isoformat(timespec="seconds"),
                county.segments,
                county.skipped,
            ),
        )
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return county
