"""The organizer's key pair, and the passphrase that locks its private half.

The laptop keeps the public key in the clear, so it can seal sign-ups while nobody has
typed the passphrase (the kiosk is "locked"). The private key is stored only encrypted
with a key derived from the organizer's passphrase by Argon2id, a deliberately slow,
memory-hard function: whoever steals the laptop gets the database but has to guess the
passphrase, and each guess costs them the same fraction of a second and hundreds of
megabytes that unlocking costs us once.

What goes into the database is a `KeyRecord`; it holds no plaintext secret. Python cannot
reliably wipe memory, so the unlocked `PrivateKey` should be kept only as long as the
organizer's session lasts, never written anywhere.
"""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

import nacl.exceptions
import nacl.public
import nacl.secret
import nacl.utils
from nacl.pwhash import argon2id

from desktop.privacy.blind_index import IndexCost

SALT_BYTES = argon2id.SALTBYTES  # 16: what Argon2id takes, for both salts
KEY_BYTES = nacl.public.PrivateKey.SIZE  # 32: Curve25519 keys
MIN_PASSPHRASE_LENGTH = 10
# Runs of keys people type as a "password"; a passphrase inside one of them is refused.
_KEY_RUNS = ("01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm")


class WrongPassphrase(Exception):
    """The passphrase does not unlock the private key."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not right.")


class WeakPassphrase(ValueError):
    """A new passphrase was refused; the message says why, in plain English."""


@dataclass(frozen=True)
class KdfCost:
    """How hard Argon2id works to turn a passphrase into a key.

    The cost used is stored in each `KeyRecord`, so raising the default later does not
    lock anybody out: old records unlock with the cost they were made with.
    """

    opslimit: int
    memlimit: int

    # Presets, assigned below the class (a frozen dataclass cannot refer to itself here).
    MODERATE: ClassVar[KdfCost]  # ~0.5 s and 256 MiB: the real thing
    MIN: ClassVar[KdfCost]  # near-instant; for tests only, never for real data


KdfCost.MODERATE = KdfCost(argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)
KdfCost.MIN = KdfCost(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)

# Read at call time (not bound as a default argument), so it is one place to change.
DEFAULT_COST = KdfCost.MODERATE


@dataclass(frozen=True)
class KeyRecord:
    """What the database stores about the organizer's keys. No plaintext secret in it.

    `encrypted_private_key` is a SecretBox message (nonce + ciphertext + tag) under the
    key Argon2id derives from the passphrase with `kdf_salt`, `opslimit` and `memlimit`.
    `index_salt` salts the blind index (see `blind_index`); it is not secret from a thief,
    but it makes this installation's digests useless against any other's.
    """

    public_key: bytes
    encrypted_private_key: bytes
    kdf_salt: bytes
    opslimit: int
    memlimit: int
    index_salt: bytes
    index_opslimit: int = IndexCost.DEFAULT.opslimit
    index_memlimit: int = IndexCost.DEFAULT.memlimit

    def __post_init__(self) -> None:
        # Catch mixed-up columns early rather than as a confusing crypto error later.
        if len(self.public_key) != KEY_BYTES:
            raise ValueError(f"public_key must be {KEY_BYTES} bytes")
        if len(self.kdf_salt) != SALT_BYTES or len(self.index_salt) != SALT_BYTES:
            raise ValueError(f"kdf_salt and index_salt must be {SALT_BYTES} bytes")

    @property
    def cost(self) -> KdfCost:
        return KdfCost(self.opslimit, self.memlimit)

    @property
    def index_cost(self) -> IndexCost:
        return IndexCost(self.index_opslimit, self.index_memlimit)


def check_passphrase_strength(passphrase: str) -> str | None:
    """Say in plain English why `passphrase` is too weak, or return None if it will do.

    This catches obvious mistakes, it does not measure strength: a few unrelated words
    ("kettle orbit plum seventy") beat any clever short password.
    """
    text = _normalize_passphrase(passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters."
    if len(set(text)) == 1:
        return "The passphrase cannot be one character repeated."
    folded = text.casefold()
    if len(set(folded)) < 4:
        return "The passphrase uses too few different characters."
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(folded)}
    if steps in ({1}, {-1}) or any(folded in run or folded in run[::-1] for run in _KEY_RUNS):
        return "The passphrase cannot be a run like 1234567890, abcdefghij or qwertyuiop."
    return None


def create_keys(
    passphrase: str, *, cost: KdfCost | None = None, index_cost: IndexCost | None = None
) -> KeyRecord:
    """Make a fresh key pair and lock its private half with `passphrase`.

    Raises `WeakPassphrase` if `check_passphrase_strength` refuses it: once sign-ups are
    sealed to this key, a weak passphrase is the only thing between a thief and them.
    """
    _refuse_weak(passphrase)
    private_key = nacl.public.PrivateKey.generate()
    locked = _lock(
        private_key,
        passphrase,
        cost if cost is not None else DEFAULT_COST,
        index_salt=nacl.utils.random(SALT_BYTES),
    )
    index = index_cost if index_cost is not None else IndexCost.DEFAULT
    return dataclasses.replace(locked, index_opslimit=index.opslimit, index_memlimit=index.memlimit)


def unlock(record: KeyRecord, passphrase: str) -> nacl.public.PrivateKey:
    """The private key in `record`; raises `WrongPassphrase` if the passphrase is wrong."""
    box = nacl.secret.SecretBox(_derive(passphrase, record.kdf_salt, record.cost))
    try:
        raw = box.decrypt(record.encrypted_private_key)
    except nacl.exceptions.CryptoError:
        # SecretBox is authenticated, so a wrong key fails here rather than giving garbage.
        raise WrongPassphrase() from None
    private_key = nacl.public.PrivateKey(raw)
    if bytes(private_key.public_key) != record.public_key:
        # Right passphrase, wrong pair: the record was pieced together from two others.
        raise ValueError("The stored private key does not belong to the stored public key.")
    return private_key


def change_passphrase(
    record: KeyRecord, old: str, new: str, *, cost: KdfCost | None = None
) -> KeyRecord:
    """The same key pair (and index salt) locked with `new` instead of `old`.

    Everything sealed so far still opens, and the blind index keeps matching. `cost`
    defaults to the record's own, so a change never silently makes unlocking slower or
    faster. Raises `WrongPassphrase` if `old` is wrong, `WeakPassphrase` if `new` is weak.
    """
    private_key = unlock(record, old)
    _refuse_weak(new)
    locked = _lock(
        private_key, new, cost if cost is not None else record.cost, index_salt=record.index_salt
    )
    return dataclasses.replace(
        locked, index_opslimit=record.index_opslimit, index_memlimit=record.index_memlimit
    )


def _lock(
    private_key: nacl.public.PrivateKey, passphrase: str, cost: KdfCost, *, index_salt: bytes
) -> KeyRecord:
    # A fresh salt each time, so the same passphrase never yields the same key twice.
    kdf_salt = nacl.utils.random(SALT_BYTES)
    box = nacl.secret.SecretBox(_derive(passphrase, kdf_salt, cost))
    return KeyRecord(
        public_key=bytes(private_key.public_key),
        # encrypt() picks a random nonce and puts it in front of the ciphertext.
        encrypted_private_key=bytes(box.encrypt(bytes(private_key))),
        kdf_salt=kdf_salt,
        opslimit=cost.opslimit,
        memlimit=cost.memlimit,
        index_salt=index_salt,
    )


def _derive(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    return argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE,
        _normalize_passphrase(passphrase).encode("utf-8"),
        salt,
        opslimit=cost.opslimit,
        memlimit=cost.memlimit,
    )


def _normalize_passphrase(passphrase: str) -> str:
    # "é" can arrive as one code point or as "e" + accent depending on the keyboard and
    # the operating system; NFC makes both the same bytes, so the passphrase typed on
    # another laptop still unlocks. Nothing else is changed (spaces and case count).
    return unicodedata.normalize("NFC", passphrase)


def _refuse_weak(passphrase: str) -> None:
    reason = check_passphrase_strength(passphrase)
    if reason is not None:
        raise WeakPassphrase(reason)


__all__ = [
    "DEFAULT_COST",
    "KdfCost",
    "KeyRecord",
    "WeakPassphrase",
    "WrongPassphrase",
    "change_passphrase",
    "check_passphrase_strength",
    "create_keys",
    "unlock",
]
