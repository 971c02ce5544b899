"""Every folder and file the app uses, in one place.

Bundled, read-only files (the district dataset, resources) sit beside the package
when running from source, and in the unpacked folder of the desktop bundle (PyInstaller's
`sys._MEIPASS`, see build.spec) when frozen: `bundle_root()`. The user's own files go to
the platform's user folders (platformdirs), or under TABLING_HOME when it is set (tests
give each test its own); never inside the bundle, which may be read-only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "tabling"
DATASET_FILE = "districts.sqlite"
STREETS_FILE = "streets.sqlite"
GEOCODE_CACHE_FILE = "geocode-cache.sqlite"


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True inside the desktop bundle built by build.spec (PyInstaller sets sys.frozen)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/` and `data/`: the bundle's files, or the project."""
    unpacked = getattr(sys, "_MEIPASS", None)
    return Path(unpacked) if is_frozen() and unpacked else project_root()


def resource_path(*parts: str) -> Path:
    """A read-only file under resources/ (fonts, campaigns, translations), source or bundle."""
    return bundle_root().joinpath("resources", *parts)


def bundled_data_dir() -> Path:
    return bundle_root() / "data"


def dataset_path() -> Path:
    """The district dataset the app reads.

    TABLING_DATASET when set; else the copy `tabling data update` wrote to the user's
    folder, unless the bundled one is newer (an app upgrade brought later legislators,
    by the "as of" date both record) or of another schema; else the bundled one.
    """
    override = os.environ.get("TABLING_DATASET")
    if override:
        return Path(override)
    bundled, updated = bundled_data_dir() / DATASET_FILE, updated_dataset_path()
    mine, shipped = _dataset_version(updated), _dataset_version(bundled)
    if mine is not None and (shipped is None or (mine[0] == shipped[0] and mine[1] >= shipped[1])):
        return updated
    return bundled


def updated_dataset_path() -> Path:
    """Where `tabling data update` writes: the user's folder (the bundled file is read-only)."""
    return user_home() / DATASET_FILE


def _dataset_version(path: Path) -> tuple[str, str] | None:
    """A dataset's (schema_version, as_of), or None when it is missing or unreadable."""
    import sqlite3

    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta"))
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(meta.get("schema_version", "")), str(meta.get("as_of", ""))


def default_source_dir() -> Path:
    """Where `tabling data build` reads the Massachusetts sources: ../shared/data/ma."""
    return project_root().parent / "shared" / "data" / "ma"


def user_home() -> Path:
    """The user's own data: TABLING_HOME, or the platform's user data folder."""
    override = os.environ.get("TABLING_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


DATABASE_FILE = "tabling.db"


def default_database_url() -> str:
    """The user's own database: tabling.db in the user folder (or under TABLING_HOME)."""
    return f"sqlite:///{user_home() / DATABASE_FILE}"


def streets_path() -> Path:
    """The street address ranges imported before an event (public data, not personal)."""
    return user_home() / STREETS_FILE


def geocode_cache_path() -> Path:
    """Points the online geocoder returned, keyed by a slow salted digest of the address."""
    return user_home() / GEOCODE_CACHE_FILE
