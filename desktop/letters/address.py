"""Addresses as printed lines: the signer's (the return address) and the member's office."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from desktop.letters.model import Recipient, Signer
from desktop.letters.text import one_line
from desktop.names import written_name

STATE_HOUSE: Final = ("State House", "24 Beacon St.", "Boston, MA 02133")
_ZIP: Final = re.compile(r"^\d{5}(?:-?\d{4})?$")
_STATE_ZIP: Final = re.compile(r"^[A-Z]{2} \d{5}(?:-\d{4})?$")
_BUILDING_STREET: Final = re.compile(r"^([^,\d]*[^,\d\s])\s+(\d.*)$")  # "State House 24 Beacon St."
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(date: dt.date) -> str:
    """`May 4, 2025`: in English, whatever the machine's locale."""
    return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"


def display_name(signer: Signer) -> str:
    """The signer's name as printed: `Ana Lima`; a name written in Chinese, Japanese or
    Korean script, `王小明`, family name first and no space (the form asks for the given
    name as the first name and the family name as the last)."""
    return written_name(one_line(signer.first_name), one_line(signer.last_name))


def signer_town(signer: Signer) -> str:
    """The town for the letter's text: the one the lookup decided, else what they typed."""
    return one_line(signer.town) or one_line(signer.place)


def locality(signer: Signer) -> str:
    """The return address's last line: `Boston, MA 02124`, `Dorchester (Boston), MA`.

    What the signer typed is added to the town the lookup decided when it says more: a ZIP
    code, or a village or neighbourhood the town contains.
    """
    town, place = one_line(signer.town), one_line(signer.place)
    if _ZIP.match(place):
        return f"{town}, MA {place}" if town else f"MA {place}"
    if town and place and town.casefold() not in place.casefold():
        return f"{place} ({town}), MA"
    return f"{town or place}, MA" if town or place else "Massachusetts"


def return_address(signer: Signer) -> list[str]:
    """Name, street address, locality: so an office sees it is a constituent and can reply.

    Without a street address the office can neither check nor answer by mail, so the
    letter says plainly what it is: `Constituent of Dorchester (Boston), MA`.
    """
    name = display_name(signer)
    street = one_line(signer.street_address)
    if not street:
        return [name, f"Constituent of {locality(signer)}"]
    return [name, street, locality(signer)]


def office_lines(recipient: Recipient) -> list[str]:
    """The member's office: `Room 128, State House` / `24 Beacon St.` / `Boston, MA 02133`.

    From the dataset's one-line office address when there is one, else from the room.
    """
    if not recipient.office:
        room = f"Room {recipient.room}, " if recipient.room else ""
        return [room + STATE_HOUSE[0], *STATE_HOUSE[1:]]
    parts = [part.strip() for part in recipient.office.split(",") if part.strip()]
    if len(parts) >= 2 and _STATE_ZIP.match(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]
    lines: list[str] = []
    for part in parts:
        match = _BUILDING_STREET.match(part)
        lines += [match[1], match[2]] if match and not part.startswith("Room") else [part]
    if len(lines) >= 2 and lines[0].startswith("Room ") and lines[1] == STATE_HOUSE[0]:
        lines[:2] = [f"{lines[0]}, {lines[1]}"]
    return lines


def room_text(recipient: Recipient) -> str:
    """`Room 128`, or the first line of the office address when the room is not known."""
    if recipient.room:
        return f"Room {recipient.room}"
    return office_lines(recipient)[0]
