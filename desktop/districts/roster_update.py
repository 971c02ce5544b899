"""`tabling data update --roster-only`: new members, rooms and phones, and no maps downloaded.

The roster changes every session and at every special election; the district maps
once a decade. This update reads the members from the Legislature's API, joins them
to the dataset's seats by branch and district, checks them as a build does (every
seat one member or vacant, no seat held twice, no district that does not exist, no
roster that would empty many seats at once), and writes a copy of the dataset in use
with only its members, its seats' holders and its "as of" date changed: maps, towns,
precincts and places are copied byte for byte. Open States is then asked for a second
opinion. Any failure before the swap leaves the dataset in use as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from desktop.districts import changes, new_roster, openstates_check, roster, sources
from desktop.districts.build import match_roster, member_row
from desktop.districts.dataset import Dataset
from desktop.districts.errors import BuildError, DatasetError
from desktop.districts.legislature import Progress
from desktop.districts.names import district_key
from desktop.districts.swap import durable_replace, staged_path
from desktop.districts.update_result import UpdateFailed, UpdateResult, failure_from_build

# `sources` entries a roster replaces: the build's roster files, an earlier update's roster
# URL (the maps' entries, `….zip`, stay).
ROSTER_SOURCES = ("legislators/state/",)


def us_delegation(old: Dataset) -> list[roster.Person]:
    """The current U.S. Representatives and Senators, kept: the state roster has none."""
    members = [s.member for (c, _d), s in old.seats.items() if c == "congress" and s.member]
    people = []
    for member in [*members, *old.us_senators]:
        role = roster.Role(member.chamber, member.district, None, None)
        people.append(
            roster.Person(
                f"{old.path.name} (kept)", member.id, member.name, member.given_name,
                member.family_name, member.party, member.email, member.phone, member.office,
                member.room, member.url, (role,),
            )
        )  # fmt: skip
    return people


def roster_hashes(old: Dataset, url: str, digest: str) -> dict[str, str]:
    """The dataset's sources with its roster's entries replaced by the Legislature's."""

    def is_roster(name: str) -> bool:
        web = name.startswith(("http://", "https://"))
        return name.startswith(ROSTER_SOURCES) or (web and not name.endswith(".zip"))

    return {k: v for k, v in old.sources.items() if not is_roster(k)} | {url: digest}


def _seats_of(old: Dataset) -> list[sources.SourceDistrict]:
    """The dataset's seats, as the matching wants them (no geometry: the maps are kept)."""
    return [
        sources.SourceDistrict(chamber, name, district_key(name), None, "")
        for chamber, name in sorted(old.seats)
    ]


def _write_members(
    staged: Path, people: list[roster.Person], as_of: dt.date, hashes: dict[str, str], old: Dataset
) -> None:
    seats = match_roster(people, _seats_of(old), as_of)
    if seats.problems:
        raise failure_from_build(BuildError(seats.problems))
    names = {(chamber, district_key(name)): name for chamber, name in old.seats}
    rows = [member_row(p[0], c, names[(c, k)]) for (c, k), p in seats.holders.items()]
    rows += [member_row(p, "us_senate", "Massachusetts") for p in seats.us_senators]
    holders = [
        (holders[0].person_id if (holders := seats.holders.get(key)) else None, *seat)
        for key, seat in ((
            (c, district_key(n)), (c, n)) for c, n in sorted(old.seats)
        )
    ]  # fmt: skip
    meta = {
        "as_of": as_of.isoformat(),
        "sources": json.dumps(hashes, sort_keys=True),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    connection = sqlite3.connect(staged)
    try:
        with connection:
            connection.execute("UPDATE districts SET member_id = NULL")
            connection.execute("DELETE FROM members")
            connection.executemany(
                f"INSERT INTO members VALUES ({','.join('?' * 12)})", sorted(rows)
            )
            connection.executemany(
                "UPDATE districts SET member_id = ? WHERE chamber = ? AND name = ?", holders
            )
            connection.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items())
            )
        connection.execute("VACUUM")
    finally:
        connection.close()


def update_roster(
    current: Path,
    target: Path,
    legislature_url: str,
    openstates_url: str | None,
    *,
    court: int | None = None,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress = lambda _line: None,
) -> UpdateResult:
    """Read the General Court sitting `today` (or `court`) and swap in a dataset with it.

    Raises UpdateFailed, with `target` untouched, when anything does not fit.
    """
    today = today or dt.date.today()
    read = new_roster.read(current, legislature_url, court, today, progress)
    old, people = read.old, read.people
    progress("Checking the new roster …")
    hashes = roster_hashes(old, *read.source(legislature_url))
    staged = staged_path(target)
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(current, staged)
            _write_members(staged, people + us_delegation(old), today, hashes, old)
            new = Dataset(staged)
        except (OSError, sqlite3.Error, DatasetError) as exc:  # a full disk, a read-only folder
            raise UpdateFailed(f"the new dataset could not be written ({exc})") from exc
        found = changes.compare(old, new)
        result = UpdateResult(
            target, today, not dry_run, found,
            notes=missing_contacts(new, found.changed_seats),
            vacant=new_roster.vacant_seats(new),
        )  # fmt: skip
        if openstates_url:
            progress("Comparing with Open States …")
            with tempfile.TemporaryDirectory(prefix="tabling-openstates-") as folder:
                result.cross_check = openstates_check.cross_check(openstates_url, new, Path(folder))
        if not dry_run:
            durable_replace(staged, target)
    finally:
        staged.unlink(missing_ok=True)
    return result


def missing_contacts(new: Dataset, changed: set[tuple[str, str]]) -> list[str]:
    """A line for each State member with no room or no email: their letters or emails lack it."""
    notes = []
    for key in sorted(new.seats, key=changes.seat_order):
        member = new.seats[key].member
        if member is None or key[0] not in ("house", "senate"):
            continue
        if not member.room:
            notes.append(
                f"No State House room is known for {member.name}: letters print without one."
            )
        if not member.email:
            notes.append(f"No email address is known for {member.name}: no emails can go to them.")
        if not member.phone and key in changed:
            notes.append(f"No phone number is known for {member.name}.")
    return notes
