"""What a letter is made of: plain values, filled in by the caller from memory or storage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Recipient:
    """A legislator's office, from the district dataset."""

    member_id: str
    name: str  # "Liz Miranda"
    last_name: str  # "Miranda": for the salutation
    chamber: str  # house | senate
    district: str  # "5th Suffolk", "Second Suffolk"
    room: str | None  # "Room 128" is printed from this: "128"
    office: str | None  # "Room 128, State House 24 Beacon St., Boston, MA 02133"


@dataclass(frozen=True)
class Signer:
    first_name: str
    last_name: str
    street_address: str  # may be empty
    town: str  # the town the lookup decided ("Boston"), for the letter and the cover sheet
    place: str  # what they typed ("Dorchester", "02124"): printed when it adds to the town

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class LetterJob:
    """One letter: one signer to one legislator."""

    code: str  # short letter code printed in the footer and its QR code ("K7QX-M2PA")
    signer: Signer
    recipient: Recipient
    date: dt.date
    note: str = ""  # the signer's personal note, up to NOTE_LIMIT characters


NOTE_LIMIT = 600
