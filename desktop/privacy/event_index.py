"""Each event's own blind index: the digests that recognise a repeat signer (blind_index.py).

Repeat signers only need recognising within one event, so each event gets digests of its
own, and they go with the event's personal data when it is purged.

Where the computer has a secure keyring (macOS Keychain, Windows Credential Locker, the
Secret Service on a Linux desktop), the event's digests are keyed BLAKE2b under a random
32-byte key kept there, never in the database: a copied database file then holds digests
nobody can test a guess against, and the hash can be fast (an import hashes thousands of
rows). Where there is none, the event gets a salt of its own and Argon2id at the
installation's index cost (`KeyRecord.index_cost`; at least `IndexCost.DEFAULT`, which is
as slow as a sign-in can afford), stored with the event: a thief can test guesses, one
event at a time, at that cost each.

Events made before digests were per event keep the installation's salt ("installation")
so that what they stored still matches.

What a thief learns, measured on the development machine (benchmarks/index_bench.py;
the README's "What a stolen laptop gives away" has the table):
(a) the database file alone: nothing from keyed digests; with Argon2id ones, whether a
    guessed email, phone or name is there, at one Argon2id run per guess and per event;
(b) the laptop switched off: the keyring is locked under the user's login password, so
    the keyed digests hold until that password is guessed;
(c) the laptop on and logged in (the app locked): the keyring answers, so each guess
    costs a BLAKE2b run (under a microsecond): one area code's phone numbers in seconds.
The sealed records need the organizer's passphrase in every case.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

import nacl.utils
from nacl.pwhash import argon2id

from desktop import secrets
from desktop.privacy.blind_index import KEY_BYTES, BlindIndex, IndexCost

if TYPE_CHECKING:
    from desktop.privacy.keys import KeyRecord
    from desktop.store.models import Event

KEYRING, ARGON2ID, INSTALLATION = "keyring", "argon2id", "installation"

log = logging.getLogger(__name__)


class IndexKeyMissing(RuntimeError):
    """The event's key is not in this computer's keyring (another laptop's database, or a
    keyring that was reset): its repeat signers cannot be recognised here."""

    def __init__(self) -> None:
        super().__init__(
            "This event's key for recognising repeat signers is not in this computer's "
            "keyring, so repeat signers are not recognised; each sign-in is saved as new."
        )


def prepare(event: Event, keys: KeyRecord | None) -> None:
    """Give a new event its own index: a key in the keyring if there is a secure one,
    else a salt of its own at the installation's cost."""
    if secrets.secure_keyring_available():
        key_id = str(uuid.uuid4())
        try:
            secrets.set_index_key(key_id, nacl.utils.random(KEY_BYTES))
        except Exception:  # a keyring that lists itself as secure and then refuses
            log.warning("the keyring refused the event's index key; using a salt instead")
        else:
            event.index_scheme, event.index_key_id = KEYRING, key_id
            return
    cost = _at_least_default(keys.index_cost if keys is not None else IndexCost.DEFAULT)
    event.index_scheme = ARGON2ID
    event.index_salt = nacl.utils.random(argon2id.SALTBYTES)
    event.index_opslimit, event.index_memlimit = cost.opslimit, cost.memlimit


def _at_least_default(cost: IndexCost) -> IndexCost:
    # A test installation made at IndexCost.MIN keeps it (its tests must stay fast); a
    # real one made at an older, lower default gets today's for its new events.
    if cost == IndexCost.MIN:
        return cost
    return IndexCost(
        max(cost.opslimit, IndexCost.DEFAULT.opslimit),
        max(cost.memlimit, IndexCost.DEFAULT.memlimit),
    )


def index_for(event: Event, keys: KeyRecord) -> BlindIndex:
    """The event's index; IndexKeyMissing when its key is not in this keyring."""
    if event.index_scheme == KEYRING:
        key = secrets.get_index_key(event.index_key_id) if event.index_key_id else None
        if key is None:
            raise IndexKeyMissing()
        return BlindIndex.keyed(key)
    if event.index_scheme == ARGON2ID:
        if event.index_salt is None:  # forgotten with the event's personal data
            raise IndexKeyMissing()
        cost = IndexCost(event.index_opslimit or 0, event.index_memlimit or 0)
        return BlindIndex(event.index_salt, cost)
    return BlindIndex(keys.index_salt, keys.index_cost)


def forget(event: Event) -> None:
    """Destroy the event's index (its key, or its salt): its digests can never match again.
    The purge and the wipe call this once the digests themselves are deleted."""
    if event.index_scheme == KEYRING and event.index_key_id:
        secrets.delete_index_key(event.index_key_id)
    event.index_key_id = None
    event.index_salt = None
