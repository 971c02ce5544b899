"""The dataset file's tables, and a digest of its content for comparing two builds.

Plain sqlite3 rather than SQLAlchemy: this file is written once by the build and only
read afterwards; SQLAlchemy is kept for the user's own database (desktop/store/).
"""

from __future__ import annotations

import hashlib
import sqlite3

SCHEMA_VERSION = 2

TABLES = {
    "meta": "key TEXT PRIMARY KEY, value TEXT NOT NULL",
    "members": (
        "id TEXT PRIMARY KEY, chamber TEXT NOT NULL, district TEXT NOT NULL, name TEXT NOT NULL,"
        " given_name TEXT, family_name TEXT, party TEXT, email TEXT, phone TEXT, office TEXT,"
        " room TEXT, url TEXT"
    ),
    "districts": (
        "chamber TEXT NOT NULL, name TEXT NOT NULL, member_id TEXT REFERENCES members(id),"
        " geometry BLOB NOT NULL, PRIMARY KEY (chamber, name)"
    ),
    "towns": "name TEXT PRIMARY KEY, county TEXT NOT NULL, geometry BLOB NOT NULL",
    "precincts": (
        "town TEXT NOT NULL, ward TEXT NOT NULL, precinct TEXT NOT NULL, house TEXT NOT NULL,"
        " senate TEXT NOT NULL, congress TEXT NOT NULL, PRIMARY KEY (town, ward, precinct)"
    ),
    "places": (
        "key TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, kind TEXT NOT NULL,"
        " PRIMARY KEY (key, town)"
    ),
    "zips": "zip TEXT NOT NULL, town TEXT NOT NULL, PRIMARY KEY (zip, town)",
    # Each polygon's bounding box, so a point lookup parses only the polygons near it.
    "bounds": (
        "layer TEXT NOT NULL, name TEXT NOT NULL, minx REAL NOT NULL, miny REAL NOT NULL,"
        " maxx REAL NOT NULL, maxy REAL NOT NULL, PRIMARY KEY (layer, name)"
    ),
}

# Keys in `meta` that describe when or where a build ran, not what it contains.
VOLATILE_META = frozenset({"built_at"})


def create(connection: sqlite3.Connection) -> None:
    for name, columns in TABLES.items():
        connection.execute(f"CREATE TABLE {name} ({columns})")


def content_digests(connection: sqlite3.Connection) -> dict[str, str]:
    """One SHA-256 per table over its rows in a fixed order: equal digests, equal content."""
    digests = {}
    for table in TABLES:
        hasher = hashlib.sha256()
        width = len(connection.execute(f"PRAGMA table_info({table})").fetchall())
        order = ", ".join(str(column) for column in range(1, width + 1))
        rows = connection.execute(f"SELECT * FROM {table} ORDER BY {order}")
        for row in rows:
            if table == "meta" and row[0] in VOLATILE_META:
                continue
            hasher.update(repr(row).encode())
        digests[table] = hasher.hexdigest()
    return digests
