"""Which letters to print, as LetterJobs for desktop/letters: now at the table, or in batches.

At the table the letters come from the values still in memory (the receipt); a batch
opens the stored sign-ups with the organizer's key. A letter is marked printed only
after its print job was accepted (or its PDF written, when asked to).
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.districts.dataset import Dataset
from desktop.letters.model import LetterJob, Recipient, Signer
from desktop.privacy.sealed_record import open_record
from desktop.signin.service import Receipt

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.privacy.sealing import Opener


def letter_code(action_id: str) -> str:
    """Eight letters and digits from the letter's id, `K7QX-M2PA`: short to type, unique enough."""
    raw = base64.b32encode(uuid.UUID(action_id).bytes[:5]).decode()
    return f"{raw[:4]}-{raw[4:8]}"


def recipient(dataset: Dataset, chamber: str, district: str | None) -> Recipient | None:
    """The seat's current member as a letter's recipient; None for a vacant or unknown seat."""
    seat = dataset.seats.get((chamber, district)) if district else None
    if seat is None or seat.member is None:
        return None
    member = seat.member
    last = member.family_name or member.name.split()[-1]
    return Recipient(
        member.id, member.name, last, chamber, seat.district, member.room, member.office
    )


def jobs_from_receipt(receipt: Receipt, dataset: Dataset, today: dt.date) -> list[LetterJob]:
    """The letters to print right after a sign-in, from the values still in memory."""
    form = receipt.form
    signer = Signer(
        form.first_name, form.last_name, form.street_address,
        receipt.result.town or form.place, form.place,
    )  # fmt: skip
    jobs = []
    for action_id, chamber in receipt.letters:
        seat = receipt.result.seats.get(chamber)
        to = recipient(dataset, chamber, seat.district if seat else None)
        if to is not None:
            jobs.append(LetterJob(letter_code(action_id), signer, to, today, form.note))
    return jobs


@dataclass(frozen=True)
class QueuedLetter:
    action_id: str
    job: LetterJob | None  # None: the seat is vacant now or has another member
    problem: str = ""
    printed: bool = False  # listed only when letters already printed are asked for


def queued_letters(
    session: Session,
    dataset: Dataset,
    event_id: str,
    opener: Opener,
    today: dt.date,
    include_printed: bool = False,
) -> list[QueuedLetter]:
    """Every letter of the event to print (not yet printed, unless `include_printed`)."""
    from sqlalchemy import select
    from sqlalchemy.orm import joinedload

    from desktop.store.models import Action, Signup

    states = ("ready", "done") if include_printed else ("ready",)
    statement = (
        select(Action)
        .join(Signup)
        .where(Signup.event_id == event_id, Action.kind == "letter", Action.state.in_(states))
        .options(joinedload(Action.signup))
        .order_by(Action.created_at)
    )
    letters = []
    for action in session.scalars(statement):
        signup = action.signup
        to = recipient(dataset, action.chamber, action.district)
        if to is None or to.member_id != action.member_id:
            problem = f"{action.chamber} {action.district}: the seat is vacant or has a new member"
            letters.append(QueuedLetter(action.id, None, problem))
            continue
        personal = open_record(opener, signup.personal_sealed)
        signer = Signer(
            personal.get("first_name", ""),
            personal.get("last_name", ""),
            personal.get("street_address", ""),
            signup.town or "",
            personal.get("place", ""),
        )
        note = personal.get("note", "")
        letters.append(
            QueuedLetter(
                action.id,
                LetterJob(letter_code(action.id), signer, to, today, note),
                printed=action.state == "done",
            )
        )
    return letters


def mark_printed(session: Session, action_ids: list[str]) -> int:
    """Mark letters printed, all in the caller's one transaction."""
    from sqlalchemy import update

    from desktop.store.models import Action, utcnow

    result = session.execute(
        update(Action)
        .where(Action.id.in_(action_ids), Action.kind == "letter")
        .values(state="done", done_at=utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)


def day_letters(
    session: Session,
    dataset: Dataset,
    event_id: str,
    opener: Opener,
    today: dt.date,
    include_printed: bool = False,
) -> list[QueuedLetter]:
    """Every letter of the event's day: its own and those of the day's other events of the
    same campaign (other laptops' tables, once synced), for one set by office."""
    from sqlalchemy import select

    from desktop.store.models import Event

    event = session.get(Event, event_id)
    if event is None:
        return []
    same_day = select(Event.id).where(
        Event.date == event.date, Event.campaign_id == event.campaign_id
    )
    return [
        letter
        for day_event in session.scalars(same_day.order_by(Event.created_at))
        for letter in queued_letters(session, dataset, day_event, opener, today, include_printed)
    ]
