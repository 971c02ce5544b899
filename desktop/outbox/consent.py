"""Consent is a fact checked when acting: every message is checked again just before it goes.

A sign-up's consents can change after its messages were queued (a correction, a merge, a
withdrawal); a message whose consent is gone, or whose sign-up is gone, becomes
`withdrawn` and is never sent, whatever state it waited in (queued, failed, sending).
"Retry failed" applies the same check. What each kind of message needs:

- an email to a legislator: "Email my legislators in my name";
- the signer's confirmation: an email address (it answers their own sign-in);
- a CRM record: "Email me updates" with an email, or "Text me updates" with a phone;
- an unsubscribe: nothing (it carries out a withdrawal).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.outbox.queue import CONFIRMATION, CRM_SIGNUP, CRM_UNSUBSCRIBE, LEGISLATOR_EMAIL

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.models import OutboxMessage, Signup
    from desktop.store.sessions import SessionFactory

WITHDRAWN = "withdrawn"


def wants_updates(signup: Signup) -> bool:
    return bool(
        (signup.consent_updates_email and signup.has_email)
        or (signup.consent_updates_text and signup.has_phone)
    )


def consented(signup: Signup | None, kind: str) -> bool:
    """Whether the sign-up (None: deleted) still asks for a message of this kind."""
    if kind == CRM_UNSUBSCRIBE:
        return True
    if signup is None:
        return False
    if kind == LEGISLATOR_EMAIL:
        return bool(signup.consent_email)
    if kind == CONFIRMATION:
        return bool(signup.has_email)
    if kind == CRM_SIGNUP:
        return wants_updates(signup)
    return False


def check(session: Session, message: OutboxMessage) -> bool:
    """True when the message may go; otherwise it is marked withdrawn (in this session)."""
    from desktop.store.models import Signup

    if consented(session.get(Signup, message.signup_id), message.kind):
        return True
    message.state, message.next_attempt_at = WITHDRAWN, None
    message.last_error = "consent withdrawn: not sent"
    message.error_sealed = None
    return False


def retry_failed(sessions: SessionFactory, ids: Sequence[str]) -> tuple[int, int]:
    """Put failed messages back in the queue: (re-queued, withdrawn for lack of consent)."""
    from sqlalchemy import select

    from desktop.store.models import OutboxMessage

    requeued = withdrawn = 0
    with sessions.begin() as session:
        statement = select(OutboxMessage).where(
            OutboxMessage.id.in_(list(ids)), OutboxMessage.state == "failed"
        )
        for message in session.scalars(statement):
            if not check(session, message):
                withdrawn += 1
                continue
            message.state, message.attempts, message.next_attempt_at = "queued", 0, None
            requeued += 1
    return requeued, withdrawn
