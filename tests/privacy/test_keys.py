"""The organizer's key pair: created, unlocked, re-locked; nothing secret stored."""

from __future__ import annotations

import dataclasses
import unicodedata

import nacl.public
import pytest

from desktop.privacy import keys
from desktop.privacy.sealing import Opener, Sealer

CHEAP = keys.KdfCost.MIN


def _stored_bytes(record: keys.KeyRecord) -> list[bytes]:
    return [value for value in dataclasses.astuple(record) if isinstance(value, bytes)]


def test_unlock_gives_the_private_half_of_the_stored_public_key(
    record: keys.KeyRecord, private_key: nacl.public.PrivateKey
) -> None:
    assert bytes(private_key.public_key) == record.public_key


def test_record_holds_neither_passphrase_nor_private_key(
    passphrase: str, record: keys.KeyRecord, private_key: nacl.public.PrivateKey
) -> None:
    secrets = [passphrase.encode("utf-8"), passphrase.encode("utf-16-le"), bytes(private_key)]
    for stored in _stored_bytes(record):
        for secret in secrets:
            assert secret not in stored
    assert passphrase not in repr(record)


def test_record_stores_the_cost_it_was_made_with(record: keys.KeyRecord) -> None:
    assert (record.opslimit, record.memlimit) == (CHEAP.opslimit, CHEAP.memlimit)
    assert record.cost == CHEAP


def test_record_is_frozen(record: keys.KeyRecord) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.public_key = b"\0" * 32  # type: ignore[misc]


def test_each_record_has_its_own_keys_and_salts(passphrase: str) -> None:
    a = keys.create_keys(passphrase, cost=CHEAP)
    b = keys.create_keys(passphrase, cost=CHEAP)
    assert a.public_key != b.public_key
    assert a.kdf_salt != b.kdf_salt
    assert a.index_salt != b.index_salt
    assert a.encrypted_private_key != b.encrypted_private_key


def test_wrong_passphrase_raises(passphrase: str, record: keys.KeyRecord) -> None:
    with pytest.raises(keys.WrongPassphrase, match=r"^The passphrase is not right\.$"):
        keys.unlock(record, passphrase + "!")


def test_passphrase_is_case_sensitive(passphrase: str, record: keys.KeyRecord) -> None:
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(record, passphrase.upper())


def test_accents_typed_either_way_unlock() -> None:
    composed = unicodedata.normalize("NFC", "café au lait, s'il vous plaît")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    record = keys.create_keys(composed, cost=CHEAP)
    keys.unlock(record, decomposed)


def test_a_record_pieced_together_from_two_is_refused(passphrase: str) -> None:
    a = keys.create_keys(passphrase, cost=CHEAP)
    b = keys.create_keys(passphrase, cost=CHEAP)
    mixed = dataclasses.replace(a, public_key=b.public_key)
    with pytest.raises(ValueError, match="does not belong"):
        keys.unlock(mixed, passphrase)


def test_change_passphrase_keeps_the_key_pair(
    passphrase: str, record: keys.KeyRecord, private_key: nacl.public.PrivateKey
) -> None:
    sealed = Sealer(record.public_key).seal("Nguyễn Văn An")
    new_pass = "a different set of words"

    changed = keys.change_passphrase(record, passphrase, new_pass)

    assert changed.public_key == record.public_key
    assert changed.index_salt == record.index_salt
    assert changed.kdf_salt != record.kdf_salt
    assert changed.cost == record.cost
    reopened = keys.unlock(changed, new_pass)
    assert bytes(reopened) == bytes(private_key)
    assert Opener(reopened).open(sealed) == "Nguyễn Văn An"
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(changed, passphrase)
    assert new_pass.encode() not in b"".join(_stored_bytes(changed))


def test_change_passphrase_needs_the_old_one(record: keys.KeyRecord) -> None:
    with pytest.raises(keys.WrongPassphrase):
        keys.change_passphrase(record, "not the passphrase", "a different set of words")


