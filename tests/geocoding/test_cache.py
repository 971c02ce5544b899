"""The geocode cache on disk: filed under a slow salted digest, sealed, owner-only, expiring."""

from __future__ import annotations

import sqlite3
import stat
import struct
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.geocoding.cache import (
    MATCH_LIFE,
    NO_MATCH_LIFE,
    Cached,
    CacheKey,
    GeocodeCache,
    normalize_address,
)
from desktop.geocoding.census import AmbiguousMatch, GeocodeMatch
from tests.geocoding.conftest import Clock

ADDRESS = "4187 Wianno Avenue, Apt 2, Osterville, MA 02655"
POINT = GeocodeMatch(-70.386121, 41.628453, "4187 WIANNO AVE, OSTERVILLE, MA, 02655", "02655", "L")


def _key(cache: GeocodeCache, address: str) -> CacheKey:
    key = cache.key_for(address)
    assert key is not None
    return key


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        (count,) = db.execute("SELECT count(*) FROM answers").fetchone()
    return int(count)


def test_an_answer_comes_back_for_the_same_address(cache: GeocodeCache) -> None:
    key = _key(cache, ADDRESS)
    assert cache.get(key) is None

    cache.put(key, POINT)

    assert cache.get(key) == Cached(POINT)
    assert cache.get(_key(cache, ADDRESS)) == Cached(POINT)


def test_no_match_and_ambiguous_answers_are_remembered(cache: GeocodeCache) -> None:
    nowhere = _key(cache, "1 Nowhere Lane, Osterville")
    two = _key(cache, "12 Main St, Barnstable")
    other = GeocodeMatch(-70.2834, 41.6529, "12 MAIN ST, HYANNIS, MA, 02601", None, None)
    ambiguous = AmbiguousMatch((POINT, other))

    cache.put(nowhere, None)
    cache.put(two, ambiguous)

    assert cache.get(nowhere) == Cached(None)
    assert cache.get(two) == Cached(ambiguous)


def test_spellings_of_one_address_share_an_entry(cache: GeocodeCache) -> None:
    key = _key(cache, "4187 Wianno Avenue, Apt. 2, Osterville, MA 02655")
    cache.put(key, POINT)

    for spelling in (
        "4187 WIANNO AVE #2 OSTERVILLE MA 02655",
        "  4187 wianno ave., no. 2, osterville, ma 02655",
    ):
        assert cache.get(_key(cache, spelling)) == Cached(POINT)


def test_compass_words_are_not_merged() -> None:
    # Boston has both an East Street and an E Street: one cached point must not serve both.
    assert normalize_address("12 East St, Boston") != normalize_address("12 E St, Boston")
    assert normalize_address("12 Court Street, Boston") == normalize_address("12 court st boston")
    assert normalize_address(" ,.; ") is None


def test_an_address_with_no_words_has_no_key(cache: GeocodeCache) -> None:
    assert cache.key_for("  ,. ") is None


def test_nothing_readable_is_at_rest(cache: GeocodeCache, cache_path: Path) -> None:
    key = _key(cache, ADDRESS)
    cache.put(key, POINT)
    assert cache.get(key) == Cached(POINT)

    raw = b"".join(p.read_bytes() for p in cache_path.parent.iterdir())  # journals too
    folded = raw.lower()

    assert ADDRESS.lower().encode() not in folded
    assert str(normalize_address(ADDRESS)).encode() not in folded
    for word in ("4187", "wianno", "avenue", "osterville", "02655"):
        assert word.encode() not in folded
    # Nor the point, as text or as SQLite's REAL (a big-endian double).
    for degrees in (POINT.lon, POINT.lat):
        assert repr(degrees).encode() not in raw
        assert f"{degrees:.4f}".encode() not in raw
        assert struct.pack(">d", degrees) not in raw


def test_each_cache_file_has_its_own_salt(tmp_path: Path) -> None:
    one = GeocodeCache(tmp_path / "one.sqlite").key_for(ADDRESS)
    two = GeocodeCache(tmp_path / "two.sqlite").key_for(ADDRESS)
    again = GeocodeCache(tmp_path / "one.sqlite").key_for(ADDRESS)
    assert one is not None and two is not None and again is not None

    assert one.lookup != two.lookup
    assert one == again  # the salt is stored in the file, so a restart finds its entries
    assert len(one.lookup) == 32
    assert one.secret not in repr(one).encode()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_file_is_owner_only(cache: GeocodeCache, cache_path: Path) -> None:
    cache_path.parent.rmdir()  # a fresh machine: even the folder is new
    key = _key(cache, ADDRESS)
    cache.put(key, POINT)

    assert stat.S_IMODE(cache_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_path.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_loose_existing_file_is_tightened(cache_path: Path) -> None:
    cache_path.touch(mode=0o644)
    cache_path.chmod(0o644)

    GeocodeCache(cache_path).key_for(ADDRESS)

    assert stat.S_IMODE(cache_path.stat().st_mode) == 0o600


def test_no_match_expires_after_a_week_a_match_after_half_a_year(
    cache: GeocodeCache, clock: Clock
) -> None:
    nowhere = _key(cache, "1 Nowhere Lane, Osterville")
    found = _key(cache, ADDRESS)
    cache.put(nowhere, None)
    cache.put(found, POINT)
    assert NO_MATCH_LIFE == 7 * 86400 and MATCH_LIFE == 180 * 86400

    clock.advance(days=6.9)
    assert cache.get(nowhere) == Cached(None)
    clock.advance(days=0.2)
    assert cache.get(nowhere) is None
    assert cache.get(found) == Cached(POINT)

    clock.advance(days=173)
    assert cache.get(found) is None


def test_expired_rows_are_deleted_when_new_ones_come(
    cache: GeocodeCache, clock: Clock, cache_path: Path
) -> None:
    old = _key(cache, "1 Nowhere Lane, Osterville")
    new = _key(cache, ADDRESS)
    cache.put(old, None)
    clock.advance(days=8)

    cache.put(new, POINT)

    assert _rows(cache_path) == 1


def test_a_damaged_entry_is_a_miss(cache: GeocodeCache, cache_path: Path) -> None:
    key = _key(cache, ADDRESS)
    cache.put(key, POINT)
    with sqlite3.connect(cache_path) as db:
        db.execute("UPDATE answers SET sealed = zeroblob(300)")

    assert cache.get(key) is None


def test_worker_threads_can_share_one_cache(cache: GeocodeCache) -> None:
    addresses = [f"{number} Wianno Avenue, Osterville" for number in range(4101, 4109)]

    def store_and_read(address: str) -> Cached | None:
        key = _key(cache, address)
        cache.put(key, POINT)
        return cache.get(key)

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(store_and_read, addresses))

    assert results == [Cached(POINT)] * len(addresses)
