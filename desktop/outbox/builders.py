"""What each kind of outbox message is built from, at sending time, from the sealed sign-up.

A builder gets a `Building` (the message, its sign-up opened, its event, and what the
run carries: the dataset, the campaigns, the sender, the CRM tags) and returns what its
channel's transport sends: an EmailMessage for the mail server, a (person, tags) pair
for the CRM. A hold, where a kind has one, says why a message must wait instead (the
legislator it was written to has left the seat). kinds.py names each kind's builder and
hold, so the runner never asks which kind it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from desktop.districts.dataset import Dataset, district_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.campaigns import Campaign
    from desktop.outbox.content import Opened
    from desktop.outbox.messages import Sender
    from desktop.store.models import Event, OutboxMessage, Signup


@dataclass(frozen=True)
class Building:
    session: Session
    message: OutboxMessage
    signup: Signup
    event: Event
    signer: Opened  # the sign-up opened with the organizer's key, in memory only
    dataset: Dataset
    campaign_for: Callable[[str], Campaign]
    sender: Sender | None  # None when the run has no mail server
    crm_tags: tuple[str, ...]
    now: dt.datetime

    @property
    def campaign(self) -> Campaign:
        return self.campaign_for(self.event.campaign_id)

    def require_sender(self) -> Sender:
        assert self.sender is not None, "an email kind is only due when a sender is set"
        return self.sender


class Builder(Protocol):
    def __call__(self, building: Building, /) -> Any: ...


class Hold(Protocol):
    def __call__(self, session: Session, message: OutboxMessage, dataset: Dataset) -> str: ...


def legislator_email(b: Building) -> Any:
    from desktop.outbox.content import legislator_message

    return legislator_message(
        b.message, b.signer, b.signup, b.dataset, b.campaign, b.require_sender(), b.now
    )


def confirmation(b: Building) -> Any:
    """The signer's own copy, naming the legislators emailed in their name."""
    from sqlalchemy import select

    from desktop.outbox.content import confirmation_message
    from desktop.outbox.queue import LEGISLATOR_EMAIL
    from desktop.store.models import OutboxMessage

    emailed = set(
        b.session.scalars(
            select(OutboxMessage.member_id).where(
                OutboxMessage.signup_id == b.signup.id,
                OutboxMessage.kind == LEGISLATOR_EMAIL,
                OutboxMessage.state.in_(("queued", "sending", "sent")),
            )
        )
    )
    names = [
        seat.member.name
        for seat in b.dataset.seats.values()
        if seat.member is not None and seat.member.id in emailed
    ]
    return confirmation_message(
        b.message, b.signer, b.signup, b.dataset, b.campaign, b.require_sender(), names, b.now
    )


def signer_email(b: Building) -> Any:
    """An email of the message's kind to the signer, its text from the campaign's `messages`
    section (a kind of its own needs only that text and a line in kinds.py)."""
    from desktop.campaigns.errors import RenderError
    from desktop.outbox.content import NotSendable
    from desktop.outbox.messages import signer_email_message

    if not b.signer.email:
        raise NotSendable("the signer gave no email address")
    try:
        rendered = b.campaign.message_for(
            b.message.kind, b.signer.language, signer_name=b.signer.full_name,
            signer_first_name=b.signer.first_name,
        )  # fmt: skip
    except RenderError as exc:
        raise NotSendable(str(exc)) from None
    return signer_email_message(
        rendered, b.signer.full_name, b.signer.email, b.require_sender(),
        b.message.message_id or "", b.now,
    )  # fmt: skip


def crm_record(b: Building) -> Any:
    """The person for the coalition's list, tagged with the event (and the settings' tags)."""
    from desktop.outbox.content import crm_person

    return crm_person(b.signer, b.signup), (b.event.name, *b.crm_tags)


def crm_unsubscribe(b: Building) -> Any:
    """The person, unsubscribed: consent taken back after their record was sent."""
    from desktop.outbox.content import crm_person

    return crm_person(b.signer, b.signup, withdrawal=True), ()


def member_left(session: Session, message: OutboxMessage, dataset: Dataset) -> str:
    """Why an email's member no longer holds its seat in the dataset; '' while they do."""
    from desktop.store.models import Signup

    signup = session.get(Signup, message.signup_id)
    chamber = message.chamber or ""
    district = district_of(signup, chamber)
    seat = dataset.seats.get((chamber, district or ""))
    if seat is not None and seat.member is not None and seat.member.id == message.member_id:
        return ""
    now = "vacant now" if seat is None or seat.member is None else "held by someone else now"
    return f"the {district} seat is {now}: re-target or drop this email"
