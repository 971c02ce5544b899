"""Secrets (the SMTP password, the Action Network key) in the operating system's keyring.

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
NAMES = (SMTP_PASSWORD, ACTIONNETWORK_API_KEY)


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
