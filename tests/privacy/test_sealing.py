"""Sealing with the public key alone, opening only with the matching private key."""

from __future__ import annotations

import nacl.public
import pytest

from desktop.privacy import keys
from desktop.privacy.sealing import CannotOpen, Opener, Sealer

NAMES = [
    "Nguyễn Văn An",
    "São João",
    "王小明",
    "Пётр",
    "محمد عبد الله",
    "Ngozi Okonkwo-Adébáyọ̀",
    "김민준",
    "👩🏽‍🌾 emoji and all",
]


@pytest.mark.parametrize("text", NAMES)
def test_round_trip_in_any_script(sealer: Sealer, opener: Opener, text: str) -> None:
    assert opener.open(sealer.seal(text)) == text


@pytest.mark.parametrize("text", NAMES)
def test_sealed_bytes_do_not_contain_the_text(sealer: Sealer, text: str) -> None:
    sealed = sealer.seal(text)
    assert text.encode("utf-8") not in sealed
    for word in text.split():
        assert word.encode("utf-8") not in sealed


def test_none_stays_none(sealer: Sealer, opener: Opener) -> None:
    assert sealer.seal(None) is None
    assert opener.open(None) is None


def test_empty_text_is_sealed_and_opens_as_empty(sealer: Sealer, opener: Opener) -> None:
    sealed = sealer.seal("")
    assert sealed is not None
    assert len(sealed) == 48
    assert opener.open(sealed) == ""


def test_same_text_seals_differently_each_time(sealer: Sealer, opener: Opener) -> None:
    first, second = sealer.seal("Jane Doe"), sealer.seal("Jane Doe")
    assert first != second
    assert opener.open(first) == opener.open(second) == "Jane Doe"


def test_another_key_cannot_open(sealer: Sealer) -> None:
    stranger = Opener(nacl.public.PrivateKey.generate())
    with pytest.raises(CannotOpen, match="different key pair"):
        stranger.open(sealer.seal("Nguyễn Văn An"))


def test_damaged_data_cannot_be_opened(sealer: Sealer, opener: Opener) -> None:
    sealed = bytearray(sealer.seal("São João"))
    sealed[-1] ^= 1
    with pytest.raises(CannotOpen):
        opener.open(bytes(sealed))
    with pytest.raises(CannotOpen):
        opener.open(b"too short")


def test_sealing_needs_no_passphrase(passphrase: str, record: keys.KeyRecord) -> None:
    # The kiosk only has the stored record; the passphrase comes later, to read.
    sealed = Sealer(record.public_key).seal("王小明")
    assert Opener(keys.unlock(record, passphrase)).open(sealed) == "王小明"


def test_bytes_are_not_sealed_as_text(sealer: Sealer) -> None:
    with pytest.raises(TypeError):
        sealer.seal(b"Jane")  # type: ignore[call-overload]


def test_a_malformed_public_key_is_refused() -> None:
    with pytest.raises(ValueError):
        Sealer(b"not a key")
