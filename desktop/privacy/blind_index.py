"""Recognising a repeat signer on a locked kiosk without storing who they are.

Personal fields are sealed (see `sealing`), so while the kiosk is locked it cannot read
back an earlier sign-up to see that this email, phone or name + address was seen before.
Instead each sign-up also stores a *blind index*: a digest of the normalized value. The
same value gives the same digest, so equal digests mean "probably the same person".

Each event has digests of its own (desktop/privacy/event_index.py says how, and what a
thief learns in each case): keyed under a secret key the OS keyring keeps, or, where there
is no keyring, salted and slow. Why slow when salted: the digests sit in the database
next to the salt, so a thief has both and can hash guesses. Phone numbers are a small
space (about 8 million in one Massachusetts area code); with a fast hash a laptop would
try them all in seconds and read every phone number back. So a salted digest is Argon2id,
memory-hard, as slow as a sign-in can afford (four digests in 150 ms): one area code is
then about 70 core-hours per event, and the memory each guess needs limits what a GPU
gains. A keyed digest can be fast: without the key no guess can be tested at all.

What it does not hide: anyone holding the salt (or the key) can test a *particular* guess
("did jane@example.com sign in?") at the cost of one digest. That is the price of letting
a locked kiosk spot duplicates; the readable values stay sealed.

Changing the normalization or the cost below changes every digest, so stored indexes
would stop matching: that needs a migration that recomputes them (when unlocked).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from nacl.pwhash import argon2id

# About 30 ms and 40 MiB a digest on the development machine, so the four of a sign-in
# stay under 150 ms (benchmarks/index_bench.py): as slow as a sign-in can afford, for events
# with no keyring to keep a key (desktop/privacy/event_index.py). Installations made before
# keep the cost they were made with (2, 16 MiB): it is stored with their salt.
INDEX_OPSLIMIT = 2
INDEX_MEMLIMIT = 40 * 1024 * 1024
DIGEST_BYTES = 32
KEY_BYTES = 32  # an event's index key, where the OS keyring keeps it


@dataclass(frozen=True)
class IndexCost:
    """The Argon2id cost of each digest; stored with the salt (the same cost must match)."""

    opslimit: int
    memlimit: int

    DEFAULT: ClassVar[IndexCost]
    MIN: ClassVar[IndexCost]  # near-instant; for tests only, never for real data


IndexCost.DEFAULT = IndexCost(INDEX_OPSLIMIT, INDEX_MEMLIMIT)
IndexCost.MIN = IndexCost(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)

# Separates fields inside one digest input; normalization never leaves one in a value.
_FIELD_SEPARATOR = "\x1f"

# Street-address words written several ways, reduced to one (USPS abbreviations).
# Applied to every word of the street address, so "Court St" and "Court Street" agree.
_ADDRESS_WORDS = {
    "street": "st",
    "str": "st",
    "saint": "st",  # "St. James Ave" and "Saint James Avenue" then agree too
    "avenue": "ave",
    "av": "ave",
    "road": "rd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "boulevard": "blvd",
    "terrace": "ter",
    "circle": "cir",
    "parkway": "pkwy",
    "highway": "hwy",
    "square": "sq",
    "heights": "hts",
    "trail": "trl",
    "turnpike": "tpke",
    "extension": "ext",
    "mount": "mt",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
}
# Unit words are dropped: "Apt 3", "Unit 3", "#3" and "No. 3" all leave just "3".
_UNIT_WORDS = frozenset({"apartment", "apt", "unit", "suite", "ste", "no", "number"})

# Apostrophes vanish ("O'Brien" = "OBrien"); other punctuation splits words.
_APOSTROPHES = frozenset("'\u2019\u02bc`")


class BlindIndex:
    """Digests under one salt and cost (Argon2id), or under one secret key (keyed BLAKE2b).

    Salted: an event's `index_salt` where no secure keyring keeps a key (desktop/privacy/
    event_index.py), or the installation's (`KeyRecord.index_salt`) for events made before
    digests were per event. Keyed (`BlindIndex.keyed`): the event's 32-byte key from the
    OS keyring; a keyed hash is fast, because without the key no guess can be tested at all.

    Each method returns a hex digest, or None when there is nothing to index.
    """

    def __init__(self, index_salt: bytes, cost: IndexCost = IndexCost.DEFAULT) -> None:
        if len(index_salt) != argon2id.SALTBYTES:
            raise ValueError(f"index_salt must be {argon2id.SALTBYTES} bytes")
        self._salt = bytes(index_salt)
        self._cost = cost
        self._key: bytes | None = None

    @classmethod
    def keyed(cls, key: bytes) -> BlindIndex:
        """Digests under a secret key kept outside the database (see the module docstring)."""
        if len(key) != KEY_BYTES:
            raise ValueError(f"an index key is {KEY_BYTES} bytes")
        index = cls(bytes(argon2id.SALTBYTES))
        index._key = bytes(key)
        return index

    def email(self, value: str | None) -> str | None:
        return self._digest("email", normalize_email(value))

    def phone(self, value: str | None) -> str | None:
        return self._digest("phone", normalize_phone(value))

    def name(self, first: str | None, last: str | None) -> str | None:
        """The name alone: never enough to call two sign-ups one person, only to tell apart."""
        return self._digest("name", normalize_name(first, last))

    def all_four(
        self, email: str | None, phone: str | None, first: str, last: str, street: str, town: str
    ) -> tuple[str | None, str | None, str | None, str | None]:
        """A sign-up's four digests (email, phone, name, name and address), made one way
        wherever they are made: at sign-in, and when an event gets a key of its own."""
        return (
            self.email(email),
            self.phone(phone),
            self.name(first, last),
            self.name_address(first, last, street, town) if street else None,
        )

    def name_address(
        self,
        first: str | None,
        last: str | None,
        street_address: str | None,
        town: str | None,
    ) -> str | None:
        return self._digest(
            "name_address", normalize_name_address(first, last, street_address, town)
        )

    def _digest(self, kind: str, normalized: str | None) -> str | None:
        if normalized is None:
            return None
        # The kind goes in too, so one value in two fields gives two unrelated digests.
        message = f"{kind}{_FIELD_SEPARATOR}{normalized}".encode()
        if self._key is not None:
            return hashlib.blake2b(message, key=self._key, digest_size=DIGEST_BYTES).hexdigest()
        return argon2id.kdf(
            DIGEST_BYTES,
            message,
            self._salt,
            opslimit=self._cost.opslimit,
            memlimit=self._cost.memlimit,
        ).hex()


class NoDigests(BlindIndex):
    """No digests at all: repeat signers go unrecognised (an event whose key is missing
    here), and the benchmark's baseline of an import without them."""

    def __init__(self) -> None:
        super().__init__(bytes(argon2id.SALTBYTES))

    def _digest(self, kind: str, normalized: str | None) -> str | None:
        return None


