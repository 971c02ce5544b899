"""The geocoder as the district resolver wants it: address -> points, or why none.

`AddressResolver` (desktop/districts/resolver.py) knows nothing of HTTP or caches; this
is the one place that wires the Census client, the cache and the settings together.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop import paths
from desktop.districts.lookup import PlacedPoint
from desktop.districts.resolver import Geocode
from desktop.districts.result import AddressMiss, AddressPlacement
from desktop.geocoding.cache import GeocodeCache
from desktop.geocoding.census import AmbiguousMatch, CensusGeocoder, GeocoderUnavailable
from desktop.geocoding.service import Geocoder, geocode
from desktop.settings import GEOCODER_BASE_URL, GEOCODER_TIMEOUT, Settings

_SIDES = {"L": "left", "R": "right"}


def placing_geocoder(geocoder: Geocoder, cache: GeocodeCache) -> Geocode:
    def place(address: str) -> tuple[Sequence[PlacedPoint], AddressMiss]:
        try:
            answer = geocode(address, geocoder=geocoder, cache=cache)
        except GeocoderUnavailable:
            return (), "unavailable"
        if answer is None:
            return (), "no_match"
        matches = answer.matches if isinstance(answer, AmbiguousMatch) else (answer,)
        points = [
            PlacedPoint(
                match.lon,
                match.lat,
                AddressPlacement(
                    method="geocoder",
                    street=match.matched_address,
                    side=_SIDES.get(match.side or ""),
                    zip=match.zip,
                ),
            )
            for match in matches
        ]
        return points, "no_match"

    return place


def census_geocode(settings: Settings) -> Geocode:
    """The Census geocoder at the configured address, with the cache in the user's folder."""
    client = CensusGeocoder(
        settings.get(GEOCODER_BASE_URL), settings.get(GEOCODER_TIMEOUT), settings=settings
    )
    return placing_geocoder(client, GeocodeCache(paths.geocode_cache_path()))
