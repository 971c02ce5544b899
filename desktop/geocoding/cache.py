"""Remembering the geocoder's answers without keeping anyone's address, or home, readable.

A laptop that is lost must not give away where signers live, so nothing in this file
(`desktop.paths.geocode_cache_path()`) is readable without guessing an address:

- The row's id is not the address but a slow, salted digest of it: Argon2id at the blind
  index's cost (`desktop.privacy.blind_index`; its docstring says why slow and salted),
  over the address normalized the same way ("12 Main Street, Apt. 3" = "12 main st 3").
  The salt is random per cache file and stored in it: it makes a thief redo the work for
  this file; it is not a secret.
- The answer itself is sealed (XSalsa20-Poly1305, `nacl.secret.SecretBox`) with a second
  key from the same Argon2id run. The point is the address in all but name (the Census
  interpolates it along the block), so it gets the same protection: to read a row, guess
  its address. The Census's spelling of the address, kept inside the seal, costs nothing
  more. Sealed answers are padded to a few fixed lengths, so their size says little.
- Only the expiry time is plain, so old rows can be dropped without any key.

Matches live `MATCH_LIFE` (address ranges change slowly); "no match" and ambiguous
answers only `NO_MATCH_LIFE`, because those are what a Census update most often fixes.

One normalization choice differs from the blind index: compass words stay as typed.
"12 East St" and "12 E St" are different streets in Boston; merging them would be a
cache hit for the wrong house, while keeping them apart only costs one more lookup.

Safe to use from several threads: every call opens its own SQLite connection.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import nacl.exceptions
import nacl.secret
import nacl.utils
from nacl.pwhash import argon2id

from desktop.geocoding.census import AmbiguousMatch, GeocodeAnswer, GeocodeMatch
from desktop.privacy.blind_index import (
    _ADDRESS_WORDS,
    _UNIT_WORDS,
    _words,
)

DAY: Final = 24 * 60 * 60.0
MATCH_LIFE: Final = 180 * DAY
NO_MATCH_LIFE: Final = 7 * DAY
BUSY_TIMEOUT_SECONDS: Final = 5.0
_PAD_TO: Final = 256  # sealed plaintexts are a multiple of this many bytes
# The blind index's cost when the cache was made (2, 16 MiB), kept: a cost changed here
# would make every cached address miss.
CACHE_OPSLIMIT: Final = 2
CACHE_MEMLIMIT: Final = 16 * 1024 * 1024
_KIND: Final = "geocode\x1f"  # digest input prefix, as the blind index tags its kinds
_COMPASS_WORDS: Final = frozenset({"north", "south", "east", "west"})
_SPELLINGS: Final = {
    word: short for word, short in _ADDRESS_WORDS.items() if word not in _COMPASS_WORDS
}

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS answers ("
    " lookup BLOB PRIMARY KEY, expires_at REAL NOT NULL, sealed BLOB NOT NULL)",
)


@dataclass(frozen=True)
class CacheKey:
    """Where one address's answer is filed (`lookup`) and the key that seals it."""

    lookup: bytes
    secret: bytes = field(repr=False)


@dataclass(frozen=True)
class Cached:
    """A remembered answer; `answer` None is a remembered "no match"."""

    answer: GeocodeAnswer


def normalize_address(address: str) -> str | None:
    """Case, accents, punctuation, spacing, unit words and "Street"/"St" folded away."""
    words = [_SPELLINGS.get(word, word) for word in _words(address) if word not in _UNIT_WORDS]
    return " ".join(words) or None


