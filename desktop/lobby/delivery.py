"""The delivery run: the event's stacks in walking order, and marking one delivered by
its code (scanned from the cover sheet or typed), with an undo for a wrong scan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desktop.lobby.codes import read_code
from desktop.lobby.rooms import room_key

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session

    from desktop.store.models import Stack


@dataclass(frozen=True)
class StackView:
    code: str
    member_name: str
    chamber: str
    district: str
    room: str
    letters: int
    delivered_at: dt.datetime | None  # UTC, as stored
    delivered_by: str

    @property
    def delivered(self) -> bool:
        return self.delivered_at is not None


Outcome = Literal["delivered", "already", "unknown", "letter", "unreadable"]


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    code: str  # as printed; what was typed when unreadable
    stack: StackView | None = None  # for "delivered" and "already"


def _view(stack: Stack) -> StackView:
    return StackView(
        stack.code, stack.member_name, stack.chamber, stack.district or "", stack.room or "",
        stack.letters, stack.delivered_at, stack.delivered_by or "",
    )  # fmt: skip


def walking_order(views: list[StackView]) -> list[StackView]:
    """By room (lobby/rooms.py), then member, then code: the order of the route sheet."""
    return sorted(views, key=lambda v: (room_key(v.room), v.member_name.casefold(), v.code))


def event_stacks(session: Session, event_id: str) -> list[StackView]:
    """Every stack printed for the event, delivered or not, in walking order."""
    from desktop.store.models import Stack

    return _stacks(session, Stack.event_id == event_id)


def day_stacks(session: Session, day: dt.date) -> list[StackView]:
    """Every stack printed for a lobby day, whatever its event (with a hub, whichever
    laptop printed it), in walking order."""
    from desktop.store.models import Stack

    return _stacks(session, Stack.day == day)


def _stacks(session: Session, where: ColumnElement[bool]) -> list[StackView]:
    from sqlalchemy import select

    from desktop.store.models import Stack

    return walking_order([_view(stack) for stack in session.scalars(select(Stack).where(where))])


def deliver(session: Session, typed: str, by: str, now: dt.datetime | None = None) -> Delivery:
    """Mark the stack whose code was typed delivered, once: a second scan changes nothing
    and says when and by whom. Any event's stack: what is carried in was delivered. The
    caller commits."""
    from desktop.store.models import Stack, utcnow

    scanned = read_code(typed)
    if scanned.kind != "stack":
        return Delivery(scanned.kind, scanned.code)
    stack = session.get(Stack, scanned.code)
    if stack is None:
        return Delivery("unknown", scanned.code)
    if stack.delivered_at is not None:
        return Delivery("already", scanned.code, _view(stack))
    stack.delivered_at, stack.delivered_by = now or utcnow(), by
    session.flush()
    return Delivery("delivered", scanned.code, _view(stack))


def undo_delivery(session: Session, code: str) -> StackView | None:
    """The stack back to not delivered (a wrong scan); None if no such stack was delivered."""
    from desktop.store.models import Stack

    stack = session.get(Stack, read_code(code).code)
    if stack is None or stack.delivered_at is None:
        return None
    stack.delivered_at, stack.delivered_by = None, None
    session.flush()
    return _view(stack)
