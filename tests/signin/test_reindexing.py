"""Events made before digests were per event get a keyring key of their own at unlock."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.privacy import event_index
from desktop.privacy.blind_index import BlindIndex
from desktop.privacy.keys import KeyRecord
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.models import Event, Signup, SignupSnapshot
from tests.signin.conftest import PASSPHRASE

LINH = SigninForm(
    first_name="Linh", last_name="Nguyễn", place="Amherst", street_address="12 Main St",
    email="linh@example.org", phone="413-555-0101",
)  # fmt: skip


def _legacy(sessions: sessionmaker[Session], event: EventContext) -> None:
    """The event as a version before per-event digests left it: on the installation's salt."""
    with sessions.begin() as session:
        session.execute(
            text("UPDATE events SET index_scheme = 'installation', index_salt = NULL"
                 " WHERE id = :id"),
            {"id": event.event_id},
        )  # fmt: skip


def _digests(sessions: sessionmaker[Session]) -> list[tuple[str | None, ...]]:
    with sessions() as session:
        return [
            (row.email_index, row.phone_index, row.name_index, row.name_address_index)
            for model in (Signup, SignupSnapshot)
            for row in session.scalars(select(model))
        ]


def test_unlocking_with_a_keyring_moves_an_old_event_to_a_key_and_repeats_still_match(
    secret_service: None,
    sessions: sessionmaker[Session],
    keys: KeyRecord,
    event: EventContext,
    dataset: Dataset,
) -> None:
    _legacy(sessions, event)
    old_index = BlindIndex(keys.index_salt, keys.index_cost)
    service = SigninService(sessions, dataset, event, keys)
    first = service.submit(LINH)
    assert service.submit(LINH).merged  # a snapshot too
    before = _digests(sessions)
    assert (old_index.email("linh@example.org"),) == before[0][:1]

    VolunteerService(sessions, dataset, event.event_id).unlock(PASSPHRASE)

    with sessions() as session:
        row = session.get(Event, event.event_id)
        assert row is not None and row.index_scheme == event_index.KEYRING
        index = event_index.index_for(row, keys)
    after = _digests(sessions)
    assert len(after) == len(before) == 3 and not set(after) & set(before)
    assert after[0] == (
        index.email("linh@example.org"),
        index.phone("+14135550101"),
        index.name("Linh", "Nguyễn"),
        index.name_address("Linh", "Nguyễn", "12 Main St", "Amherst"),
    )
    again = SigninService(sessions, dataset, event, keys).submit(LINH)
    assert again.merged and again.signup_id == first.signup_id


def test_without_a_keyring_an_old_event_stays_as_it_was(
    sessions: sessionmaker[Session], keys: KeyRecord, event: EventContext, dataset: Dataset
) -> None:
    _legacy(sessions, event)
    SigninService(sessions, dataset, event, keys).submit(LINH)
    before = _digests(sessions)
    VolunteerService(sessions, dataset, event.event_id).unlock(PASSPHRASE)
    assert _digests(sessions) == before
    with sessions() as session:
        row = session.get(Event, event.event_id)
        assert row is not None and row.index_scheme == event_index.INSTALLATION
