"""Which letters and emails a sign-up asks for, legislator by legislator.

A chamber the lookup has not decided yet (a split town) gets a `waiting` action
that is filled in when the sign-up is resolved; a vacant seat, or a member with no
email for an email, gets nothing, and the reason is kept to tell the volunteer.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from desktop.districts.dataset import STATE_CHAMBERS, Seat
from desktop.districts.result import LookupResult
from desktop.signin.form import SigninForm

READY = "ready"
WAITING = "waiting"


@dataclass(frozen=True)
class PlannedAction:
    kind: str  # letter | email
    chamber: str
    district: str | None
    member_id: str | None
    member_name: str | None
    state: str  # ready | waiting


@dataclass(frozen=True)
class SkippedAction:
    kind: str
    chamber: str
    district: str
    reason: str  # vacant | no_email


class Consents(Protocol):
    """A form as typed or a sign-up as stored: both say which actions were asked for."""

    @property
    def consent_letter(self) -> bool: ...

    @property
    def consent_email(self) -> bool: ...


def wanted_kinds(consents: Consents, offered: Collection[str]) -> list[str]:
    """The actions asked for that the campaign offers, letters first."""
    kinds = []
    if consents.consent_letter and "letter" in offered:
        kinds.append("letter")
    if consents.consent_email and "email" in offered:
        kinds.append("email")
    return kinds


def _plan_one(kind: str, chamber: str, seat: Seat | None) -> PlannedAction | SkippedAction:
    if seat is None:
        return PlannedAction(kind, chamber, None, None, None, WAITING)
    if seat.member is None:
        return SkippedAction(kind, chamber, seat.district, "vacant")
    if kind == "email" and not seat.member.email:
        return SkippedAction(kind, chamber, seat.district, "no_email")
    return PlannedAction(kind, chamber, seat.district, seat.member.id, seat.member.name, READY)


def plan_actions(
    form: SigninForm, result: LookupResult, offered: Collection[str]
) -> tuple[list[PlannedAction], list[SkippedAction]]:
    planned: list[PlannedAction] = []
    skipped: list[SkippedAction] = []
    for kind in wanted_kinds(form, offered):
        for chamber in STATE_CHAMBERS:
            outcome = _plan_one(kind, chamber, result.seats.get(chamber))
            if isinstance(outcome, PlannedAction):
                planned.append(outcome)
            else:
                skipped.append(outcome)
    return planned, skipped


def why_nothing(
    consent_letter: bool,
    consent_email: bool,
    districts: dict[str, str | None],
    seats: dict[tuple[str, str], Seat],
) -> list[SkippedAction]:
    """For the volunteer: each letter or email asked for that a sign-up does not get, and
    why (the window words them in the volunteer's language; nothing asked for is its own
    case, seen from the consents)."""
    reasons = []
    for kind, wanted in (("letter", consent_letter), ("email", consent_email)):
        for chamber in STATE_CHAMBERS:
            district = districts.get(chamber)
            seat = seats.get((chamber, district)) if wanted and district else None
            if seat is None:
                continue  # not asked for, or waiting for the district
            outcome = _plan_one(kind, chamber, seat)
            if isinstance(outcome, SkippedAction):
                reasons.append(outcome)
    return reasons
