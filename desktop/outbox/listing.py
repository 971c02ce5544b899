"""The outbox as the volunteer sees it: what waits, what was sent, what failed and why.

Nothing personal: a row names the kind of message, the legislator and the state.
A failed message can be put back in the queue ("retry").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.districts.dataset import Dataset
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
    recipients = {"confirmation": "the signer", "crm_signup": "Action Network"}
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
                recipients.get(m.kind) or members.get(m.member_id or "", "a former member"),
                m.state,
                m.attempts,
                m.last_error or "",
                m.sent_at,
            )
            for m in session.scalars(statement)
        ]


def retry(sessions: SessionFactory, ids: Sequence[str]) -> int:
    """Put failed messages back in the queue, to be tried at the next sync."""
    from sqlalchemy import update

    from desktop.store.models import OutboxMessage

    with sessions.begin() as session:
        result = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.state == "failed")
            .values(state="queued", attempts=0, next_attempt_at=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)
