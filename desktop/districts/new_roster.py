"""The Legislature's members as roster records, joined to the dataset's members of today.

A member keeps the id the dataset already gives them (found by the Legislature's
MemberCode in their profile address), so an update tells a member who stayed from one
who replaced them, and re-targeting moves letters only where the person changed.
Someone new gets an id made from their MemberCode. Names as the Legislature writes
them; the given and family names kept from the dataset while they still fit the name
(the family name is what a letter's "Dear Representative ..." uses).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from desktop.districts import legislature, roster
from desktop.districts.changes import seat_order
from desktop.districts.dataset import Dataset, Member
from desktop.districts.errors import DatasetError
from desktop.districts.legislature import LegislatureError, LegislatureMember, NotPublished
from desktop.districts.names import district_key, fold
from desktop.districts.update_result import UpdateFailed
from desktop.downloads import host

PROFILE_URL = "https://malegislature.gov/Legislators/Profile/"
STATE_HOUSE = "State House 24 Beacon St., Boston, MA 02133"  # as the dataset writes offices
# More seats than this losing their member at once means a roster cut short, not elections.
MAX_NEW_VACANCIES = 10
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq"})
_PLAIN_ROOM = re.compile(r"^[A-Za-z0-9-]+$")


def _code_of(member: Member) -> str | None:
    url = member.url or ""
    return unquote(url.rsplit("/", 1)[-1]) if url.startswith(PROFILE_URL) else None


def _names(name: str, before: Member | None) -> tuple[str, str]:
    """(given name, family name): the dataset's while they fit, else from the full name."""
    words = fold(name).split()
    family = set(fold(before.family_name).split()) if before is not None else set()
    if before is not None and family and family <= set(words):
        return before.given_name, before.family_name
    parts = [p for p in name.replace(",", " ").split() if fold(p) not in _SUFFIXES]
    if len(parts) < 2:
        return "", name
    return parts[0], parts[-1]


def office(room: str | None) -> str:
    """The member's State House address; without a room, the building still delivers."""
    if not room:
        return STATE_HOUSE
    room_words = f"Room {room}" if _PLAIN_ROOM.match(room) else room
    return f"{room_words}, {STATE_HOUSE}"


def person(member: LegislatureMember, before: Member | None) -> roster.Person:
    given, family = _names(member.name, before)
    return roster.Person(
        source=f"member {member.code}",
        person_id=before.id if before is not None else f"malegislature.gov/{member.code}",
        name=member.name,
        given_name=given,
        family_name=family,
        party=member.party,
        email=member.email,
        phone=member.phone,
        office=office(member.room),
        room=member.room,
        url=f"{PROFILE_URL}{quote(member.code)}",
        roles=(roster.Role(member.chamber, member.district, None, None),),
    )


def _same_seat(member: LegislatureMember, old: Dataset) -> Member | None:
    """The dataset's member of the seat, when it is this person (their family name fits)."""
    key = (member.chamber, district_key(member.district))
    for (chamber, district), seat in old.seats.items():
        if (chamber, district_key(district)) == key and seat.member is not None:
            family = set(fold(seat.member.family_name or seat.member.name).split())
            return seat.member if family and family <= set(fold(member.name).split()) else None
    return None


def people(members: list[LegislatureMember], old: Dataset) -> list[roster.Person]:
    """The members as roster records, each keeping the dataset's id when they are in it.

    Found by MemberCode (in the profile address most members' `url` holds), else by
    email, else as the person already holding the same seat; never by name alone.
    """
    state = [s.member for s in old.seats.values() if s.member is not None]
    by_code = {code: m for m in state if (code := _code_of(m))}
    by_email = {m.email.casefold(): m for m in state if m.email}
    found = []
    for member in members:
        before = (
            by_code.get(member.code)
            or (by_email.get(member.email.casefold()) if member.email else None)
            or _same_seat(member, old)
        )
        found.append(person(member, before))
    return found


def digest(members: list[LegislatureMember]) -> str:
    """A SHA-256 of what was read, recorded with the dataset's sources."""
    text = json.dumps([asdict(m) for m in members], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def fetch(base: str, court: int, progress: legislature.Progress) -> list[LegislatureMember]:
    """The General Court's members, or UpdateFailed saying why in one sentence."""
    try:
        return legislature.fetch_members(base, court, progress)
    except NotPublished as exc:
        raise UpdateFailed(
            f"{exc} at {host(base)}; the current roster is kept until they are"
        ) from exc
    except LegislatureError as exc:
        raise UpdateFailed(f"the Legislature's member data could not be used ({exc})") from exc


def check_vacancies(old: Dataset, new_people: list[roster.Person]) -> None:
    """Refuse a roster that empties many seats at once: more likely cut short than true."""
    held = {(role.chamber, district_key(role.district)) for p in new_people for role in p.roles}
    emptied = [
        (chamber, district)
        for (chamber, district), seat in old.seats.items()
        if chamber in ("house", "senate") and seat.member is not None
        and (chamber, district_key(district)) not in held
    ]  # fmt: skip
    if len(emptied) > MAX_NEW_VACANCIES:
        raise UpdateFailed(
            f"the new roster leaves {len(emptied)} seats without the member they have now,"
            " which looks like an incomplete roster"
        )


def vacant_seats(dataset: Dataset) -> list[str]:
    """The State House and Senate seats nobody holds, by name."""
    return [
        district
        for chamber, district in sorted(dataset.seats, key=seat_order)
        if chamber in ("house", "senate") and dataset.seats[(chamber, district)].vacant
    ]


@dataclass(frozen=True)
class NewRoster:
    """What both updates start from: the dataset in use and the members read for it."""

    old: Dataset
    court: int
    members: list[LegislatureMember]
    people: list[roster.Person]  # the members, joined to the dataset's ids

    def source(self, base: str) -> tuple[str, str]:
        """(the member list's URL, a digest of what was read), for the dataset's sources."""
        return legislature.members_url(base, self.court), digest(self.members)


def read(
    current: Path, base: str, court: int | None, today: dt.date, progress: legislature.Progress
) -> NewRoster:
    """The dataset at `current` and the General Court's members (`court`, else today's one).

    UpdateFailed when the dataset cannot be read, the members cannot be, or they would
    empty many seats at once.
    """
    try:
        old = Dataset(current)
    except DatasetError as exc:
        raise UpdateFailed(f"the dataset in use cannot be read ({exc})") from exc
    court = court if court is not None else legislature.general_court(today)
    members = fetch(base, court, progress)
    found = people(members, old)
    check_vacancies(old, found)
    return NewRoster(old, court, members, found)
