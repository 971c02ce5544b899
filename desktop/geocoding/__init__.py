"""Street addresses to points, online, for towns whose districts split along streets.

- `census`: the U.S. Census Bureau's geocoder (`CensusGeocoder.locate`), its answers
  (`GeocodeMatch`, `AmbiguousMatch`, None for no match) and `GeocoderUnavailable`.
- `cache`: answers remembered on disk under a slow salted digest, sealed (`GeocodeCache`).
- `service`: `geocode`, the cache then the geocoder.

Placing a point in the district polygons is `desktop.districts`' work, not this package's.
Plain Python; no Qt here (DESIGN.md, rule 1).
"""

from desktop.geocoding.cache import GeocodeCache
from desktop.geocoding.census import (
    AmbiguousMatch,
    CensusGeocoder,
    GeocodeAnswer,
    GeocodeMatch,
    GeocoderUnavailable,
)
from desktop.geocoding.service import geocode

__all__ = [
    "AmbiguousMatch",
    "CensusGeocoder",
    "GeocodeAnswer",
    "GeocodeCache",
    "GeocodeMatch",
    "GeocoderUnavailable",
    "geocode",
]
