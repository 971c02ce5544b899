"""Retention and purge: an event's personal data goes when its period has passed, securely.

Real sign-ups through the sign-in service, real sending to an SMTP server on loopback,
letters marked printed as printing marks them; the raw bytes of the database files are
read afterwards for the purged values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import nacl.public
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.geocoding.cache import GeocodeCache
from desktop.geocoding.census import GeocodeMatch
from desktop.privacy.retention import purge_due, purge_event, retentions
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import mark_printed
from desktop.signin.service import SigninService
from desktop.store.models import Action, Event, EventCount, OutboxMessage, Signup, utcnow
from tests.outbox.smtp_server import SmtpServer
from tests.outbox.test_sync import runner
from tests.signin.conftest import db_path, event, keys, private_key, service, sessions

__all__ = ["db_path", "event", "keys", "private_key", "service", "sessions"]

CANARY_EMAIL = "purge-canary-83a1@example.org"
CANARY_NAME = "Zebulon Quillfeather"
CANARY_ADDRESS = "83 Canary Lane"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


def sign_in(service: SigninService, email: str = CANARY_EMAIL) -> str:
    first, last = CANARY_NAME.split()
    receipt = service.submit(
        SigninForm(
            first_name=first, last_name=last, place="Amherst", street_address=CANARY_ADDRESS,
            email=email, language="es", consent_email=True, consent_letter=True,
        )
    )  # fmt: skip
    return receipt.signup_id


def print_all(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        letters = session.scalars(select(Action.id).where(Action.kind == "letter")).all()
        assert mark_printed(session, list(letters)) == len(letters) > 0


def sealed_values(sessions: sessionmaker[Session]) -> list[bytes]:
    with sessions() as session:
        sealed = [s.personal_sealed for s in session.scalars(select(Signup))]
        digests = [
            value.encode()
            for s in session.scalars(select(Signup))
            for value in (s.email_index, s.name_index, s.name_address_index)
            if value
        ]
    blobs = [bytes(b) for b in sealed if b]
    assert blobs and digests
    return blobs + digests


def raw_files(db: Path) -> dict[str, bytes]:
    files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    return {f.name: f.read_bytes() for f in files if f.exists()}


def test_a_purge_leaves_no_personal_byte_in_the_database_files(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer, db_path: Path,
) -> None:  # fmt: skip
    signup_id = sign_in(service)
    with sessions() as session:
        assert session.get(Signup, signup_id).created_at.second == 0  # kept to the minute
    cache = GeocodeCache(paths.geocode_cache_path())
    key = cache.key_for(CANARY_ADDRESS + ", Amherst")
    assert key is not None
    cache.put(key, GeocodeMatch(-72.5, 42.37, CANARY_ADDRESS.upper() + ", AMHERST", "01002", "L"))
    cached = cache.path.read_bytes()
    values = sealed_values(sessions)
    report = runner(sessions, dataset, private_key, server).run()
    assert report.sent == 3 and report.failed == 0
    print_all(sessions)

    assert purge_due(sessions, utcnow() + dt.timedelta(days=29), cache=cache) == []
    with sessions() as session:
        assert session.get(Signup, signup_id) is not None
    purged = purge_due(sessions, utcnow() + dt.timedelta(days=31), cache=cache)
    assert [(p.signups, p.messages, p.actions) for p in purged] == [(1, 3, 4)]

    files = raw_files(db_path)
    assert "tabling.db" in files and "tabling.db-wal" in files
    for name, content in files.items():
        for value in (CANARY_EMAIL.encode(), *CANARY_NAME.encode().split(), *values):
            assert value not in content, f"{name} still holds a purged value"
    assert cache.count() == 0
    sealed_answer = cached[cached.index(key.lookup) :][:64]
    assert key.lookup not in cache.path.read_bytes()
    assert sealed_answer not in cache.path.read_bytes()


def test_a_message_still_waiting_keeps_the_whole_event(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    waiting = sign_in(service)
    print_all(sessions)  # the letters are printed; the emails never left
    later = utcnow() + dt.timedelta(days=3650)
    assert purge_due(sessions, later) == []
    with sessions() as session:
        assert session.get(Signup, waiting).personal_sealed is not None
        (state,) = retentions(session)
        assert state.messages_waiting == 3 and state.purge_at is None
        with pytest.raises(ValueError, match="still waits"):
            purge_event(session, state.event_id, later)


def test_a_letter_still_to_print_keeps_the_event(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_in(service)
    assert runner(sessions, dataset, private_key, server).run().sent == 3
    assert purge_due(sessions, utcnow() + dt.timedelta(days=3650)) == []
    with sessions() as session:
        (state,) = retentions(session)
        assert state.letters_waiting == 2 and state.messages_waiting == 0


def test_what_remains_are_counts_that_identify_no_one(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_in(service)
    sign_in(service, "another-signer@example.org")  # the same name: a second person
    assert runner(sessions, dataset, private_key, server).run().failed == 0
    print_all(sessions)
    with sessions.begin() as session:
        event = session.scalars(select(Event)).one()
        event.retention_days = 0  # the organizer shortened it
    (purged,) = purge_due(sessions, utcnow() + dt.timedelta(minutes=1))
    with sessions() as session:
        counts = {(c.kind, c.key): c.count for c in session.scalars(select(EventCount))}
        assert session.scalars(select(Signup)).all() == []
        assert session.scalars(select(OutboxMessage)).all() == []
        assert session.scalars(select(Event)).one().purged_at is not None
    assert counts[("signups", "all")] == 2
    assert counts[("language", "es")] == 2
    assert counts[("district", "house:3rd Hampshire")] == 2
    assert counts[("action", "letter")] == 4 and counts[("action", "email")] == 4
    assert counts[("message", "legislator_email:sent")] == 4
    assert counts[("status", "resolved")] == 2 and counts[("printed", "house:3rd Hampshire")] == 2
    assert sum(n for (kind, _), n in counts.items() if kind == "town") == 2
    assert {kind for kind, _ in counts} == {
        "signups", "language", "district", "town", "status", "action", "printed", "message"
    }  # fmt: skip
    for _, key in counts:
        assert "@" not in key and "Zebulon" not in key
    assert purged.counts == counts
