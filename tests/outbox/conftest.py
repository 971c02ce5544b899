"""The sign-in fixtures (a real database, keys, an event, the service) for outbox tests."""

from tests.signin.conftest import db_path, event, keys, private_key, service, sessions

__all__ = ["db_path", "event", "keys", "private_key", "service", "sessions"]
