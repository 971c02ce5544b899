"""The outbox as the volunteer sees it: what waits, what was sent, what failed and why.

Nothing personal: a row names the kind of message, the legislator and the state.
A failed message can be put back in the queue ("retry").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.districts.dataset import Dataset
from desktop.outbox.kinds import KINDS
from desktop.store.sessions import SessionFactory


@dataclass(frozen=True)
class OutboxRow:
    id: str
    kind: str
    recipient: str  # the legislator, or "the signer", or "Action Network"
    state: str
    attempts: int
    last_error: str
    sent_at: dt.datetime | None


def outbox_rows(sessions: SessionFactory, dataset: Dataset, event_id: str) -> list[OutboxRow]:
    from sqlalchemy import select

    from desktop.store.models import OutboxMessage

    members = {s.member.id: s.member.name for s in dataset.seats.values() if s.member}
    with sessions() as session:
        statement = (
            select(OutboxMessage)
            .where(OutboxMessage.event_id == event_id)
            .order_by(OutboxMessage.created_at, OutboxMessage.id)
        )
        return [
            OutboxRow(
                m.id,
                m.kind,
                _recipient(m.kind, m.member_id, members, m.state, m.chamber),
                m.state,
                m.attempts,
                m.last_error or "",
                m.sent_at,
            )
            for m in session.scalars(statement)
        ]


# What each state means, in words a volunteer uses ("held" and "queued" are ours).
STATE_WORDS = {
    "held": "waiting for the district",
    "queued": "to send",
    "sending": "sending",
    "sent": "sent",
    "failed": "failed",
    "flagged": "member left: re-target or drop",
    "withdrawn": "not sent: consent withdrawn",
}
_TITLES = {"house": "State Representative", "senate": "State Senator"}


def state_words(state: str) -> str:
    return STATE_WORDS.get(state, state)


def _recipient(
    kind: str, member_id: str | None, members: dict[str, str], state: str, chamber: str | None
) -> str:
    known = KINDS.get(kind)
    if known is not None and known.recipient:
        return known.recipient
    if member_id is None and state == "held":  # a split town's district not decided yet
        title = _TITLES.get(chamber or "", "legislator")
        return f"the signer's {title}, once the district is decided"
    return members.get(member_id or "", "a former member")


def retry(sessions: SessionFactory, ids: Sequence[str]) -> int:
    """Put failed messages back in the queue, those whose consent still holds (consent.py)."""
    from desktop.outbox.consent import retry_failed

    return retry_failed(sessions, ids)[0]