def test_change_passphrase_can_change_the_cost(passphrase: str, record: keys.KeyRecord) -> None:
    slower = keys.KdfCost(CHEAP.opslimit + 1, CHEAP.memlimit * 2)
    changed = keys.change_passphrase(record, passphrase, passphrase, cost=slower)
    assert changed.cost == slower
    keys.unlock(changed, passphrase)


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "at least 10 characters"),
        ("short", "at least 10 characters"),
        ("aaaaaaaaaaaa", "one character repeated"),
        ("abababababab", "too few different characters"),
        ("1234567890", "a run like"),
        ("abcdefghijklm", "a run like"),
        ("9876543210", "a run like"),
        ("QWERTYUIOP", "a run like"),
    ],
)
def test_weak_passphrases_are_explained(passphrase: str, reason: str) -> None:
    message = keys.check_passphrase_strength(passphrase)
    assert message is not None
    assert reason in message


@pytest.mark.parametrize(
    "passphrase", ["kettle orbit plum seventy", "Tr0ub4dour&3x", "мой пароль очень длинный"]
)
def test_reasonable_passphrases_pass(passphrase: str) -> None:
    assert keys.check_passphrase_strength(passphrase) is None


def test_weak_passphrase_is_refused_when_creating() -> None:
    with pytest.raises(keys.WeakPassphrase, match="at least 10 characters"):
        keys.create_keys("short", cost=CHEAP)


def test_weak_passphrase_is_refused_when_changing(passphrase: str, record: keys.KeyRecord) -> None:
    with pytest.raises(keys.WeakPassphrase, match="one character repeated"):
        keys.change_passphrase(record, passphrase, "aaaaaaaaaaaa")


def test_real_keys_use_the_moderate_cost() -> None:
    # Checked without paying for it: MODERATE takes half a second and 256 MiB.
    assert keys.DEFAULT_COST == keys.KdfCost.MODERATE
    assert keys.KdfCost.MODERATE.memlimit >= 256 * 1024 * 1024
    assert keys.KdfCost.MODERATE.opslimit >= 3


def test_a_malformed_record_is_refused(record: keys.KeyRecord) -> None:
    with pytest.raises(ValueError, match="public_key"):
        dataclasses.replace(record, public_key=b"too short")
    with pytest.raises(ValueError, match="salt"):
        dataclasses.replace(record, index_salt=b"")


@pytest.mark.parametrize("passphrase", ["password12", "qwerty1234", "Password1!", "coalition2026"])
def test_guessable_passphrases_are_refused_with_a_fix(passphrase: str) -> None:
    message = keys.check_passphrase_strength(passphrase)
    assert message is not None
    assert "too easy to guess" in message
    assert "four or more random words" in message
    with pytest.raises(keys.WeakPassphrase, match="too easy to guess"):
        keys.create_keys(passphrase, cost=CHEAP)


def test_the_estimators_warning_says_why() -> None:
    message = keys.check_passphrase_strength("password12")
    assert message is not None and "very common password" in message
    assert keys.passphrase_strength("password12").kind == "common"


@pytest.mark.parametrize(
    "passphrase",
    ["kettle orbit plum seventy", "lantern quarry biscuit tundra", "correct horse battery staple"],
)
def test_four_random_words_are_accepted(passphrase: str) -> None:
    strength = keys.passphrase_strength(passphrase)
    assert strength.acceptable and strength.score >= keys.MIN_SCORE
    keys.create_keys(passphrase, cost=CHEAP)


def test_the_apps_own_words_count_as_guessable() -> None:
    strength = keys.passphrase_strength("safe communities act 2026")
    assert not strength.acceptable and strength.kind == "app_words"
    assert strength.reason is not None and "tied to the app or the event" in strength.reason


def test_the_events_name_counts_as_guessable() -> None:
    # Fine for a stranger to guess, not for whoever saw the event at the Hyannis Library.
    for passphrase in ("Hyannis2026!", "Hyannis Library!"):
        assert keys.check_passphrase_strength(passphrase) is None
        refused = keys.check_passphrase_strength(passphrase, ["Spring Rally", "Hyannis Library"])
        assert refused is not None and "tied to the app or the event" in refused


def test_strength_levels() -> None:
    assert keys.passphrase_strength("short").level == "weak"
    assert keys.passphrase_strength("Tr0ub4dour&3x").level == "fair"
    assert keys.passphrase_strength("kettle orbit plum seventy").level == "strong"


def test_a_very_long_passphrase_is_estimated_without_error() -> None:
    assert keys.check_passphrase_strength("kettle orbit plum seventy " * 10) is None
