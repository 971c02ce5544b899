"""Recognising a repeat signer on a locked kiosk without storing who they are.

Personal fields are sealed (see `sealing`), so while the kiosk is locked it cannot read
back an earlier sign-up to see that this email, phone or name + address was seen before.
Instead each sign-up also stores a *blind index*: a digest of the normalized value. The
same value gives the same digest, so equal digests mean "probably the same person".

Why slow and salted: the digests sit in the database next to the salt, so a thief has
both and can hash guesses. Phone numbers are a small space (about 10^10 for all of North
America, far fewer for Massachusetts area codes); with a fast hash like SHA-256 a laptop
would try all of them in minutes and read every phone number back. So the digest is
Argon2id, memory-hard, at about 20 ms and 16 MiB a value: 10^10 guesses is then about six
years of one core, and the 16 MiB each limits what a GPU gains. The per-installation salt
(`KeyRecord.index_salt`) means that work has to be redone for every stolen laptop and no
table computed in advance helps.

What it does not hide: anyone holding the laptop can test a *particular* guess ("did
jane@example.com sign in?") in 20 ms. A determined attacker with many cores could still
sweep the phone numbers of one area code (~10^7 numbers, a couple of core-days). That is
the price of letting a locked kiosk spot duplicates; the readable values stay sealed.

Changing the normalization or the cost below changes every digest, so stored indexes
would stop matching: that needs a migration that recomputes them (when unlocked).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from nacl.pwhash import argon2id

# ~20 ms on a 2020s laptop core; see the module docstring for why slow matters.
INDEX_OPSLIMIT = 2
INDEX_MEMLIMIT = 16 * 1024 * 1024
DIGEST_BYTES = 32


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
    """Digests for one installation's `index_salt` (16 bytes, from the `KeyRecord`).

    Each method returns a hex digest, or None when there is nothing to index.
    """

    def __init__(self, index_salt: bytes, cost: IndexCost = IndexCost.DEFAULT) -> None:
        if len(index_salt) != argon2id.SALTBYTES:
            raise ValueError(f"index_salt must be {argon2id.SALTBYTES} bytes")
        self._salt = bytes(index_salt)
        self._cost = cost

    def email(self, value: str | None) -> str | None:
        return self._digest("email", normalize_email(value))

    def phone(self, value: str | None) -> str | None:
        return self._digest("phone", normalize_phone(value))

    def name(self, first: str | None, last: str | None) -> str | None:
        """The name alone: never enough to call two sign-ups one person, only to tell apart."""
        return self._digest("name", normalize_name(first, last))

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
        return argon2id.kdf(
            DIGEST_BYTES,
            message,
            self._salt,
            opslimit=self._cost.opslimit,
            memlimit=self._cost.memlimit,
        ).hex()


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
