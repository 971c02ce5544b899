"""One street address to a point: the cache first, then the online geocoder.

Every answer the geocoder gives is remembered, "no match" and ambiguous ones included
(for less long; see `cache`). When the geocoder is unavailable nothing is remembered, so
the next try asks it again. A cache that cannot be read or written (a damaged file, a full
disk) is logged and passed over: it only saves time, and the table must keep working.
Meant to run on a worker thread: the digest alone takes about 20 ms and the geocoder up
to its timeout.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Protocol

from desktop.geocoding.cache import CacheKey, GeocodeCache
from desktop.geocoding.census import GeocodeAnswer

log = logging.getLogger(__name__)


class Geocoder(Protocol):
    """Anything with the `CensusGeocoder.locate` contract (raises `GeocoderUnavailable`)."""

    def locate(self, address: str) -> GeocodeAnswer: ...


def geocode(address: str, *, geocoder: Geocoder, cache: GeocodeCache) -> GeocodeAnswer:
    """A `GeocodeMatch`, an `AmbiguousMatch` or None (no match); or `GeocoderUnavailable`."""
    key: CacheKey | None = None
    try:
        key = cache.key_for(address)
        cached = cache.get(key) if key is not None else None
    except (sqlite3.Error, OSError) as error:
        _cache_failed("read", error)
        cached = None
    if cached is not None:
        return cached.answer
    answer = geocoder.locate(address)  # GeocoderUnavailable propagates: nothing to store
    if key is not None:
        try:
            cache.put(key, answer)
        except (sqlite3.Error, OSError) as error:
            _cache_failed("write", error)
    return answer


def _cache_failed(action: str, error: Exception) -> None:
    # The type only: a message could name the file, and a file name can hold a user name.
    log.warning("geocode cache %s failed (%s); going on without it", action, type(error).__name__)