def normalize_email(value: str | None) -> str | None:
    """Case-folded, with no whitespace ("Jane@Example.com " -> "jane@example.com").

    Mailbox tricks (dots or "+tags" at some providers) are left alone: they are the
    provider's rules, not the address's, and guessing wrong would merge two people.
    """
    if value is None:
        return None
    # NFKC folds full-width letters from East Asian keyboards to plain ones.
    text = "".join(unicodedata.normalize("NFKC", value).split()).casefold()
    return text or None


def normalize_phone(value: str | None) -> str | None:
    """Just the digits ("+1 (617) 555-1234" -> "16175551234"), in ASCII.

    Callers pass E.164 already; this only makes formatting and non-ASCII digits (e.g.
    Arabic-Indic, full-width) harmless. It does not guess a missing country code.
    """
    if value is None:
        return None
    digits = "".join(str(unicodedata.decimal(ch)) for ch in value if ch.isdecimal())
    return digits or None


def normalize_name(first: str | None, last: str | None) -> str | None:
    """First and last name, each without spaces, case or accents ("Mary Ann" = "Maryann")."""
    first_n, last_n = "".join(_words(first)), "".join(_words(last))
    if not (first_n or last_n):
        return None
    return f"{first_n}{_FIELD_SEPARATOR}{last_n}"


def normalize_name_address(
    first: str | None,
    last: str | None,
    street_address: str | None,
    town: str | None,
) -> str | None:
    """One string for a person at an address, or None if there is not enough to go on.

    Needs a name (first or last; some people have one name), a street address and a
    town: a name and town alone would merge namesakes. Names lose their spaces too, so
    "Mary Ann" = "Maryann" and "Jean-Pierre" = "Jean Pierre".
    """
    first_n = "".join(_words(first))
    last_n = "".join(_words(last))
    street_n = " ".join(
        _ADDRESS_WORDS.get(word, word) for word in _words(street_address) if word not in _UNIT_WORDS
    )
    town_n = " ".join(_words(town))
    if not (first_n or last_n) or not street_n or not town_n:
        return None
    return _FIELD_SEPARATOR.join((first_n, last_n, street_n, town_n))


def _words(value: str | None) -> list[str]:
    """Case-folded words without accents or punctuation ("São  João!" -> ["sao", "joao"])."""
    if not value:
        return []
    # NFKD splits "ã" into "a" + combining tilde (and "ﬁ" into "fi"); dropping the
    # combining marks removes accents in any script ("Пётр" -> "петр"), then NFC puts
    # back together what should stay together (Hangul syllables).
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", bare).casefold()
    text = "".join(ch for ch in text if ch not in _APOSTROPHES)
    # Punctuation and symbols (categories P* and S*) become spaces, then split collapses
    # all whitespace.
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return text.split()
