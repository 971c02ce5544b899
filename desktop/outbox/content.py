"""What each outbox message says, built at sending time from the sealed sign-up.

Needs the organizer's key (the sign-up is opened) and the current dataset (the member's
address). A legislator who left office since the message was queued gets nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from desktop.campaigns import Campaign
from desktop.districts.dataset import Dataset, Seat, district_of
from desktop.districts.titles import seat_title
from desktop.names import written_name
from desktop.privacy.sealed_record import open_record

if TYPE_CHECKING:
    from desktop.outbox.crm_person import CrmPerson
    from desktop.outbox.messages import Sender
    from desktop.privacy.sealing import Opener
    from desktop.store.models import OutboxMessage, Signup


class NotSendable(ValueError):
    """The message cannot be built (the seat changed hands, no address): a permanent failure."""


@dataclass(frozen=True)
class Opened:
    first_name: str
    last_name: str
    email: str
    phone: str
    place: str
    town: str
    note: str
    language: str

    @property
    def full_name(self) -> str:
        """As the letter writes it (names.py): `Ana Lima`, `王小明`."""
        return written_name(self.first_name, self.last_name)


def open_signup(signup: Signup, opener: Opener) -> Opened:
    personal = open_record(opener, signup.personal_sealed)
    return Opened(
        first_name=personal.get("first_name", ""),
        last_name=personal.get("last_name", ""),
        email=personal.get("email", ""),
        phone=personal.get("phone", ""),
        place=personal.get("place", ""),
        town=signup.town or "",
        note=personal.get("note", ""),
        language=signup.language,
    )


def _seat(dataset: Dataset, signup: Signup, chamber: str) -> Seat | None:
    district = district_of(signup, chamber)
    return dataset.seats.get((chamber, district)) if district else None


def legislator_message(
    message: OutboxMessage, signer: Opened, signup: Signup, dataset: Dataset,
    campaign: Campaign, sender: Sender, now: dt.datetime,
) -> EmailMessage:  # fmt: skip
    from desktop.outbox.messages import legislator_email

    chamber = message.chamber or ""
    seat = _seat(dataset, signup, chamber)
    member = seat.member if seat else None
    if seat is None or member is None or member.id != message.member_id:
        raise NotSendable(f"{chamber} seat: the member it was written to is no longer in office")
    if not member.email:
        raise NotSendable(f"{member.name} has no email address in the dataset")
    return legislator_email(
        campaign, chamber, signer_name=signer.full_name, signer_first_name=signer.first_name,
        signer_email=signer.email or None, signer_town=signer.town or signer.place,
        note=signer.note, member_name=member.name,
        member_last_name=member.family_name or member.name.split()[-1],
        member_email=member.email, district=seat.district, sender=sender,
        message_id=message.message_id or "", date=now,
    )  # fmt: skip


def confirmation_message(
    message: OutboxMessage, signer: Opened, signup: Signup, dataset: Dataset,
    campaign: Campaign, sender: Sender, sent_to: list[str], now: dt.datetime,
) -> EmailMessage:  # fmt: skip
    from desktop.outbox.messages import confirmation_email

    if not signer.email:
        raise NotSendable("the signer gave no email address")
    titles = {c: seat_title(c, signer.language) for c in ("house", "senate")}
    legislators = [
        (titles[chamber], seat.member.name, seat.member.phone or "")
        for chamber in titles
        if (seat := _seat(dataset, signup, chamber)) is not None and seat.member is not None
    ]
    return confirmation_email(
        campaign, signer.language, signer_name=signer.full_name,
        signer_first_name=signer.first_name, signer_email=signer.email,
        signer_town=signer.town or signer.place, legislators=legislators, sent_to=sent_to,
        sender=sender, message_id=message.message_id or "", date=now,
    )  # fmt: skip


def crm_person(signer: Opened, signup: Signup, withdrawal: bool = False) -> CrmPerson:
    """What the CRM gets: the email only with its consent, the phone only with its own.

    A withdrawal (`withdrawal`) sends what is known, both marked unsubscribed.
    """
    from desktop.outbox.crm_person import SUBSCRIBED, UNSUBSCRIBED, CrmPerson

    typed_zip = signer.place if signer.place[:5].isdigit() else None
    email_ok = withdrawal or bool(signup.consent_updates_email)
    text_ok = withdrawal or bool(signup.consent_updates_text)
    status = UNSUBSCRIBED if withdrawal else SUBSCRIBED
    return CrmPerson(
        given_name=signer.first_name, family_name=signer.last_name,
        email=(signer.email or None) if email_ok else None,
        phone=(signer.phone or None) if text_ok else None,
        postal_code=typed_zip, locality=signer.town or None, language=signer.language,
        email_status=status, sms_status=status,
    )  # fmt: skip
