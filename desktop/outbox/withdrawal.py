"""Honouring "take me off your list": a withdrawal found by email or phone, carried to the CRM.

The sign-ups are found through the blind index (so the kiosk's key is not needed), in
every event. Their update consents are cleared, their CRM records not yet sent are
dropped, and where one was already sent, one unsubscribe is queued (email and SMS status
`unsubscribed`) for the next sync. The versions a merge kept are cleared too, so a split
cannot bring the consent back. Nothing personal is logged or returned: counts only.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.outbox.queue import CRM_SIGNUP, CRM_UNSUBSCRIBE, DEFAULT_DOMAIN

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from desktop.privacy.keys import KeyRecord
    from desktop.store.models import Signup
    from desktop.store.sessions import SessionFactory

_SENT = ("sent", "sending")


class NotAContact(ValueError):
    """What was given is neither an email address nor a phone number."""


@dataclass(frozen=True)
class Withdrawal:
    signups: int  # sign-ups found with that email or phone
    dropped: int  # CRM records not yet sent, dropped
    unsubscribes: int  # unsubscribes queued for records already sent

    def lines(self) -> list[str]:
        if not self.signups:
            return ["No sign-up has that email address or phone number."]
        return [
            f"Updates consent withdrawn for {self.signups} sign-up(s).",
            f"CRM records not yet sent, dropped: {self.dropped}.",
            f"Unsubscribes queued for records already sent: {self.unsubscribes}"
            + (" (they go at the next sync)." if self.unsubscribes else "."),
        ]


def _contact(contact: str) -> tuple[str | None, str | None]:
    """The email or the phone number, in the normal forms the digests are made of."""
    from desktop.signin.validation import normalize_email, normalize_phone

    email = phone = None
    text = contact.strip()
    with contextlib.suppress(ValueError):  # neither: said below
        if "@" in text:
            email = normalize_email(text)
        else:
            phone = normalize_phone(text)
    if email is None and phone is None:
        raise NotAContact("That is neither an email address nor a phone number.")
    return email, phone


def withdraw(
    sessions: SessionFactory, keys: KeyRecord, contact: str, domain: str = DEFAULT_DOMAIN
) -> Withdrawal:
    from sqlalchemy import or_, select

    from desktop.privacy.event_index import IndexKeyMissing, index_for
    from desktop.store.models import Event, Merge, Signup, SignupSnapshot

    email_value, phone_value = _contact(contact)
    found = dropped = queued = 0
    with sessions.begin() as session:
        # Each event's digests are its own (desktop/privacy/event_index.py): the contact is
        # digested once per event and looked for there.
        for event in session.scalars(select(Event)):
            try:
                index = index_for(event, keys)
            except IndexKeyMissing:
                continue  # another computer's event: its sign-ups cannot be found here
            email = index.email(email_value) if email_value else None
            phone = index.phone(phone_value) if phone_value else None
            # The versions merges kept: a split must not bring the consent back.
            kept = [SignupSnapshot.email_index == email] if email else []
            kept += [SignupSnapshot.phone_index == phone] if phone else []
            of_event = select(Merge.id).where(Merge.event_id == event.id)
            for snapshot in session.scalars(
                select(SignupSnapshot).where(SignupSnapshot.merge_id.in_(of_event), or_(*kept))
            ):
                snapshot.consent_updates_email = snapshot.consent_updates_text = False
            matches = [Signup.email_index == email] if email else []
            matches += [Signup.phone_index == phone] if phone else []
            found_here, dropped_here, queued_here = _withdraw_signups(
                session, select(Signup).where(Signup.event_id == event.id, or_(*matches)), domain
            )
            found, dropped, queued = (
                found + found_here,
                dropped + dropped_here,
                queued + queued_here,
            )
    return Withdrawal(found, dropped, queued)


def _withdraw_signups(
    session: Session, statement: Select[Signup], domain: str
) -> tuple[int, int, int]:
    """Clear the found sign-ups' update consents, drop their unsent CRM records, and queue
    an unsubscribe for a record the CRM has: (sign-ups, dropped, unsubscribes queued)."""
    from sqlalchemy import select

    from desktop.outbox.messages import make_message_id
    from desktop.store.models import OutboxMessage

    found = dropped = queued = 0
    for signup in session.scalars(statement):
        signup.consent_updates_email = signup.consent_updates_text = False
        found += 1
        messages = list(
            session.scalars(
                select(OutboxMessage).where(
                    OutboxMessage.signup_id == signup.id,
                    OutboxMessage.kind.in_((CRM_SIGNUP, CRM_UNSUBSCRIBE)),
                )
            )
        )
        subscribed = [m.updated_at for m in messages if m.kind == CRM_SIGNUP and m.state in _SENT]
        unsubscribed = [m.created_at for m in messages if m.kind == CRM_UNSUBSCRIBE]
        # One unsubscribe for what the CRM last got: none again for a record already
        # unsubscribed, unless the person subscribed again since.
        sent = bool(subscribed) and (not unsubscribed or max(subscribed) > max(unsubscribed))
        pending = False
        for message in messages:
            if message.kind == CRM_SIGNUP and message.state not in _SENT:
                session.delete(message)
                dropped += 1
        if sent and not pending:
            session.add(
                OutboxMessage(
                    event_id=signup.event_id, signup_id=signup.id, kind=CRM_UNSUBSCRIBE,
                    chamber=None, member_id=None, message_id=make_message_id(domain),
                    state="queued", attempts=0,
                )
            )  # fmt: skip
            queued += 1
    return found, dropped, queued
