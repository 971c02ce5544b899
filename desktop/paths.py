"""Every folder and file the app uses, in one place.

Bundled, read-only files (the district dataset, resources) sit beside the package
when running from source. The user's own files go to the platform's user folders
(platformdirs), or under TABLING_HOME when it is set (tests give each test its own).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "tabling"
DATASET_FILE = "districts.sqlite"
STREETS_FILE = "streets.sqlite"
GEOCODE_CACHE_FILE = "geocode-cache.sqlite"


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def bundled_data_dir() -> Path:
    return project_root() / "data"


def dataset_path() -> Path:
    """The district dataset the app reads: TABLING_DATASET, or the committed one."""
    override = os.environ.get("TABLING_DATASET")
    return Path(override) if override else bundled_data_dir() / DATASET_FILE


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


def streets_path() -> Path:
    """The street address ranges imported before an event (public data, not personal)."""
    return user_home() / STREETS_FILE


def geocode_cache_path() -> Path:
    """Points the online geocoder returned, keyed by a slow salted digest of the address."""
    return user_home() / GEOCODE_CACHE_FILE
