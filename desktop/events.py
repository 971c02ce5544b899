"""Events: one tabling session each. Creating, listing, and the current one.

The current event is the one the app opens on; creating an event makes it current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.campaigns.model import LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.models import Event
    from desktop.store.sessions import SessionFactory
    from desktop.store.snapshot import KioskSnapshot

ACTIONS = ("letter", "email", "call")
LANGUAGE_CODES = tuple(LANGUAGES)
CURRENT_EVENT_KEY = "current_event"
DEFAULT_CAMPAIGN = "safe-communities-act"


class EventError(ValueError):
    """An event cannot be made as asked: one sentence saying why."""


@dataclass(frozen=True)
class EventSpec:
    name: str
    date: dt.date
    place: str
    campaign_id: str = DEFAULT_CAMPAIGN
    actions: Sequence[str] = ACTIONS
    languages: Sequence[str] = LANGUAGE_CODES

    def checked(self) -> EventSpec:
        if not self.name.strip():
            raise EventError("The event needs a name.")
        if not self.place.strip():
            raise EventError("The event needs a place.")
        unknown = [a for a in self.actions if a not in ACTIONS]
        if unknown or not self.actions:
            raise EventError(f"Actions are chosen from {', '.join(ACTIONS)}.")
        languages = [code for code in self.languages if code in LANGUAGE_CODES]
        if len(languages) != len(self.languages) or "en" not in languages:
            raise EventError(f"Languages are chosen from {', '.join(LANGUAGE_CODES)}, with en.")
        return self


def create_event(session: Session, spec: EventSpec) -> Event:
    """Add the event and make it current; the caller commits."""
    from desktop.store.models import Event  # SQLAlchemy loads when an event is made

    spec = spec.checked()
    event = Event(
        name=spec.name.strip(),
        date=spec.date,
        place=spec.place.strip(),
        campaign_id=spec.campaign_id,
        actions=list(spec.actions),
        languages=list(spec.languages),
    )
    from desktop.organizer import key_record
    from desktop.privacy import event_index

    event_index.prepare(event, key_record(session))  # repeat signers, this event's own way
    session.add(event)
    session.flush()
    set_current_event(session, event)
    return event


def set_current_event(session: Session, event: Event) -> None:
    from desktop.store.app_state import set_state

    set_state(session, CURRENT_EVENT_KEY, event.id)


def current_event(session: Session) -> Event | None:
    from desktop.store.app_state import get_state
    from desktop.store.models import Event

    event_id = get_state(session, CURRENT_EVENT_KEY)
    return session.get(Event, event_id) if event_id else None


def set_retention(session: Session, event_id: str, days: int) -> Event:
    """How many days the event's personal data is kept once its work is done (retention.py)."""
    from desktop.privacy.retention import check_retention_days
    from desktop.store.models import Event

    event = session.get(Event, event_id)
    if event is None:
        raise EventError(f"There is no event {event_id}: see `tabling event list`.")
    try:
        event.retention_days = check_retention_days(days)
    except ValueError as exc:
        raise EventError(str(exc)) from None
    return event


def set_place(session: Session, event_id: str, place: str) -> Event:
    """Where the event is, as the organizer chooses to keep it: the place is readable
    without the passphrase (a kiosk shows it), so an organizer who would rather not say
    "the church on Dudley Street" keeps the town ("Boston") instead."""
    from desktop.store.models import Event

    event = session.get(Event, event_id)
    if event is None:
        raise EventError(f"There is no event {event_id}: see `tabling event list`.")
    if not place.strip():
        raise EventError("The event needs a place: the town will do.")
    event.place = place.strip()[:200]
    return event


def list_events(session: Session) -> list[Event]:
    from sqlalchemy import select

    from desktop.store.models import Event

    return list(session.scalars(select(Event).order_by(Event.date.desc(), Event.created_at.desc())))


# -- what the window reads of events (it runs no queries itself) ---------------------------


def start_state(sessions: SessionFactory) -> tuple[bool, str | None]:
    """(whether the organizer's keys exist, the current event's id): where the window opens."""
    from desktop.organizer import key_record

    with sessions() as session:
        event = current_event(session)
        return key_record(session) is not None, event.id if event is not None else None


def set_up(sessions: SessionFactory, passphrase: str | None, spec: EventSpec) -> str:
    """First start: the organizer's keys (when `passphrase`) and the event; its id."""
    from desktop.organizer import initialize

    with sessions.begin() as session:
        if passphrase is not None:
            initialize(session, passphrase, user_inputs=(spec.name, spec.place))
        return create_event(session, spec).id


def kiosk_snapshot(sessions: SessionFactory, event_id: str) -> KioskSnapshot:
    """What the kiosk needs of an event and the keys, read at once."""
    from desktop.organizer import require_key_record
    from desktop.store.models import Event
    from desktop.store.snapshot import KioskSnapshot

    with sessions() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError("That event is gone.")
        return KioskSnapshot(
            event.id, event.name, event.campaign_id, tuple(event.actions),
            tuple(event.languages), require_key_record(session),
        )  # fmt: skip


def event_place(sessions: SessionFactory, event_id: str) -> str:
    from desktop.store.models import Event

    with sessions() as session:
        event = session.get(Event, event_id)
        return event.place if event is not None else ""
