"""Each event recognises its own repeat signers: with a key in a real Secret Service where
there is one, else with a salt of its own; a copied database without the key matches nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop import secrets
from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.outbox.withdrawal import withdraw
from desktop.privacy import event_index
from desktop.privacy.blind_index import BlindIndex
from desktop.privacy.keys import KeyRecord
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from desktop.store.engine import open_database
from desktop.store.models import Event, Signup

EMAIL = "linh.nguyen@example.org"


def _event(sessions: sessionmaker[Session], name: str) -> EventContext:
    with sessions.begin() as session:
        made = create_event(session, EventSpec(name, dt.date(2026, 12, 1), "Dudley Square"))
        return EventContext(made.id, tuple(made.actions))


def _sign(service: SigninService, first: str = "Linh", **fields: str | bool) -> str:
    form = SigninForm(first_name=first, last_name="Nguyễn", place="Amherst", email=EMAIL)
    return service.submit(dataclasses.replace(form, **fields)).signup_id


def _stored_email_digest(sessions: sessionmaker[Session], signup_id: str) -> str | None:
    with sessions() as session:
        signup = session.get(Signup, signup_id)
        assert signup is not None
        return signup.email_index


def _scheme(sessions: sessionmaker[Session], event_id: str) -> Event:
    with sessions() as session:
        row = session.get(Event, event_id)
        assert row is not None
        session.expunge(row)
        return row


def test_with_a_keyring_an_event_keys_its_digests_there_and_a_copy_matches_nothing(
    secret_service: None,
    sessions: sessionmaker[Session],
    keys: KeyRecord,
    dataset: Dataset,
    db_path: Path,
    tmp_path: Path,
) -> None:
    event = _event(sessions, "Fair")
    row = _scheme(sessions, event.event_id)
    assert row.index_scheme == "keyring" and row.index_key_id and row.index_salt is None
    key = secrets.get_index_key(row.index_key_id)
    assert key is not None and len(key) == 32
    service = SigninService(sessions, dataset, event, keys)
    first = _sign(service)
    again = service.submit(
        SigninForm(first_name="Linh", last_name="Nguyễn", place="Amherst", email=EMAIL)
    )
    assert again.merged and again.signup_id == first  # recognised, as before

    # A thief with the database file alone: what it holds (the installation's salt, the
    # event's row) gives no digest that matches, and nothing in it is the key.
    copy = tmp_path / "stolen.db"
    for suffix in ("", "-wal", "-shm"):  # the thief takes the write-ahead log too
        if Path(f"{db_path}{suffix}").exists():
            shutil.copy(f"{db_path}{suffix}", f"{copy}{suffix}")
    stolen = open_database(f"sqlite:///{copy}")
    digest = _stored_email_digest(stolen, first)
    assert digest is not None
    assert BlindIndex(keys.index_salt, keys.index_cost).email(EMAIL) != digest
    assert BlindIndex.keyed(key).email(EMAIL) == digest  # only the key makes it
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("stolen.db*"))
    assert key not in raw and key.hex().encode() not in raw

    # The same database on a laptop whose keyring lacks the key: a repeat is not
    # recognised (saved as new), and the kiosk says why.
    assert secrets.delete_index_key(row.index_key_id)
    elsewhere = SigninService(stolen, dataset, event, keys)
    repeat = elsewhere.submit(
        SigninForm(first_name="Linh", last_name="Nguyễn", place="Amherst", email=EMAIL)
    )
    assert not repeat.merged and repeat.signup_id != first
    assert "not in this computer's keyring" in elsewhere.index_problem


def test_without_a_keyring_each_event_has_a_salt_of_its_own(
    sessions: sessionmaker[Session], keys: KeyRecord, dataset: Dataset
) -> None:
    assert not secrets.secure_keyring_available()  # the suite's default, like CI's
    fair, vigil = _event(sessions, "Fair"), _event(sessions, "Vigil")
    rows = [_scheme(sessions, e.event_id) for e in (fair, vigil)]
    assert [r.index_scheme for r in rows] == ["argon2id", "argon2id"]
    assert rows[0].index_salt != rows[1].index_salt != keys.index_salt
    at_fair = _sign(SigninService(sessions, dataset, fair, keys))
    at_vigil = _sign(SigninService(sessions, dataset, vigil, keys))
    # One person at two events: two unrelated digests, so one event's digests say nothing
    # of another's, and each goes with its event.
    assert _stored_email_digest(sessions, at_fair) != _stored_email_digest(sessions, at_vigil)
    again = SigninService(sessions, dataset, fair, keys).submit(
        SigninForm(first_name="Linh", last_name="Nguyễn", place="Amherst", email=EMAIL)
    )
    assert again.merged and again.signup_id == at_fair


def test_a_withdrawal_finds_the_person_in_every_event_whatever_its_scheme(
    secret_service: None,
    sessions: sessionmaker[Session],
    keys: KeyRecord,
    dataset: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keyed = _event(sessions, "Keyed fair")
    before = keyring.get_keyring()
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the next event made where no keyring answers
    salted = _event(sessions, "Salted vigil")
    keyring.set_keyring(before)
    assert _scheme(sessions, salted.event_id).index_scheme == "argon2id"
    for event in (keyed, salted):
        _sign(SigninService(sessions, dataset, event, keys), consent_updates_email=True)

    withdrawn = withdraw(sessions, keys, EMAIL.upper())

    assert withdrawn.signups == 2
    with sessions() as session:
        consents = session.scalars(select(Signup.consent_updates_email)).all()
    assert consents == [False, False]


def test_forgetting_an_event_destroys_its_key(
    secret_service: None, sessions: sessionmaker[Session], keys: KeyRecord
) -> None:
    event = _event(sessions, "Fair")
    with sessions.begin() as session:
        row = session.get(Event, event.event_id)
        assert row is not None and row.index_key_id is not None
        key_id = row.index_key_id
        event_index.forget(row)
        assert row.index_key_id is None
    assert secrets.get_index_key(key_id) is None
    with sessions() as session:
        row = session.get(Event, event.event_id)
        assert row is not None
        with pytest.raises(event_index.IndexKeyMissing):
            event_index.index_for(row, keys)


def test_a_purge_and_a_wipe_destroy_the_events_keys(
    secret_service: None, sessions: sessionmaker[Session], keys: KeyRecord, dataset: Dataset
) -> None:
    import datetime as dt

    from desktop.privacy.retention import purge_event
    from desktop.privacy.wipe import wipe_with_passphrase
    from tests.signin.conftest import PASSPHRASE

    fair, vigil = _event(sessions, "Fair"), _event(sessions, "Vigil")
    key_ids = [_scheme(sessions, e.event_id).index_key_id for e in (fair, vigil)]
    assert all(k and secrets.get_index_key(k) for k in key_ids)
    SigninService(sessions, dataset, fair, keys).submit(
        SigninForm(first_name="Linh", last_name="Nguyễn", place="Amherst")  # nothing to send
    )
    with sessions.begin() as session:
        purge_event(session, fair.event_id, dt.datetime(2027, 3, 1))
    assert secrets.get_index_key(key_ids[0] or "") is None
    assert secrets.get_index_key(key_ids[1] or "") is not None  # another event's stays

    wipe_with_passphrase(sessions, PASSPHRASE)
    assert secrets.get_index_key(key_ids[1] or "") is None
