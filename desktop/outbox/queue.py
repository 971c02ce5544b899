"""Queueing outbox messages in the sign-up's own transaction, and releasing held ones.

An email to a legislator is queued for each email action; one that waits for a split
town's district is `held` until the sign-up is resolved. A signer who gave an email gets
a confirmation; one who ticked "Keep me informed" gets a CRM record. Each message's
Message-ID is fixed here, once: a message sent again after a crash carries the same one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.models import Signup

DEFAULT_DOMAIN = "tabling.local"
LEGISLATOR_EMAIL, CONFIRMATION, CRM_SIGNUP = "legislator_email", "confirmation", "crm_signup"
CRM_UNSUBSCRIBE = "crm_unsubscribe"  # a withdrawal, carried to the CRM
FLAGGED = "flagged"
# Messages not yet handed to a server, which follow the sign-up as it changes.
FOLLOWING = ("held", "queued", FLAGGED)


def message_domain(sending_address: str) -> str:
    """The Message-ID's domain: the sending address's, when one is set."""
    from desktop.outbox.messages import is_domain

    domain = sending_address.rpartition("@")[2].strip().lower()
    return domain if "." in domain and is_domain(domain) else DEFAULT_DOMAIN


def queue_messages(session: Session, signup: Signup, domain: str = DEFAULT_DOMAIN) -> None:
    """Add what the sign-up now asks for and lacks; release held ones it can now send.

    Unsent messages it no longer asks for (a consent taken back in a correction) go;
    waiting legislator emails follow their actions (desktop/signin/follow.py).
    """
    from sqlalchemy import select

    from desktop.outbox.messages import make_message_id
    from desktop.store.models import OutboxMessage

    session.flush()  # the sign-up and its actions have ids
    existing = {
        (m.kind, m.chamber): m
        for m in session.scalars(select(OutboxMessage).where(OutboxMessage.signup_id == signup.id))
    }
    resolved = signup.status == "resolved"

    def add(kind: str, chamber: str | None, member_id: str | None, state: str) -> None:
        message = existing.get((kind, chamber))
        if message is None:
            if state != FLAGGED:
                session.add(
                    OutboxMessage(
                        event_id=signup.event_id, signup_id=signup.id, kind=kind,
                        chamber=chamber, member_id=member_id, message_id=make_message_id(domain),
                        state=state, attempts=0,
                    )
                )  # fmt: skip
            return
        # A failed message is tried again only for someone else (a new member, a new
        # district); one waiting follows its action: released, held, or flagged.
        retry_failed = message.state == "failed" and member_id != message.member_id
        follows = message.state in FOLLOWING or retry_failed
        if follows and (message.state, message.member_id) != (state, member_id):
            message.state, message.member_id = state, member_id
            message.last_error = message.error_sealed = message.next_attempt_at = None

    wanted: set[tuple[str, str | None]] = set()
    for action in signup.actions:
        if action.kind == "email":
            state = {"ready": "queued", "flagged": FLAGGED}.get(action.state, "held")
            add(LEGISLATOR_EMAIL, action.chamber, action.member_id, state)
            wanted.add((LEGISLATOR_EMAIL, action.chamber))
    from desktop.outbox.kinds import KINDS

    for kind in KINDS.values():  # the confirmation, the CRM record, and those to come
        if kind.queued == "per_signup" and kind.consent is not None and kind.consent(signup):
            add(kind.name, None, None, "held" if kind.waits_for_districts and not resolved
                else "queued")  # fmt: skip
            wanted.add((kind.name, None))
    for key, message in existing.items():
        known = KINDS.get(key[0])
        if known is not None and known.queued == "on_withdrawal":
            continue  # a withdrawal's message goes whatever the sign-up says now
        if key not in wanted and (message.state in FOLLOWING or message.state == "failed"):
            session.delete(message)
