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
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

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
# zxcvbn's score (0-4) a new passphrase needs: 3 is "safely unguessable" against an
# attacker who can try offline; Argon2id slows each try, it cannot make a guessable
# passphrase safe.
MIN_SCORE = 3
# Words a thief who knows whose laptop this is tries first: they count as guessable.
APP_WORDS = (
    "tabling",
    "tabling app",
    "coalition",
    "safe communities",
    "safe communities act",
    "massachusetts",
    "immigrant",
    "immigrants",
    "immigrant rights",
    "organizer",
    "volunteer",
    "passphrase",
    "password",
)
# zxcvbn gives up past 72 characters; what comes before is judged, the rest only helps.
_ESTIMATED_LENGTH = 72
# What to do instead, said after every refusal.
_FOUR_WORDS = (
    "Try four or more random words that have nothing to do with each other, "
    "the coalition or the event (pick them from a book, not from your head)."
)
# zxcvbn's warnings (English), sorted into the kinds the app says in every language.
_WARNING_KINDS = {
    "This is a top-10 common password.": "common",
    "This is a top-100 common password.": "common",
    "This is a very common password.": "common",
    "This is similar to a commonly used password.": "common",
    "A word by itself is easy to guess.": "words",
    "Names and surnames by themselves are easy to guess.": "words",
    "Common names and surnames are easy to guess.": "words",
    "Straight rows of keys are easy to guess.": "keyboard",
    "Short keyboard patterns are easy to guess.": "keyboard",
    'Repeats like "aaa" are easy to guess.': "repeats",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeats",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "dates",
    "Dates are often easy to guess.": "dates",
}
# zxcvbn keeps the caller's words in a module-wide dictionary while it estimates.
_ESTIMATOR_LOCK = threading.Lock()


class WrongPassphrase(Exception):
    """The passphrase does not unlock the private key."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not right.")


class WeakPassphrase(ValueError):
    """A new passphrase was refused; the message says why, in plain English.

    `strength` is the judgement itself, for a window to say it in another language.
    """

    def __init__(self, reason: str, strength: Strength | None = None) -> None:
        super().__init__(reason)
        self.strength = strength


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


@dataclass(frozen=True)
class Strength:
    """How well a passphrase would stand up to guessing, for the organizer to see.

    `score` is zxcvbn's 0-4 (0 also for a passphrase refused before it is estimated);
    `kind` a short word for the main problem, for a message in the volunteer's language:
    "short", "repeated", "few_characters", "run", "common", "words", "keyboard",
    "repeats", "sequence", "dates", "app_words", "guessable", or None when there is none;
    `reason` the whole refusal in plain English, None when the passphrase will do.
    """

    score: int
    kind: str | None
    reason: str | None

    @property
    def acceptable(self) -> bool:
        return self.reason is None

    @property
    def level(self) -> str:
        """ "weak" (refused), "fair" (accepted) or "strong"."""
        if not self.acceptable:
            return "weak"
        return "strong" if self.score >= 4 else "fair"


def passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Judge `passphrase`: obvious mistakes first, then the zxcvbn estimator.

    `user_inputs` are further words a thief could know (the event's name and place);
    `APP_WORDS` always count. zxcvbn estimates how many guesses the passphrase takes
    against common passwords, words, names, keyboard patterns and dates, so a few
    unrelated words ("kettle orbit plum seventy") pass where "Password1!" does not.
    """
    text = _normalize_passphrase(passphrase)
    mistake = _obvious_mistake(text)
    if mistake is not None:
        kind, reason = mistake
        return Strength(0, kind, f"{reason} {_FOUR_WORDS}")
    score, warning, suggestions, app_words = _estimate(text, user_inputs)
    if score >= MIN_SCORE:
        return Strength(score, None, None)
    kind = "app_words" if app_words else _WARNING_KINDS.get(warning, "guessable")
    why = [
        "This passphrase is too easy to guess"
        + (": it uses words tied to the app or the event." if app_words else ".")
    ]
    if warning:
        why.append(warning)
    why.extend(suggestions[:1])
    why.append(_FOUR_WORDS)
    return Strength(score, kind, " ".join(why))


def check_passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> str | None:
    """Say in plain English why `passphrase` is too weak, or return None if it will do.

    Too weak is an obvious mistake (too short, one character, a run of keys) or a zxcvbn
    score below `MIN_SCORE`; see `passphrase_strength`.
    """
    return passphrase_strength(passphrase, user_inputs).reason


def _obvious_mistake(text: str) -> tuple[str, str] | None:
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return "short", f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters."
    if len(set(text)) == 1:
        return "repeated", "The passphrase cannot be one character repeated."
    folded = text.casefold()
    if len(set(folded)) < 4:
        return "few_characters", "The passphrase uses too few different characters."
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(folded)}
    if steps in ({1}, {-1}) or any(folded in run or folded in run[::-1] for run in _KEY_RUNS):
        return "run", "The passphrase cannot be a run like 1234567890, abcdefghij or qwertyuiop."
    return None


def _estimate(text: str, user_inputs: Iterable[str]) -> tuple[int, str, list[str], bool]:
    """zxcvbn's score, warning and suggestions, and whether the app's words made it weak."""
    import zxcvbn  # its word lists load on the first estimate, not with the app

    given = [text.strip() for text in user_inputs if text.strip()]
    # "Spring Rally Hyannis" counts whole and word by word.
    words = [*APP_WORDS, *given, *(word for text in given for word in text.split())]
    with _ESTIMATOR_LOCK:
        result: dict[str, Any] = zxcvbn.zxcvbn(text[:_ESTIMATED_LENGTH], user_inputs=words)
    feedback = result.get("feedback") or {}
    app_words = any(
        match.get("dictionary_name") == "user_inputs" for match in result.get("sequence", ())
    )
    return (
        int(result["score"]),
        str(feedback.get("warning") or ""),
        [str(line) for line in feedback.get("suggestions") or ()],
        app_words,
    )


def create_keys(
    passphrase: str,
    *,
    cost: KdfCost | None = None,
    index_cost: IndexCost | None = None,
    user_inputs: Iterable[str] = (),
) -> KeyRecord:
    """Make a fresh key pair and lock its private half with `passphrase`.

    Raises `WeakPassphrase` if `check_passphrase_strength` refuses it: once sign-ups are
    sealed to this key, a weak passphrase is the only thing between a thief and them.
    """
    _refuse_weak(passphrase, user_inputs)
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
    record: KeyRecord,
    old: str,
    new: str,
    *,
    cost: KdfCost | None = None,
    user_inputs: Iterable[str] = (),
) -> KeyRecord:
    """The same key pair (and index salt) locked with `new` instead of `old`.

    Everything sealed so far still opens, and the blind index keeps matching. `cost`
    defaults to the record's own, so a change never silently makes unlocking slower or
    faster. Raises `WrongPassphrase` if `old` is wrong, `WeakPassphrase` if `new` is weak.
    """
    private_key = unlock(record, old)
    _refuse_weak(new, user_inputs)
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


def _refuse_weak(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    strength = passphrase_strength(passphrase, user_inputs)
    if strength.reason is not None:
        raise WeakPassphrase(strength.reason, strength)


__all__ = [
    "DEFAULT_COST",
    "KdfCost",
    "KeyRecord",
    "Strength",
    "WeakPassphrase",
    "WrongPassphrase",
    "change_passphrase",
    "check_passphrase_strength",
    "create_keys",
    "passphrase_strength",
    "unlock",
]
