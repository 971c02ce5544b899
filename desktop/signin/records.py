"""Sign-ups as stored: their districts and actions, and reading them back once unlocked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import LookupResult
from desktop.privacy.sealing import Opener
from desktop.signin.actions import READY, WAITING, PlannedAction
from desktop.store.models import Action, Signup


def apply_result(signup: Signup, result: LookupResult, ward: str, precinct: str) -> None:
    """Record where the signer votes; `pending` while a state chamber is undecided."""
    signup.status = "resolved" if result.status == "found" else "pending"
    signup.town = result.town
    signup.ward = ward or None
    signup.precinct = precinct or None
    signup.house_district = result.house.district if result.house else None
    signup.senate_district = result.senate.district if result.senate else None
    signup.congress_district = result.congress.district if result.congress else None


def merge_actions(signup: Signup, planned: Collection[PlannedAction]) -> None:
    """Add the planned actions the sign-up lacks; never a second letter or email to one seat."""
    existing = {(a.kind, a.chamber): a for a in signup.actions}
    for plan in planned:
        action = existing.get((plan.kind, plan.chamber))
        if action is None:
            signup.actions.append(
                Action(
                    kind=plan.kind,
                    chamber=plan.chamber,
                    district=plan.district,
                    member_id=plan.member_id,
                    member_name=plan.member_name,
                    state=plan.state,
                )
            )
        elif action.state == WAITING and plan.state == READY:
            action.district, action.member_id = plan.district, plan.member_id
            action.member_name, action.state = plan.member_name, READY


def resolve_waiting_actions(signup: Signup, result: LookupResult) -> None:
    """Fill waiting actions from a decided result; drop those whose seat is vacant."""
    for action in list(signup.actions):
        seat = result.seats.get(action.chamber)
        if action.state != WAITING or seat is None:
            continue
        member = seat.member
        if member is None or (action.kind == "email" and not member.email):
            signup.actions.remove(action)
            continue
        action.district, action.member_id, action.member_name = (
            seat.district,
            member.id,
            member.name,
        )
        action.state = READY


def resolve_pending(
    session: Session, dataset: Dataset, signup_id: str, ward: str, precinct: str
) -> Signup:
    """Decide a pending sign-up's districts by ward and precinct (raises LookupInputError)."""
    signup = session.get(Signup, signup_id)
    if signup is None or signup.town is None:
        raise LookupError("That sign-up is gone, or has no town to decide within.")
    result = lookup(dataset, LookupQuery(town=signup.town, ward=ward, precinct=precinct))
    apply_result(signup, result, ward, precinct)
    resolve_waiting_actions(signup, result)
    return signup


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
    email: str
    phone: str
    consent_email: bool
    consent_letter: bool
    consent_updates: bool
    town: str | None
    ward: str | None
    precinct: str | None
    house_district: str | None
    senate_district: str | None
    congress_district: str | None
    actions: tuple[ActionView, ...]


def open_signup(signup: Signup, opener: Opener) -> SignupRecord:
    return SignupRecord(
        id=signup.id,
        created_at=signup.created_at,
        status=signup.status,
        source=signup.source,
        language=signup.language,
        first_name=opener.open(signup.first_name_sealed),
        last_name=opener.open(signup.last_name_sealed),
        street_address=opener.open(signup.street_address_sealed) or "",
        place=opener.open(signup.place_sealed) or "",
        email=opener.open(signup.email_sealed) or "",
        phone=opener.open(signup.phone_sealed) or "",
        consent_email=signup.consent_email,
        consent_letter=signup.consent_letter,
        consent_updates=signup.consent_updates,
        town=signup.town,
        ward=signup.ward,
        precinct=signup.precinct,
        house_district=signup.house_district,
        senate_district=signup.senate_district,
        congress_district=signup.congress_district,
        actions=tuple(
            ActionView(a.kind, a.chamber, a.district, a.member_name, a.state)
            for a in signup.actions
        ),
    )


def read_signups(session: Session, event_id: str, opener: Opener) -> list[SignupRecord]:
    statement = (
        select(Signup)
        .where(Signup.event_id == event_id)
        .options(selectinload(Signup.actions))
        .order_by(Signup.created_at)
    )
    return [open_signup(signup, opener) for signup in session.scalars(statement)]


def delete_signup(session: Session, signup_id: str) -> bool:
    signup = session.get(Signup, signup_id)
    if signup is None:
        return False
    session.delete(signup)
    return True
