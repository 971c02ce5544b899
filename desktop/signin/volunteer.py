"""What the volunteer view does, as plain Python: counts, unlock, read, delete, resolve.

And identity: the suggested duplicates to merge or keep apart, the merges to split.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.districts.dataset import Dataset
from desktop.organizer import unlock_private_key
from desktop.outbox.queue import DEFAULT_DOMAIN
from desktop.privacy.sealing import Opener
from desktop.signin.records import delete_signup, open_signup, read_signups, resolve_pending
from desktop.signin.views import SignupRecord
from desktop.store.migrate import upgrade
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

    def unlock(self, passphrase: str, progress: Callable[[int, int], None] | None = None) -> Opener:
        """An opener for the sealed fields (raises WrongPassphrase).

        Sign-ups saved before an update that changed how they are sealed are re-sealed
        first (migration 0006a), reporting (done, total) to `progress`.
        """
        with self.sessions() as session:
            opener = Opener(unlock_private_key(session, passphrase))
            engine = session.get_bind().engine
        upgrade(engine, opener=opener, progress=progress)
        return opener

    def change_passphrase(self, old: str, new: str) -> None:
        """Lock the organizer's key with `new` (raises WrongPassphrase or WeakPassphrase,
        having changed nothing). Sign-ups stay sealed as they are; the event's name and
        place count as guessable words in `new`."""
        from desktop.organizer import change_organizer_passphrase
        from desktop.store.models import Event

        with self.sessions.begin() as session:
            event = session.get(Event, self.event_id)
            words = (event.name, event.place) if event is not None else ()
            change_organizer_passphrase(session, old, new, user_inputs=words)

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


@dataclass(frozen=True)
class SuggestionView:
    """Two sign-ups that may be one person, opened, side by side."""

    id: str
    reason: str  # same_name | shared_email | shared_phone | similar
    later: SignupRecord
    earlier: SignupRecord


@dataclass(frozen=True)
class MergeView:
    """A merge that can be split: the sign-up as it was, and the sign-in merged into it."""

    id: str
    signup_id: str
    reason: str
    merged_at: dt.datetime
    before: SignupRecord
    incoming: SignupRecord
    splittable: bool  # the latest merge of its sign-up


class Identity:
    """The volunteer's side of identity: suggestions to decide, merges to split."""

    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event_id: str,
        offered: Collection[str],
        domain: str = DEFAULT_DOMAIN,
    ) -> None:
        self.sessions, self.dataset, self.event_id = sessions, dataset, event_id
        self.offered, self.domain = tuple(offered), domain

    def suggestions(self, opener: Opener) -> list[SuggestionView]:
        from desktop.signin.suggestions import open_suggestions

        views = []
        with self.sessions() as session:
            for suggestion in open_suggestions(session, self.event_id):
                later = session.get(Signup, suggestion.signup_id)
                earlier = session.get(Signup, suggestion.other_id)
                if later is not None and earlier is not None:
                    views.append(
                        SuggestionView(
                            suggestion.id, suggestion.reason,
                            open_signup(later, opener), open_signup(earlier, opener),
                        )
                    )  # fmt: skip
        return views

    def keep_apart(self, suggestion_id: str) -> None:
        from desktop.signin.suggestions import keep_apart

        with self.sessions.begin() as session:
            keep_apart(session, suggestion_id)

    def merge(self, suggestion_id: str) -> str:
        """Merge the later sign-up of a suggestion into the earlier one; the merge's id."""
        from desktop.signin.follow import follow_districts
        from desktop.signin.merging import merge_signups
        from desktop.signin.suggestions import repoint
        from desktop.store.models import DuplicateSuggestion

        with self.sessions.begin() as session:
            suggestion = session.get(DuplicateSuggestion, suggestion_id)
            if suggestion is None:
                raise LookupError("That suggestion is gone.")
            kept_id, absorbed_id = suggestion.other_id, suggestion.signup_id
            session.delete(suggestion)
            merge = merge_signups(session, kept_id, absorbed_id, "volunteer")
            repoint(session, absorbed_id, kept_id)
            kept = session.get(Signup, kept_id)
            assert kept is not None
            follow_districts(session, kept, self.dataset, self.offered, self.domain)
            return merge.id

    def merges(self, opener: Opener) -> list[MergeView]:
        from desktop.signin.merging import latest_merge
        from desktop.store.models import Merge

        views = []
        with self.sessions() as session:
            statement = (
                select(Merge)
                .where(Merge.event_id == self.event_id)
                .order_by(Merge.created_at, Merge.id)
            )
            for merge in session.scalars(statement):
                snapshots = {s.role: s for s in merge.snapshots}
                latest = latest_merge(session, merge.signup_id)
                views.append(
                    MergeView(
                        merge.id, merge.signup_id, merge.reason, merge.created_at,
                        open_signup(snapshots["before"], opener, merge.signup_id),
                        open_signup(snapshots["incoming"], opener, merge.signup_id),
                        latest is not None and latest.id == merge.id,
                    )
                )  # fmt: skip
        return views

    def split(self, merge_id: str) -> tuple[str, str]:
        """Undo a merge; the ids of the two sign-ups it leaves."""
        from desktop.signin.follow import follow_districts
        from desktop.signin.merging import split

        with self.sessions.begin() as session:
            kept, restored = split(session, merge_id)
            for signup in (kept, restored):
                follow_districts(session, signup, self.dataset, self.offered, self.domain)
            return kept.id, restored.id
