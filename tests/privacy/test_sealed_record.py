"""One sealed record per sign-up: versioned, padded, layered by merges without the key."""

from __future__ import annotations

import json

import nacl.public
import pytest

from desktop.privacy.sealed_record import (
    MAGIC,
    PAD,
    DamagedRecord,
    layered,
    layers,
    open_record,
    seal_record,
)
from desktop.privacy.sealing import CannotOpen, Opener, Sealer

SEALED_OVERHEAD = 48  # an ephemeral public key and a MAC


def test_a_record_opens_to_its_fields_in_any_script(sealer: Sealer, opener: Opener) -> None:
    values = {"first_name": "Văn An", "last_name": "王", "note": "Line one\nLine two"}
    assert open_record(opener, seal_record(sealer, values)) == values


def test_empty_fields_are_left_out_and_none_opens_as_nothing(
    sealer: Sealer, opener: Opener
) -> None:
    assert open_record(opener, seal_record(sealer, {"first_name": "Ana", "phone": ""})) == {
        "first_name": "Ana"
    }
    assert open_record(opener, None) == {}


def test_the_document_is_versioned(sealer: Sealer, opener: Opener) -> None:
    document = json.loads(opener.open(seal_record(sealer, {"first_name": "Ana"})))
    assert document == {"v": 1, "fields": {"first_name": "Ana"}}


def test_the_size_does_not_tell_a_short_name_from_a_long_one(sealer: Sealer) -> None:
    short = seal_record(sealer, {"first_name": "Al", "last_name": "Li"})
    long = seal_record(sealer, {"first_name": "Maximiliano", "last_name": "Montgomery-Smith"})
    assert len(short) == len(long)
    assert (len(short) - SEALED_OVERHEAD) % PAD == 0


def test_a_later_layer_wins_where_it_speaks_and_keeps_the_rest(
    sealer: Sealer, opener: Opener
) -> None:
    earlier = seal_record(
        sealer, {"first_name": "Rosa", "phone": "+16175550101", "email": "a@x.org"}
    )
    later = seal_record(sealer, {"first_name": "Rosa", "email": "rosa@example.org"})
    merged = layered(earlier, later)
    assert merged is not None and merged.startswith(MAGIC)
    assert open_record(opener, merged) == {
        "first_name": "Rosa",
        "phone": "+16175550101",
        "email": "rosa@example.org",
    }
    third = seal_record(sealer, {"phone": "+16175550199"})
    assert layers(layered(merged, third) or b"") == [earlier, later, third]
    assert open_record(opener, layered(merged, third))["phone"] == "+16175550199"
    assert layered(None, later) == later and layered(earlier, None) == earlier


def test_a_wrong_key_and_a_cut_record_are_told_apart(sealer: Sealer, opener: Opener) -> None:
    blob = layered(
        seal_record(sealer, {"first_name": "A"}), seal_record(sealer, {"last_name": "B"})
    )
    assert blob is not None
    stranger = Opener(nacl.public.PrivateKey.generate())
    with pytest.raises(CannotOpen):
        open_record(stranger, blob)
    with pytest.raises(DamagedRecord):
        open_record(opener, blob[:-10])


def test_a_newer_versions_unknown_field_is_kept(sealer: Sealer, opener: Opener) -> None:
    newer = sealer.seal(json.dumps({"v": 2, "fields": {"first_name": "Ana", "pronouns": "she"}}))
    assert open_record(opener, newer) == {"first_name": "Ana", "pronouns": "she"}
