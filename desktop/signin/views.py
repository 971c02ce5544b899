"""Sign-ups opened with the organizer's key, as plain records (no database types)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
