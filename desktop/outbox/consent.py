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


def emails_legislators(signup: Signup) -> bool:
    return bool(signup.consent_email)


def gave_email(signup: Signup) -> bool:
    return bool(signup.has_email)


def consented(signup: Signup | None, kind: str) -> bool:
    """Whether the sign-up (None: deleted) still asks for a message of this kind.

    Each kind's rule is in kinds.py; a kind this version does not know is never sent.
    """
    from desktop.outbox.kinds import KINDS

    known = KINDS.get(kind)
    if known is None:
        return False
    if known.consent is None:
        return True
    return signup is not None and known.consent(signup)


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
