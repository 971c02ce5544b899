"""A fake Census geocoder on loopback, a client for it, and a cache with a clock we move."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.geocoding import CensusGeocoder, GeocodeCache
from tests.geocoding.census_server import ONELINE_PATH, FakeCensus


@pytest.fixture
def census(httpserver: HTTPServer) -> Iterator[FakeCensus]:
    fake = FakeCensus()
    httpserver.expect_request(ONELINE_PATH, method="GET").respond_with_handler(fake)
    yield fake
    assert fake.idle.wait(timeout=5), "the fake geocoder is still answering"


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/geocoder")  # http://127.0.0.1:PORT/geocoder


@pytest.fixture
def geocoder(base_url: str, census: FakeCensus) -> Iterator[CensusGeocoder]:
    with CensusGeocoder(base_url, timeout=2.0) as client:
        yield client


class Clock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, *, days: float) -> None:
        self.now += days * 24 * 60 * 60


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache_path(tabling_home: Path) -> Path:
    return paths.geocode_cache_path()


@pytest.fixture
def cache(cache_path: Path, clock: Clock) -> GeocodeCache:
    return GeocodeCache(cache_path, clock=clock)
