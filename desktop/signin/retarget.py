"""After the roster changes: letters and emails still waiting for a member who left office.

An update of the legislators' data can give a seat a new member, or leave it vacant.
A letter not yet printed, or an email not yet sent, to the former member goes to the
seat's new member instead (the district stays: it is where the signer votes); where
the seat is vacant now, or its new member has no email address for an email, it is
flagged for the volunteer to re-target or drop. Flagged ones are looked at again at
the next update, so a seat filled later picks them up. Printed letters and emails
already sent (or being sent) are history and stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.districts.dataset import Dataset, Member, district_of
from desktop.outbox.queue import LEGISLATOR_EMAIL
from desktop.store.models import Action, OutboxMessage, Signup
from desktop.store.sessions import SessionFactory

FLAGGED = "flagged"
OPEN_ACTIONS = ("ready", FLAGGED)
OPEN_MESSAGES = ("queued", FLAGGED)  # held ones have no member yet; sending ones are out


@dataclass
class RetargetReport:
    letters_retargeted: int = 0
    letters_flagged: int = 0
    emails_retargeted: int = 0
    emails_flagged: int = 0

    def lines(self) -> list[str]:
        if not any(vars(self).values()):
            return []
        return [
            f"Letters re-targeted to the new member: {self.letters_retargeted};"
            f" flagged (seat vacant): {self.letters_flagged}.",
            f"Emails re-targeted to the new member: {self.emails_retargeted};"
            f" flagged (seat vacant or no email): {self.emails_flagged}.",
        ]


def _district(signup: Signup, chamber: str) -> str | None:
    return district_of(signup, chamber)


def _holder(dataset: Dataset, chamber: str, district: str | None, email: bool) -> Member | str:
    """Who a letter (or an email) for this seat goes to now, or why nobody can."""
    seat = dataset.seats.get((chamber, district or ""))
    member = seat.member if seat is not None else None
    if member is None:
        return f"the {district} seat is vacant now: re-target or drop this"
    if email and not member.email:
        return f"{member.name} ({district}) has no email address: re-target or drop this"
    return member


def _retarget_messages(
    session: Session, dataset: Dataset, report: RetargetReport
) -> set[tuple[str, str]]:
    """Re-target or flag queued legislator emails; the sign-up and chamber of each still open."""
    statement = (
        select(OutboxMessage, Signup)
        .join(Signup)
        .where(OutboxMessage.kind == LEGISLATOR_EMAIL, OutboxMessage.state.in_(OPEN_MESSAGES))
    )
    still_open: set[tuple[str, str]] = set()
    for message, signup in session.execute(statement).all():
        chamber = message.chamber or ""
        still_open.add((signup.id, chamber))
        member = _holder(dataset, chamber, _district(signup, chamber), email=True)
        if isinstance(member, str):
            if message.state != FLAGGED:
                report.emails_flagged += 1
            message.state, message.last_error = FLAGGED, member
            continue
        if member.id == message.member_id and message.state != FLAGGED:
            continue  # untouched: a pending retry keeps its error and its time
        if member.id != message.member_id:
            report.emails_retargeted += 1
        message.member_id, message.state, message.last_error = member.id, "queued", None
    return still_open


def retarget(sessions: SessionFactory, dataset: Dataset) -> RetargetReport:
    """Point every waiting letter and email at its seat's current member, or flag it."""
    report = RetargetReport()
    with sessions.begin() as session:
        open_emails = _retarget_messages(session, dataset, report)
        actions = select(Action).where(
            Action.kind.in_(("letter", "email")),
            Action.state.in_(OPEN_ACTIONS),
            Action.district.is_not(None),
        )
        for action in session.scalars(actions):
            email = action.kind == "email"
            if email and (action.signup_id, action.chamber) not in open_emails:
                continue  # its email is sent, being sent, or not yet decided
            member = _holder(dataset, action.chamber, action.district, email)
            if isinstance(member, str):
                if not email and action.state != FLAGGED:
                    report.letters_flagged += 1
                action.state = FLAGGED
                continue
            if not email and member.id != action.member_id:
                report.letters_retargeted += 1
            action.member_id, action.member_name, action.state = member.id, member.name, "ready"
    return report


@dataclass(frozen=True)
class Flagged:
    letters: int
    emails: int

    def __bool__(self) -> bool:
        return bool(self.letters or self.emails)


def _event_signups(event_id: str | None) -> Any:
    statement = select(Signup.id)
    return statement.where(Signup.event_id == event_id) if event_id else statement


def count_flagged(sessions: SessionFactory, event_id: str | None = None) -> Flagged:
    """How many letters and legislator emails wait for the volunteer to re-target or drop."""
    from sqlalchemy import func

    signups = _event_signups(event_id)
    with sessions() as session:
        letters = session.scalar(
            select(func.count())
            .select_from(Action)
            .where(Action.kind == "letter", Action.state == FLAGGED, Action.signup_id.in_(signups))
        )
        emails = session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.state == FLAGGED, OutboxMessage.signup_id.in_(signups))
        )
    return Flagged(int(letters or 0), int(emails or 0))


def drop_flagged(sessions: SessionFactory, event_id: str | None = None) -> Flagged:
    """The volunteer's "drop": flagged letters are skipped and flagged emails removed."""
    signups = _event_signups(event_id)
    with sessions.begin() as session:
        actions = list(
            session.scalars(
                select(Action).where(Action.state == FLAGGED, Action.signup_id.in_(signups))
            )
        )
        for action in actions:
            action.state = "skipped"
        messages = list(
            session.scalars(
                select(OutboxMessage).where(
                    OutboxMessage.state == FLAGGED, OutboxMessage.signup_id.in_(signups)
                )
            )
        )
        for message in messages:
            session.delete(message)
    return Flagged(sum(a.kind == "letter" for a in actions), len(messages))
