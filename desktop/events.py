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
    session.add(event)
    session.flush()
    set_current_event(session, event)
    return event


def set_current_event(session: Session, event: Event) -> None:
    from desktop.store.models import AppState

    state = session.get(AppState, CURRENT_EVENT_KEY)
    if state is None:
        session.add(AppState(key=CURRENT_EVENT_KEY, value=event.id))
    else:
        state.value = event.id


def current_event(session: Session) -> Event | None:
    from desktop.store.models import AppState, Event

    state = session.get(AppState, CURRENT_EVENT_KEY)
    return session.get(Event, state.value) if state else None


def list_events(session: Session) -> list[Event]:
    from sqlalchemy import select

    from desktop.store.models import Event

    return list(session.scalars(select(Event).order_by(Event.date.desc(), Event.created_at.desc())))
