"""Open States as a second opinion on the Legislature's roster.

After an update has read the members from the Legislature, Open States' bulk people
CSV (data.openstates.org/people/current/ma.csv) is compared with it seat by seat:
every seat where the two name different members, or where one has a member and the
other none, and every member whose party or email differs. The Legislature's data is
what the dataset keeps; the lines only say where a volunteer may want to look.
When Open States cannot be reached or read, the check says so and the update goes on.
"""

from __future__ import annotations

from pathlib import Path

from desktop.districts import roster
from desktop.districts.changes import PARTY_LETTERS, seat_label, seat_order, who
from desktop.districts.dataset import Dataset, Member
from desktop.districts.download import DownloadError, fetch
from desktop.districts.errors import SourceError
from desktop.districts.names import district_key, fold
from desktop.downloads import host

# Parties that are all "no party" under one name or another.
_NO_PARTY = frozenset({"", "independent", "unenrolled"})


def _party(name: str) -> str:
    folded = name.casefold()
    return "" if folded in _NO_PARTY else PARTY_LETTERS.get(name, name)


def _same_person(member: Member, other: roster.Person) -> bool:
    family = set(fold(member.family_name or member.name.split()[-1]).split())
    return bool(family) and family <= set(fold(other.name).split())


def _opinion(person: roster.Person | None) -> str:
    if person is None:
        return "vacant"
    letter = PARTY_LETTERS.get(person.party, person.party[:1])
    return f"{person.name} ({letter})" if letter else person.name


def compare(dataset: Dataset, others: list[roster.Person]) -> list[str]:
    """One line per disagreement between the dataset's State seats and Open States' roster."""
    seats = {
        (chamber, district_key(district)): (chamber, district)
        for chamber, district in dataset.seats
        if chamber in ("house", "senate")
    }
    theirs: dict[tuple[str, str], roster.Person] = {}
    lines = []
    for person in others:
        for role in person.roles:
            key = (role.chamber, district_key(role.district))
            if key not in seats:
                lines.append(
                    f"  Open States lists {person.name} for {role.district!r}, no such seat"
                )
            else:
                theirs[seats[key]] = person
    for key in sorted(seats.values(), key=seat_order):
        member, other = dataset.seats[key].member, theirs.get(key)
        label = seat_label(*key)
        if member is None or other is None or not _same_person(member, other):
            if member is not None or other is not None:
                says = f"the Legislature says {who(member)}, Open States says {_opinion(other)}"
                lines.append(f"  {label}: {says}")
            continue
        if _party(member.party) != _party(other.party):
            lines.append(
                f"  {label}, {member.name}: party {member.party or 'none'} at the Legislature,"
                f" {other.party or 'none'} at Open States"
            )
        if other.email and (member.email or "").casefold() != other.email.casefold():
            lines.append(
                f"  {label}, {member.name}: email {member.email or 'none'} at the Legislature,"
                f" {other.email} at Open States"
            )
    return lines


def cross_check(url: str, dataset: Dataset, folder: Path) -> list[str]:
    """The lines the update prints about Open States: agreement, disagreements, or why none."""
    where = host(url) or url
    try:
        others = roster.read_roster_csv(fetch(url, folder))
    except DownloadError as exc:
        return [
            f"Open States ({where}) could not be reached: {exc}; the roster was not cross-checked."
        ]
    except SourceError as exc:
        return [
            f"Open States' roster ({where}) could not be read ({exc.problem});"
            " the roster was not cross-checked."
        ]
    lines = compare(dataset, others)
    if not lines:
        return ["Open States agrees with the Legislature on every seat."]
    return [
        f"Open States disagrees with the Legislature in {len(lines)} place(s);"
        " the Legislature's data is used:",
        *lines,
    ]
