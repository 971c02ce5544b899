"""What the volunteer view does, as plain Python: counts, unlock, read, delete, resolve."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.districts.dataset import Dataset
from desktop.organizer import unlock_private_key
from desktop.privacy.sealing import Opener
from desktop.signin.records import delete_signup, read_signups, resolve_pending
from desktop.signin.views import SignupRecord
from desktop.store.models import Action, Signup
from desktop.store.sessions import SessionFactory


@dataclass(frozen=True)
class EventCounts:
    signups: int
    pending: int
    letters: int  # to print (ready) or waiting for a district
    emails: int  # queued (ready) or waiting for a district


class VolunteerService:
    def __init__(self, sessions: SessionFactory, dataset: Dataset, event_id: str) -> None:
        self.sessions = sessions
        self.dataset = dataset
        self.event_id = event_id

    def counts(self) -> EventCounts:
        """Counts need no passphrase: they hold nothing personal."""
        with self.sessions() as session:
            signups = (
                select(func.count()).select_from(Signup).where(Signup.event_id == self.event_id)
            )
            pending = signups.where(Signup.status == "pending")
            actions = (
                select(Action.kind, func.count())
                .join(Signup)
                .where(Signup.event_id == self.event_id, Action.state.in_(("ready", "waiting")))
                .group_by(Action.kind)
            )
            by_kind = {str(kind): int(n) for kind, n in session.execute(actions)}
            return EventCounts(
                int(session.scalar(signups) or 0),
                int(session.scalar(pending) or 0),
                by_kind.get("letter", 0),
                by_kind.get("email", 0),
            )

    def unlock(self, passphrase: str) -> Opener:
        """An opener for the sealed fields (raises WrongPassphrase)."""
        with self.sessions() as session:
            return Opener(unlock_private_key(session, passphrase))

    def records(self, opener: Opener) -> list[SignupRecord]:
        with self.sessions() as session:
            return read_signups(session, self.event_id, opener)

    def delete(self, signup_id: str) -> bool:
        with self.sessions.begin() as session:
            return delete_signup(session, signup_id)

    def resolve(self, signup_id: str, ward: str, precinct: str) -> str:
        """Decide a pending sign-up by ward and precinct; returns its new status."""
        with self.sessions.begin() as session:
            return resolve_pending(session, self.dataset, signup_id, ward, precinct).status
