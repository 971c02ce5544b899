"""Sign-ups as stored: their districts and actions, finding a repeat signer, reading back.

The database side of desktop/signin: everything here works on SQLAlchemy sessions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import LookupResult
from desktop.outbox.queue import queue_messages
from desktop.privacy.sealed_record import open_record
from desktop.privacy.sealing import Opener
from desktop.signin.actions import READY, WAITING, PlannedAction
from desktop.signin.fields import FIELDS, declared
from desktop.signin.views import ActionView, SignupRecord
from desktop.store.models import SIGNUP_ORDER, Action, Signup, SignupSnapshot


def routing(result: LookupResult, ward: str, precinct: str) -> dict[str, str | None]:
    """Where the signer votes, as stored; `pending` while a state chamber is undecided."""
    return {
        "status": "resolved" if result.status == "found" else "pending",
        "town": result.town,
        "ward": ward or None,
        "precinct": precinct or None,
        "house_district": result.house.district if result.house else None,
        "senate_district": result.senate.district if result.senate else None,
        "congress_district": result.congress.district if result.congress else None,
    }


def apply_result(signup: Signup, result: LookupResult, ward: str, precinct: str) -> None:
    """Record where the signer votes; `pending` while a state chamber is undecided."""
    for name, value in routing(result, ward, precinct).items():
        setattr(signup, name, value)


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


def settle(
    session: Session, signup: Signup, result: LookupResult, ward: str = "", precinct: str = ""
) -> None:
    """Record a later answer for a sign-up: its waiting letters and held emails follow."""
    apply_result(signup, result, ward, precinct)
    resolve_waiting_actions(signup, result)
    queue_messages(session, signup)  # held emails go, now that their districts are known


def resolve_pending(
    session: Session, dataset: Dataset, signup_id: str, ward: str, precinct: str
) -> Signup:
    """Decide a pending sign-up's districts by ward and precinct (raises LookupInputError)."""
    signup = session.get(Signup, signup_id)
    if signup is None or signup.town is None:
        raise LookupError("That sign-up is gone, or has no town to decide within.")
    result = lookup(dataset, LookupQuery(town=signup.town, ward=ward, precinct=precinct))
    settle(session, signup, result, ward, precinct)
    return signup


def resolve_by_address(session: Session, signup_id: str, result: LookupResult) -> Signup | None:
    """Record a street address's answer for a sign-up still pending; None when it is not.

    A sign-up resolved meanwhile (by a volunteer's ward and precinct) keeps that answer.
    """
    signup = session.get(Signup, signup_id)
    if signup is None or signup.status != "pending" or result.status != "found":
        return None
    settle(session, signup, result)
    return signup


def ready_letters(signup: Signup) -> tuple[tuple[str, str], ...]:
    """The sign-up's letters ready to print: (action id, chamber)."""
    return tuple(
        (a.id, a.chamber) for a in signup.actions if a.kind == "letter" and a.state == READY
    )


def open_signup(
    record: Signup | SignupSnapshot, opener: Opener, signup_id: str = ""
) -> SignupRecord:
    """A sign-up (or a version of one kept by a merge) opened with the organizer's key."""
    signup = record
    actions = record.actions if isinstance(record, Signup) else []
    personal = open_record(opener, signup.personal_sealed)
    own = {name: personal.pop(name, "") for name in _OWN_FIELDS}  # the rest: `extra`
    return SignupRecord(
        id=signup_id or record.id,
        created_at=record.created_at if isinstance(record, Signup) else record.signed_in_at,
        status=signup.status,
        source=signup.source,
        language=signup.language,
        **own,
        consent_email=signup.consent_email,
        consent_letter=signup.consent_letter,
        consent_updates_email=signup.consent_updates_email,
        consent_updates_text=signup.consent_updates_text,
        town=signup.town,
        ward=signup.ward,
        precinct=signup.precinct,
        house_district=signup.house_district,
        senate_district=signup.senate_district,
        congress_district=signup.congress_district,
        actions=tuple(
            ActionView(a.kind, a.chamber, a.district, a.member_name, a.state) for a in actions
        ),
        # Declared fields without an attribute, and those of a newer version, in order.
        extra=tuple(sorted(personal.items(), key=lambda item: _order(item[0]))),
    )


# The declared fields SignupRecord has an attribute for.
_OWN_FIELDS = tuple(
    f.name for f in dataclasses.fields(SignupRecord) if f.name in {d.name for d in FIELDS}
)


def _order(name: str) -> tuple[int, str]:
    names = [f.name for f in declared()]
    return (names.index(name), "") if name in names else (len(names), name)


def read_signups(session: Session, event_id: str, opener: Opener) -> list[SignupRecord]:
    statement = (
        select(Signup)
        .where(Signup.event_id == event_id)
        .options(selectinload(Signup.actions))
        .order_by(*SIGNUP_ORDER)
    )
    return [open_signup(signup, opener) for signup in session.scalars(statement)]


def delete_signup(session: Session, signup_id: str) -> bool:
    signup = session.get(Signup, signup_id)
    if signup is None:
        return False
    session.delete(signup)
    return True
