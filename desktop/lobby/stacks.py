"""Recording the stacks of a batch printed by office, in the transaction that marks its
letters printed: after a crash either both are stored or neither.

A stack is one office's letters under one cover sheet, grouped as desktop/letters/batch.py
groups them (by member), with the code its cover sheet shows (lobby/codes.py). A stack
printed again keeps its row, and with it whether and when it was delivered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.campaigns import CHAMBERS
from desktop.letters.model import LetterJob
from desktop.lobby.codes import stack_code

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def record_stacks(
    session: Session,
    letters: Sequence[tuple[str, LetterJob]],
    event_id: str | None,
    day: dt.date,
    laptop: str | None,
) -> list[str]:
    """Store a stack (and which letters it holds) for each office among `letters`, pairs
    of (action id, letter); the codes, new or already stored. The caller commits."""
    from desktop.store.models import Stack, StackLetter

    offices: dict[str, list[tuple[str, LetterJob]]] = {}
    for action_id, job in letters:
        if job.recipient.chamber in CHAMBERS:  # as batch.py prints them: others have no letter
            offices.setdefault(job.recipient.member_id, []).append((action_id, job))
    codes = []
    for held in offices.values():
        code = stack_code(job.code for _, job in held)
        codes.append(code)
        if session.get(Stack, code) is not None:
            continue
        to = held[0][1].recipient
        session.add(
            Stack(
                code=code, event_id=event_id, day=day, chamber=to.chamber,
                district=to.district or None, member_id=to.member_id, member_name=to.name,
                room=to.room, letters=len(held), laptop=laptop,
            )
        )  # fmt: skip
        session.flush()  # the stack before the rows that point at it
        session.add_all(StackLetter(stack_code=code, action_id=action_id) for action_id, _ in held)
    return codes


def mark_printed_in_stacks(
    session: Session,
    letters: Sequence[tuple[str, LetterJob]],
    event_id: str | None,
    laptop: str,
    day: dt.date | None = None,
) -> int:
    """Mark a batch by office printed and record its stacks, in the caller's one
    transaction; how many letters were marked. A day's batch (`event_id` None) gives
    stacks of that `day`, across its events."""
    from desktop.signin.letter_jobs import mark_printed
    from desktop.store.models import Event

    event = session.get(Event, event_id) if event_id is not None else None
    day = day or (event.date if event is not None else dt.date.today())
    record_stacks(session, letters, event_id, day, laptop)
    return mark_printed(session, [action_id for action_id, _ in letters])
