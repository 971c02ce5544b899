"""Each event's repeat-signer key, shared with the laptops of the coalition, never the hub.

An event made on a laptop with a secure keyring recognises repeat signers by digests keyed
with a random key kept in that keyring (desktop/privacy/event_index.py). Another laptop
signing people in to the same event needs the same key, or it cannot recognise them. The
coalition has one more secret for this, the index secret: made when the hub is created,
kept in the organizer's keyring, carried to each laptop inside its one-time join code and
kept in that laptop's keyring. An event's key travels on the hub wrapped under it
(XSalsa20-Poly1305, NaCl's SecretBox): the hub, which never holds the secret, cannot
unwrap it, and a laptop that pulls the event unwraps it into its own keyring.
"""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING, Any

import nacl.exceptions
import nacl.secret
import nacl.utils

from desktop import secrets

if TYPE_CHECKING:
    from desktop.store.models import Event

log = logging.getLogger(__name__)
KEYRING = "keyring"  # event_index's scheme name for keyed digests


def index_secret() -> bytes | None:
    """This laptop's copy of the coalition's index secret; None without one."""
    stored = secrets.get_secret(secrets.HUB_INDEX_SECRET)
    return base64.b64decode(stored) if stored else None


def make_index_secret() -> str | None:
    """The organizer's index secret, made once and kept in the keyring, as text for a
    join code; None on a laptop with no secure keyring (its events then carry their own
    salt, which needs no sharing)."""
    if not secrets.secure_keyring_available():
        return None
    stored = secrets.get_secret(secrets.HUB_INDEX_SECRET)
    if stored:
        return stored
    made = base64.b64encode(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)).decode("ascii")
    secrets.set_secret(secrets.HUB_INDEX_SECRET, made)
    return made


def keep_index_secret(text: str | None) -> None:
    """At join: keep the secret the join code carried (none: the organizer had none)."""
    if text:
        secrets.set_secret(secrets.HUB_INDEX_SECRET, text)


def wrapped_key(event: Event) -> bytes | None:
    """The event's key wrapped for the hub; None when it has none to share, or this laptop
    cannot wrap it (no index secret, or the key is not in this keyring)."""
    if event.index_scheme != KEYRING or not event.index_key_id:
        return None
    secret, key = index_secret(), secrets.get_index_key(event.index_key_id)
    if secret is None or key is None:
        return None
    return bytes(nacl.secret.SecretBox(secret).encrypt(key))


def unwrap_into_keyring(row: Any) -> bool:
    """Keep the pulled event's key in this keyring, if it has none; True when it was kept."""
    wrapped = row.get("index_key_wrapped")
    if row["index_scheme"] != KEYRING or not row["index_key_id"] or wrapped is None:
        return False
    if secrets.get_index_key(row["index_key_id"]) is not None:
        return False
    secret = index_secret()
    if secret is None:
        log.warning("an event's repeat-signer key came from the hub, but this laptop has no "
                    "index secret to unwrap it (join again with a new code)")  # fmt: skip
        return False
    try:
        key = nacl.secret.SecretBox(secret).decrypt(bytes(wrapped))
    except nacl.exceptions.CryptoError:
        log.warning("an event's repeat-signer key on the hub is not for this coalition's secret")
        return False
    secrets.set_index_key(row["index_key_id"], key)
    return True
