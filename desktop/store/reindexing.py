"""Events made before digests were per event get a key of their own, when the organizer
unlocks on a computer with a secure keyring.

Their sign-ups' digests were made with the installation's salt, which sits in the database
beside them (what a thief could sweep: desktop/privacy/event_index.py). Recomputing them
under a key in the keyring needs their values, so it runs at unlock, after re-sealing
(`migrate.upgrade(engine, opener=...)`). One event at a time, in one transaction: a run
stopped part-way leaves each event wholly old or wholly new, and the next unlock goes on.
Without a secure keyring nothing changes (a salt of the event's own would cost a slow
Argon2id run per digest and gain little over the installation's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.privacy.blind_index import BlindIndex
    from desktop.privacy.sealing import Opener
    from desktop.store.models import SignupContent


def legacy_events(engine: Engine) -> list[str]:
    """The ids of events still on the installation's salt (one query)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop.privacy.event_index import INSTALLATION
    from desktop.store.models import Event

    with Session(engine) as session:
        return list(session.scalars(select(Event.id).where(Event.index_scheme == INSTALLATION)))


def reindex_legacy_events(
    engine: Engine, opener: Opener, progress: Callable[[int, int], None] | None = None
) -> int:
    """Give each legacy event its own keyed index and recompute its digests; the number of
    events moved (0 without a secure keyring)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop import secrets
    from desktop.organizer import require_key_record
    from desktop.privacy import event_index
    from desktop.store.models import Event, Merge, Signup, SignupSnapshot

    events = legacy_events(engine)
    if not events or not secrets.secure_keyring_available():
        return 0
    moved = 0
    for done, event_id in enumerate(events, start=1):
        with Session(engine) as session, session.begin():
            event = session.get(Event, event_id)
            assert event is not None
            event_index.prepare(event, require_key_record(session))
            if event.index_scheme != event_index.KEYRING:
                continue  # the keyring refused the key: left as it was
            index = event_index.index_for(event, require_key_record(session))
            for signup in session.scalars(select(Signup).where(Signup.event_id == event_id)):
                _redigest(signup, index, opener)
            merges = select(Merge.id).where(Merge.event_id == event_id)
            for snapshot in session.scalars(
                select(SignupSnapshot).where(SignupSnapshot.merge_id.in_(merges))
            ):
                _redigest(snapshot, index, opener)
            moved += 1
        if progress is not None:
            progress(done, len(events))
    return moved


def _redigest(row: SignupContent, index: BlindIndex, opener: Opener) -> None:
    from desktop.privacy.sealed_record import open_record

    values = open_record(opener, row.personal_sealed)
    # As a sign-in makes them (SigninService.fingerprint), from the values it sealed.
    row.email_index, row.phone_index, row.name_index, row.name_address_index = index.all_four(
        values.get("email") or None,
        values.get("phone") or None,
        values.get("first_name", ""),
        values.get("last_name", ""),
        values.get("street_address", ""),
        row.town or values.get("place", ""),
    )
