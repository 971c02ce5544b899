"""`geocode`: the cache first, then the Census geocoder (real HTTP on loopback)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.geocoding import (
    AmbiguousMatch,
    CensusGeocoder,
    GeocodeCache,
    GeocodeMatch,
    GeocoderUnavailable,
    geocode,
)
from tests.geocoding.census_server import FakeCensus, census_match
from tests.geocoding.conftest import Clock

ADDRESS = "4187 Wianno Avenue, Osterville, MA 02655"
MATCHED = "4187 WIANNO AVE, OSTERVILLE, MA, 02655"


def _rows(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        (count,) = db.execute("SELECT count(*) FROM answers").fetchone()
    return int(count)


def test_a_second_lookup_does_not_reach_the_geocoder(
    geocoder: CensusGeocoder, census: FakeCensus, cache: GeocodeCache
) -> None:
    census.matches = [census_match(MATCHED, -70.386121, 41.628453)]

    first = geocode(ADDRESS, geocoder=geocoder, cache=cache)
    second = geocode("4187 WIANNO AVE, OSTERVILLE MA 02655", geocoder=geocoder, cache=cache)

    assert isinstance(first, GeocodeMatch)
    assert second == first  # the Census's spelling comes back from the cache too
    assert len(census.queries) == 1


def test_no_match_is_remembered_for_a_week(
    geocoder: CensusGeocoder, census: FakeCensus, cache: GeocodeCache, clock: Clock
) -> None:
    assert geocode(ADDRESS, geocoder=geocoder, cache=cache) is None
    assert geocode(ADDRESS, geocoder=geocoder, cache=cache) is None
    assert len(census.queries) == 1

    clock.advance(days=8)
    census.matches = [census_match(MATCHED, -70.386121, 41.628453)]  # the Census learned it

    assert isinstance(geocode(ADDRESS, geocoder=geocoder, cache=cache), GeocodeMatch)
    assert len(census.queries) == 2


def test_an_ambiguous_answer_is_remembered(
    geocoder: CensusGeocoder, census: FakeCensus, cache: GeocodeCache
) -> None:
    census.matches = [
        census_match("12 MAIN ST, HYANNIS, MA, 02601", -70.2834, 41.6529),
        census_match("12 MAIN ST, COTUIT, MA, 02635", -70.4367, 41.6168),
    ]

    first = geocode("12 Main St, Barnstable", geocoder=geocoder, cache=cache)
    second = geocode("12 Main St, Barnstable", geocoder=geocoder, cache=cache)

    assert isinstance(first, AmbiguousMatch)
    assert second == first
    assert len(census.queries) == 1


@pytest.mark.parametrize(
    ("raw", "delay"),
    [((500, "Internal Server Error", "text/plain"), 0.0), ((200, "not json", "text/plain"), 0.0)],
)
def test_when_the_geocoder_is_unavailable_nothing_is_stored(
    geocoder: CensusGeocoder,
    census: FakeCensus,
    cache: GeocodeCache,
    cache_path: Path,
    raw: tuple[int, str, str],
    delay: float,
) -> None:
    census.raw, census.delay = raw, delay

    with pytest.raises(GeocoderUnavailable):
        geocode(ADDRESS, geocoder=geocoder, cache=cache)
    assert _rows(cache_path) == 0

    census.raw = None
    census.matches = [census_match(MATCHED, -70.386121, 41.628453)]
    assert isinstance(geocode(ADDRESS, geocoder=geocoder, cache=cache), GeocodeMatch)
    assert len(census.queries) == 2  # asked again, not answered from the cache


def test_a_timeout_stores_nothing(
    base_url: str, census: FakeCensus, cache: GeocodeCache, cache_path: Path
) -> None:
    census.delay = 0.6
    with CensusGeocoder(base_url, timeout=0.2) as slow, pytest.raises(GeocoderUnavailable):
        geocode(ADDRESS, geocoder=slow, cache=cache)

    assert _rows(cache_path) == 0


def test_an_address_without_words_is_asked_but_not_stored(
    geocoder: CensusGeocoder, census: FakeCensus, cache: GeocodeCache, cache_path: Path
) -> None:
    assert geocode(" , ", geocoder=geocoder, cache=cache) is None
    assert len(census.queries) == 1
    assert _rows(cache_path) == 0


def test_a_damaged_cache_file_does_not_stop_the_lookup(
    geocoder: CensusGeocoder,
    census: FakeCensus,
    cache_path: Path,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache_path.write_bytes(b"this is not a database, it was cut short by a crash" * 100)
    census.matches = [census_match(MATCHED, -70.386121, 41.628453)]

    answer = geocode(ADDRESS, geocoder=geocoder, cache=GeocodeCache(cache_path, clock=clock))

    assert isinstance(answer, GeocodeMatch)
    assert len(census.queries) == 1
    assert "geocode cache read failed (DatabaseError)" in caplog.text
