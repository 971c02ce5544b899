"""Secrets (the SMTP password, the Action Network key, each event's blind-index key) in the
operating system's keyring.

Never in settings, the database, exports or logs. Where the keyring has no secure
backend (a headless Linux box without a Secret Service), storing is refused with a plain
message rather than falling back to a file. For scripted runs a secret may instead come
from the environment (TABLING_SMTP_PASSWORD, TABLING_ACTIONNETWORK_API_KEY), which is
read, never stored.
"""

from __future__ import annotations

import os

SERVICE = "tabling"
SMTP_PASSWORD = "smtp.password"
ACTIONNETWORK_API_KEY = "actionnetwork.api_key"
HUB_PASSWORD = "hub.password"  # this laptop's role on the coalition hub (desktop/hub)
# The coalition's secret that wraps each event's repeat-signer key on the hub
# (desktop/hub/index_keys.py).
HUB_INDEX_SECRET = "hub.index_secret"
NAMES = (SMTP_PASSWORD, ACTIONNETWORK_API_KEY, HUB_PASSWORD, HUB_INDEX_SECRET)


class SecretStoreUnavailable(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "This computer has no secure keyring, so the secret was not stored. "
            "Set it in the environment instead (for example TABLING_SMTP_PASSWORD)."
        )


def _environment_name(name: str) -> str:
    return "TABLING_" + name.upper().replace(".", "_")


def _secure_keyring() -> object | None:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    insecure = isinstance(backend, fail.Keyring) or "plaintext" in type(backend).__module__.lower()
    return None if insecure or getattr(backend, "priority", 0) < 1 else backend


def get_secret(name: str) -> str | None:
    if name not in NAMES:
        raise KeyError(name)
    from_environment = os.environ.get(_environment_name(name))
    if from_environment:
        return from_environment
    backend = _secure_keyring()
    if backend is None:
        return None
    value = backend.get_password(SERVICE, name)  # type: ignore[attr-defined]
    return str(value) if value else None


def set_secret(name: str, value: str) -> None:
    if name not in NAMES:
        raise KeyError(name)
    backend = _secure_keyring()
    if backend is None:
        raise SecretStoreUnavailable()
    backend.set_password(SERVICE, name, value)  # type: ignore[attr-defined]


# Each event's blind-index key (desktop/privacy/event_index.py), under a random name the
# event row keeps: the database says which entry, the keyring holds what is in it.
INDEX_KEY_PREFIX = "blind-index."


def secure_keyring_available() -> bool:
    return _secure_keyring() is not None


def get_index_key(key_id: str) -> bytes | None:
    """The event's index key, or None (no secure keyring, or the entry is gone)."""
    import base64

    backend = _secure_keyring()
    if backend is None:
        return None
    value = backend.get_password(SERVICE, INDEX_KEY_PREFIX + key_id)  # type: ignore[attr-defined]
    return base64.b64decode(value) if value else None


def set_index_key(key_id: str, key: bytes) -> None:
    import base64

    backend = _secure_keyring()
    if backend is None:
        raise SecretStoreUnavailable()
    backend.set_password(  # type: ignore[attr-defined]
        SERVICE, INDEX_KEY_PREFIX + key_id, base64.b64encode(key).decode("ascii")
    )


def delete_index_key(key_id: str) -> bool:
    """Forget an event's index key; False when there was none to forget."""
    from keyring.errors import PasswordDeleteError

    backend = _secure_keyring()
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, INDEX_KEY_PREFIX + key_id)  # type: ignore[attr-defined]
    except PasswordDeleteError:
        return False
    return True
