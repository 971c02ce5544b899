"""Sign-ups opened with the organizer's key, as plain records (no database types)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ActionView:
    kind: str
    chamber: str
    district: str | None
    member_name: str | None
    state: str


@dataclass(frozen=True)
class SignupRecord:
    """A sign-up opened with the organizer's private key: readable, held in memory only."""

    id: str
    created_at: dt.datetime
    status: str
    source: str
    language: str
    first_name: str
    last_name: str
    street_address: str
    place: str
    zip_code: str
    email: str
    phone: str
    note: str
    consent_email: bool
    consent_letter: bool
    consent_updates_email: bool
    consent_updates_text: bool
    town: str | None
    ward: str | None
    precinct: str | None
    house_district: str | None
    senate_district: str | None
    congress_district: str | None
    actions: tuple[ActionView, ...]
    # Declared fields without an attribute of their own (fields.py): (name, value).
    extra: tuple[tuple[str, str], ...] = ()

    def value(self, name: str) -> str:
        """A text field's value by its name in the field table."""
        own = getattr(self, name, None) if name in _TEXT_ATTRIBUTES else None
        return str(own) if own is not None else dict(self.extra).get(name, "")


_TEXT_ATTRIBUTES = frozenset(f.name for f in fields(SignupRecord) if f.type == "str")
