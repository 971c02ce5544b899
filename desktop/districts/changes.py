"""What an update changes, in words a volunteer reads: seat by seat, then contacts and maps.

`1st Franklin: vacant → Jane Smith (D)`, `Second Suffolk: John Doe (D) → Mary Roe (D)`,
`7th Hampden, Aaron Saunders: room 34 → 236`. Also the cross-check with the member
names the MassGIS map files carry, which date from 2021: shown as information only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.districts.dataset import Dataset, Member
from desktop.districts.names import district_key, fold
from desktop.districts.sources import SourceDistrict

CHAMBER_ORDER = ("house", "senate", "congress", "us_senate")
PARTY_LETTERS = {
    "Democratic": "D",
    "Republican": "R",
    "Independent": "I",
    "Unenrolled": "U",
    "Libertarian": "L",
    "Green-Rainbow": "G",
}
# A member's details worth telling a volunteer about (the room and office: see below).
CONTACT_FIELDS = ("name", "party", "email", "phone")
SHOWN = 5  # at most so many districts named in one line
_VACANT_WORDS = frozenset({"open", "vacant", ""})


def who(member: Member | None) -> str:
    if member is None:
        return "vacant"
    letter = PARTY_LETTERS.get(member.party, member.party[:1])
    return f"{member.name} ({letter})" if letter else member.name


def seat_label(chamber: str, district: str) -> str:
    """House and Senate names never collide (`1st Franklin`, `First Franklin`...): the name."""
    if chamber == "congress":
        return f"U.S. House district {district}"
    if chamber == "us_senate":
        return "U.S. Senate"
    return district


@dataclass
class Changes:
    seats: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    maps: list[str] = field(default_factory=list)
    changed_seats: set[tuple[str, str]] = field(default_factory=set)

    @property
    def none(self) -> bool:
        return not (self.seats or self.contacts or self.maps)


def seat_order(key: tuple[str, str]) -> tuple[int, str, int]:
    """Chambers in a fixed order; districts by county, then number: 1st, 2nd ... 10th Bristol."""
    chamber, district = key
    rank = CHAMBER_ORDER.index(chamber) if chamber in CHAMBER_ORDER else len(CHAMBER_ORDER)
    number, _, rest = district_key(district).partition(" ")
    if number.isdigit():
        return rank, rest, int(number)
    return rank, district_key(district), 0


def _differ(name: str, old: str | None, new: str | None) -> bool:
    """Whether a detail changed; an email's case is not a change (mail is delivered alike)."""
    if name == "email":
        return (old or "").casefold() != (new or "").casefold()
    return old != new


def _contact_changes(old: Member, new: Member) -> list[str]:
    changes = [
        f"{name} {getattr(old, name) or 'none'} → {getattr(new, name) or 'none'}"
        for name in CONTACT_FIELDS
        if _differ(name, getattr(old, name), getattr(new, name))
    ]
    # The room is what a letter needs; the whole address only when the room did not change.
    if old.room != new.room:
        changes.append(f"room {old.room or 'none'} → {new.room or 'none'}")
    elif old.office != new.office:
        changes.append(f"office {old.office or 'none'} → {new.office or 'none'}")
    return changes


def _geometries(path: Path) -> dict[tuple[str, str], bytes]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT chamber, name, geometry FROM districts")
        return {(chamber, name): bytes(wkb) for chamber, name, wkb in rows}
    finally:
        connection.close()


def _map_changes(old: Dataset, new: Dataset) -> list[str]:
    before, after = _geometries(old.path), _geometries(new.path)
    moved = sorted(
        (k for k in before.keys() & after.keys() if before[k] != after[k]), key=seat_order
    )
    if not moved:
        return []
    names = ", ".join(seat_label(*key) for key in moved[:SHOWN])
    more = f" and {len(moved) - SHOWN} more" if len(moved) > SHOWN else ""
    return [f"New boundaries for {len(moved)} district(s): {names}{more}."]


def _member_id(member: Member | None) -> str | None:
    return member.id if member is not None else None


def compare(old: Dataset, new: Dataset) -> Changes:
    """Every seat whose member, or whose member's details, differ between two datasets."""
    changes = Changes()
    for key in sorted(old.seats.keys() | new.seats.keys(), key=seat_order):
        label = seat_label(*key)
        before, after = old.seats.get(key), new.seats.get(key)
        if before is None or after is None:
            what = "new on the map" if before is None else "no longer on the map"
            changes.seats.append(f"{label}: {what}")
            changes.changed_seats.add(key)
            continue
        if _member_id(before.member) != _member_id(after.member):
            changes.seats.append(f"{label}: {who(before.member)} → {who(after.member)}")
            changes.changed_seats.add(key)
        elif before.member is not None and after.member is not None:
            details = _contact_changes(before.member, after.member)
            if details:
                changes.contacts.append(f"{label}, {after.member.name}: {'; '.join(details)}")
    old_senators = {m.id: m for m in old.us_senators}
    new_senators = {m.id: m for m in new.us_senators}
    if old_senators.keys() != new_senators.keys():
        gone = ", ".join(who(m) for i, m in old_senators.items() if i not in new_senators)
        came = ", ".join(who(m) for i, m in new_senators.items() if i not in old_senators)
        changes.seats.append(f"U.S. Senate: {gone or 'nobody'} → {came or 'nobody'}")
    changes.maps = _map_changes(old, new)
    return changes


def _names_differ(listed: str, member: Member | None) -> bool:
    """Whether the map file's `Kelly W. Pease (R)` is someone else than the roster's member."""
    words = set(fold(listed).split())
    if member is None:
        return not words <= _VACANT_WORDS
    family = fold(member.family_name or member.name.split()[-1]).split()
    return bool(family) and not set(family) <= words


def cross_check(
    districts: Iterable[SourceDistrict], dataset: Dataset, changed: set[tuple[str, str]]
) -> list[str]:
    """Seats whose map file names another member than the roster: a few lines, never a wall.

    Seats this update changed come first: there a disagreement is worth a look.
    """
    differing = []
    for district in districts:
        seat = dataset.seats.get((district.chamber, district.name))
        if seat is None or not district.listed_member.strip():
            continue
        if _names_differ(district.listed_member, seat.member):
            differing.append((district.chamber, district.name, district.listed_member, seat.member))
    if not differing:
        return []
    differing.sort(key=lambda d: ((d[0], d[1]) not in changed, seat_order((d[0], d[1]))))
    lines = [
        f"Cross-check: for {len(differing)} seat(s) the MassGIS map files name someone other"
        " than the roster. Expected: they list the members of 2021; the roster is what counts."
    ]
    lines += [
        f"  {seat_label(chamber, name)}: map says {listed}, roster says {who(member)}"
        for chamber, name, listed, member in differing[:SHOWN]
    ]
    if len(differing) > SHOWN:
        lines.append(f"  … and {len(differing) - SHOWN} more.")
    return lines
