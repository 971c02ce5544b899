"""A sign-up's personal fields as one sealed, versioned record.

A record is a JSON document, `{"v": 1, "fields": {"first_name": "Rosa", ...}}`, sealed
with the organizer's public key (sealing.py). One record instead of one blob per field:
a new field needs no database column, and the blob's size says nothing about any one
field (the JSON is padded to a multiple of PAD bytes, so a long name and a short one
look alike).

A locked kiosk cannot open what it sealed, yet must merge a repeat signer into their
earlier sign-up (what the later sign-in says wins; what it leaves empty is kept). So a
stored value is one or more sealed *layers*, oldest first: a merge appends the incoming
layer to the earlier ones without opening anything, and opening reads them in order,
each non-empty value replacing the one before. Rewriting a sign-up with the key (a
volunteer's correction) makes it one layer again.

Stored value: a single sealed layer, or MAGIC followed by (4-byte big-endian length,
sealed layer) for each layer. A sealed box begins with a random ephemeral key, so one in
2**32 would begin with MAGIC: such a layer is sealed again, and the two forms never mix.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from desktop.privacy.sealing import Opener, Sealer

VERSION = 1
PAD = 128
MAGIC = b"TLR\x01"
_LENGTH_BYTES = 4


class DamagedRecord(ValueError):
    """A stored record whose layers or JSON cannot be read (not a wrong key: CannotOpen)."""


def seal_record(sealer: Sealer, values: Mapping[str, str]) -> bytes:
    """One layer holding `values`; empty values are left out (they never replace a value)."""
    document = {"v": VERSION, "fields": {k: v for k, v in values.items() if v}}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    size = len(text.encode("utf-8"))
    text += " " * (-size % PAD)  # trailing spaces: still the same JSON
    while True:
        blob = sealer.seal(text)
        if not blob.startswith(MAGIC):
            return blob


def layers(stored: bytes) -> list[bytes]:
    """The sealed layers of a stored value, oldest first."""
    stored = bytes(stored)
    if not stored.startswith(MAGIC):
        return [stored]
    found, at = [], len(MAGIC)
    while at < len(stored):
        size = int.from_bytes(stored[at : at + _LENGTH_BYTES], "big")
        at += _LENGTH_BYTES
        if size == 0 or at + size > len(stored):
            raise DamagedRecord("a sealed record's layers are cut short")
        found.append(stored[at : at + size])
        at += size
    return found


def layered(earlier: bytes | None, later: bytes | None) -> bytes | None:
    """`later` laid over `earlier`: what it says wins, what it leaves empty is kept."""
    if earlier is None or later is None:
        return later if earlier is None else earlier
    parts = layers(earlier) + layers(later)
    return MAGIC + b"".join(len(p).to_bytes(_LENGTH_BYTES, "big") + p for p in parts)


def open_record(opener: Opener, stored: bytes | None) -> dict[str, str]:
    """The fields of a stored record (raises CannotOpen on a wrong key, DamagedRecord)."""
    values: dict[str, str] = {}
    if stored is None:
        return values
    for layer in layers(stored):
        try:
            document = json.loads(opener.open(layer))
        except json.JSONDecodeError:
            raise DamagedRecord("a sealed record is not a readable document") from None
        if not isinstance(document, dict) or not isinstance(document.get("fields"), dict):
            raise DamagedRecord("a sealed record has no fields")
        # A newer version's fields are kept as they are: shown, exported, never dropped.
        values.update({str(k): str(v) for k, v in document["fields"].items() if v})
    return values
