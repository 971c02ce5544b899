"""A real SQLite file with the organizer's keys, an event and the sign-in service
(tests/signin's fixtures), for stacks made from real letters."""

from tests.signin.conftest import db_path, event, keys, private_key, service, sessions

__all__ = ["db_path", "event", "keys", "private_key", "service", "sessions"]