class GeocodeCache:
    """The geocode cache file at `path`, created owner-only on first use.

    `clock` gives the time in seconds (`time.time`); tests pass their own to age entries.
    """

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._salt: bytes | None = None

    def key_for(self, address: str) -> CacheKey | None:
        """The slow part (about 20 ms): None when the address has no words to file it by."""
        normalized = normalize_address(address)
        if normalized is None:
            return None
        derived = argon2id.kdf(
            2 * nacl.secret.SecretBox.KEY_SIZE,
            (_KIND + normalized).encode(),
            self._file_salt(),
            opslimit=CACHE_OPSLIMIT,
            memlimit=CACHE_MEMLIMIT,
        )
        half = nacl.secret.SecretBox.KEY_SIZE
        return CacheKey(lookup=derived[:half], secret=derived[half:])

    def get(self, key: CacheKey) -> Cached | None:
        """The remembered answer, or None when there is none still fresh."""
        with self._connect() as db:
            row = db.execute(
                "SELECT sealed FROM answers WHERE lookup = ? AND expires_at > ?",
                (key.lookup, self._clock()),
            ).fetchone()
        if row is None:
            return None
        try:
            plain = nacl.secret.SecretBox(key.secret).decrypt(bytes(row[0]))
            return Cached(_answer_from_json(json.loads(plain)))
        except (nacl.exceptions.CryptoError, ValueError, KeyError, TypeError):
            return None  # damaged or from another format: ask the geocoder again

    def put(self, key: CacheKey, answer: GeocodeAnswer) -> None:
        now = self._clock()
        life = MATCH_LIFE if isinstance(answer, GeocodeMatch) else NO_MATCH_LIFE
        plain = json.dumps(_answer_to_json(answer)).encode()
        plain += b" " * (-len(plain) % _PAD_TO)  # JSON ignores trailing spaces
        sealed = nacl.secret.SecretBox(key.secret).encrypt(plain)
        with self._connect() as db:
            # Expired rows go as new ones come: they are someone's (sealed) address.
            db.execute("DELETE FROM answers WHERE expires_at <= ?", (now,))
            db.execute(
                "INSERT OR REPLACE INTO answers (lookup, expires_at, sealed) VALUES (?, ?, ?)",
                (key.lookup, now + life, sealed),
            )

    def forget_made_before(self, moment: float) -> int:
        """Delete every answer that may have been stored up to `moment` (seconds), securely.

        Only the expiry is plain, and an answer lives at most MATCH_LIFE: every row
        stored by then expires by `moment + MATCH_LIFE`. Later "no match" rows go too;
        the cache asks again. Returns how many rows went.
        """
        if not self.path.exists():
            return 0
        with self._connect() as db:
            db.execute("PRAGMA secure_delete=ON")
            gone = db.execute(
                "DELETE FROM answers WHERE expires_at <= ?", (moment + MATCH_LIFE,)
            ).rowcount
        self.shrink()
        return int(gone)

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect() as db:
            return int(db.execute("SELECT count(*) FROM answers").fetchone()[0])

    def shrink(self) -> None:
        """Rebuild the file so nothing deleted lingers in its free pages."""
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            connection.execute("PRAGMA secure_delete=ON")
            connection.execute("VACUUM")
        finally:
            connection.close()

    def _file_salt(self) -> bytes:
        with self._lock:
            if self._salt is None:
                with self._connect() as db:
                    # Two processes may race to create it: the first insert wins for both.
                    db.execute(
                        "INSERT OR IGNORE INTO meta (name, value) VALUES ('salt', ?)",
                        (nacl.utils.random(argon2id.SALTBYTES),),
                    )
                    row = db.execute("SELECT value FROM meta WHERE name = 'salt'").fetchone()
                self._salt = bytes(row[0])
            return self._salt

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection for one call, committed on success; the file made first if new."""
        _private_file(self.path)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            with connection:
                for statement in _SCHEMA:
                    connection.execute(statement)
                yield connection
        finally:
            connection.close()


def _private_file(path: Path) -> None:
    """Readable by its owner alone, as the app's database (SQLite's journal copies the mode)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)  # in case an older copy was made with looser permissions


def _answer_to_json(answer: GeocodeAnswer) -> dict[str, Any]:
    if answer is None:
        return {"kind": "none", "matches": []}
    if isinstance(answer, AmbiguousMatch):
        return {"kind": "ambiguous", "matches": [_match_to_json(m) for m in answer.matches]}
    return {"kind": "match", "matches": [_match_to_json(answer)]}


def _answer_from_json(data: dict[str, Any]) -> GeocodeAnswer:
    matches = tuple(_match_from_json(m) for m in data["matches"])
    kind = data["kind"]
    if kind == "none":
        return None
    if kind == "ambiguous":
        return AmbiguousMatch(matches)
    if kind == "match" and len(matches) == 1:
        return matches[0]
    raise ValueError(f"unknown cached answer kind {kind!r}")


def _match_to_json(match: GeocodeMatch) -> list[Any]:
    return [match.lon, match.lat, match.matched_address, match.zip, match.side]


def _match_from_json(data: list[Any]) -> GeocodeMatch:
    lon, lat, matched_address, zip_code, side = data
    return GeocodeMatch(float(lon), float(lat), str(matched_address), zip_code, side)
