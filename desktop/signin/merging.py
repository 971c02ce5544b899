"""Merging two sign-ups of one person, and splitting them back with nothing lost.

A merge writes down, sealed as it was stored, the sign-up as it was before and the
sign-in merged into it (`SignupSnapshot`), then combines them: what the later one says
wins, what it leaves empty is kept, a consent given either time stays given. A split
puts the earlier version back and makes the later one a sign-up of its own again (with
its id, if it had one), its printed letters and sent messages with it. The caller then
lets both sign-ups' letters and emails follow their districts (follow.py).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.privacy.sealed_record import layered
from desktop.store.models import (
    CONTENT_COLUMNS,
    Action,
    Merge,
    OutboxMessage,
    Signup,
    SignupSnapshot,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Given either time, still given (a record's layers keep the earlier email and phone).
CONSENTS = ("consent_email", "consent_letter", "consent_updates_email", "consent_updates_text",
            "has_email", "has_phone")  # fmt: skip
ROUTING = ("status", "town", "ward", "precinct", "house_district", "senate_district",
           "congress_district")  # fmt: skip
KEPT = ("source",)
_DONE_ACTIONS = ("done",)
_SENT_MESSAGES = ("sending", "sent")


class CannotSplit(LookupError):
    """The merge is gone, or a later merge of the same sign-up must be split first."""


def content_of(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in CONTENT_COLUMNS}


def combined(before: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """One sign-up from two of one person: the later's values, the earlier's where it is silent."""
    values = dict(before)
    for name in CONTENT_COLUMNS:
        if name in KEPT or name in ROUTING:
            continue
        if name in CONSENTS:
            values[name] = bool(before[name]) or bool(incoming[name])
        elif name == "personal_sealed":  # laid over the earlier, unopened: a kiosk is locked
            values[name] = layered(before[name], incoming[name])
        elif incoming[name] is not None:
            values[name] = incoming[name]
    # Where they vote: the later answer, unless it is undecided where the earlier was
    # decided for the same town (a split town, and the street given only the first time).
    keep_earlier = (
        incoming["status"] != "resolved"
        and before["status"] == "resolved"
        and incoming["town"] == before["town"]
    )
    if not keep_earlier:
        values.update({name: incoming[name] for name in ROUTING})
    return values


def _snapshot(
    merge: Merge, role: str, values: dict[str, Any], at: dt.datetime, original: str | None
) -> None:
    merge.snapshots.append(
        SignupSnapshot(role=role, signed_in_at=at, original_id=original, **values)
    )


def merge_incoming(
    session: Session,
    kept: Signup,
    incoming: dict[str, Any],
    reason: str,
    signed_in_at: dt.datetime | None = None,
) -> Merge:
    """Merge a sign-in not saved on its own (`incoming`: its content) into `kept`."""
    merge = Merge(event_id=kept.event_id, signup_id=kept.id, reason=reason, moved={})
    before = content_of(kept)
    _snapshot(merge, "before", before, kept.created_at, kept.id)
    _snapshot(merge, "incoming", incoming, signed_in_at or utcnow(), None)
    for name, value in combined(before, incoming).items():
        setattr(kept, name, value)
    session.add(merge)
    return merge


def merge_signups(session: Session, keep_id: str, absorb_id: str, reason: str) -> Merge:
    """Merge the sign-up `absorb_id` into `keep_id`; its history moves over, the rest goes."""
    from sqlalchemy import select

    kept, absorbed = session.get(Signup, keep_id), session.get(Signup, absorb_id)
    if kept is None or absorbed is None or kept.id == absorbed.id:
        raise LookupError("One of those sign-ups is gone.")
    merge = merge_incoming(session, kept, content_of(absorbed), reason, absorbed.created_at)
    merge.snapshots[-1].original_id = absorbed.id
    moved: dict[str, list[str]] = {"actions": [], "messages": []}
    for action in list(absorbed.actions):
        if action.state in _DONE_ACTIONS:
            absorbed.actions.remove(action)
            kept.actions.append(action)
            moved["actions"].append(action.id)
    messages = session.scalars(select(OutboxMessage).where(OutboxMessage.signup_id == absorbed.id))
    for message in messages:
        if message.state in _SENT_MESSAGES:
            message.signup_id = kept.id
            moved["messages"].append(message.id)
        else:
            session.delete(message)
    merge.moved = moved
    session.flush()
    session.delete(absorbed)
    return merge


def latest_merge(session: Session, signup_id: str) -> Merge | None:
    from sqlalchemy import select

    statement = (
        select(Merge)
        .where(Merge.signup_id == signup_id)
        .order_by(Merge.created_at.desc(), Merge.id.desc())
    )
    return session.scalars(statement).first()


def split(session: Session, merge_id: str) -> tuple[Signup, Signup]:
    """Undo a merge: (the sign-up as it was before, the sign-in merged into it, on its own)."""
    merge = session.get(Merge, merge_id)
    if merge is None:
        raise CannotSplit("That merge is gone.")
    latest = latest_merge(session, merge.signup_id)
    if latest is None or latest.id != merge.id:
        raise CannotSplit("A later merge of this sign-up must be split first.")
    kept = session.get(Signup, merge.signup_id)
    assert kept is not None
    snapshots = {s.role: s for s in merge.snapshots}
    before, incoming = snapshots["before"], snapshots["incoming"]
    for name, value in content_of(before).items():
        setattr(kept, name, value)
    restored = Signup(
        id=incoming.original_id or None,
        event_id=merge.event_id,
        created_at=incoming.signed_in_at,
        **content_of(incoming),
    )
    session.add(restored)
    session.flush()
    moved = merge.moved or {}
    for action_id in moved.get("actions", []):
        action = session.get(Action, action_id)
        if action is not None:
            kept.actions.remove(action)
            restored.actions.append(action)
    for message_id in moved.get("messages", []):
        message = session.get(OutboxMessage, message_id)
        if message is not None:
            message.signup_id = restored.id
    session.delete(merge)
    session.flush()
    return kept, restored
