"""`tabling data update`: new district maps and roster, checked, then swapped in whole.

What it downloads: the three MassGIS district zips and the Open States bulk people CSV
for the state legislature. What it keeps from the dataset in use: the towns, precincts,
place names and ZIP codes (a volunteer's laptop has no source folder), and the U.S.
delegation, which the state CSV does not list. From those it builds a complete dataset
through the same checks as `tabling data build` (160 + 40 + 9 districts, every seat
matched to exactly one member or vacant, valid polygons), writes it beside the file it
replaces, and only then swaps it in with os.replace. Any failure before the swap leaves
the dataset in use byte for byte as it was, and says why in one sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop import paths
from desktop.districts import changes, roster, sources
from desktop.districts.build import write_dataset
from desktop.districts.dataset import Dataset, Member
from desktop.districts.download import DownloadError, fetch, unpack_shapefile
from desktop.districts.errors import BuildError, DatasetError, SourceError
from desktop.districts.inputs import BuildInputs, file_hash, geography_from_dataset
from desktop.districts.names import district_key

# chamber → the MassGIS zip's name and the shapefile inside it (as sources.py names it)
LAYERS = {
    "house": ("HOUSE2021.zip", Path(sources.HOUSE_SHAPEFILE).name),
    "senate": ("SENATE2021.zip", Path(sources.SENATE_SHAPEFILE).name),
    "congress": ("CONGRESSMA118.zip", Path(sources.CONGRESS_SHAPEFILE).name),
}
# More seats than this losing their member at once means a roster cut short, not elections.
MAX_NEW_VACANCIES = 10
# `sources` entries an update replaces: the maps, the state roster, an earlier update's URLs.
REPLACED_SOURCES = ("districts/", "legislators/state/", "http://", "https://")
CONTACTS = ("email", "phone", "office", "room", "url")

Progress = Callable[[str], None]


class UpdateFailed(Exception):
    """The update stopped before replacing anything; its text is one plain sentence."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"{reason[:1].upper()}{reason[1:]}; the legislators' data was not changed."
        )


@dataclass
class UpdateResult:
    path: Path  # the dataset written (or that would be, on a dry run)
    as_of: dt.date
    applied: bool  # False on a dry run
    changes: changes.Changes
    notes: list[str] = field(default_factory=list)
    cross_check: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        """The lines the command prints and the window shows."""
        lines = []
        if self.changes.none:
            lines.append(f"No changes: the legislators' data is current as of {self.as_of}.")
        else:
            lines += [*self.changes.seats, *self.changes.contacts, *self.changes.maps]
        lines += self.notes
        lines += self.cross_check
        if not self.applied:
            lines.append("Dry run: nothing was changed.")
        return lines


def _failure_from_source(exc: SourceError, what: str) -> UpdateFailed:
    # The download's temporary folder means nothing to anyone: name the file alone.
    where = exc.path.name + (f", line {exc.line}" if exc.line is not None else "")
    return UpdateFailed(f"the downloaded {what} is not usable ({where}: {exc.problem})")


def _failure_from_build(exc: BuildError) -> UpdateFailed:
    first, others = exc.problems[0], len(exc.problems) - 1
    more = f"; and {others} more problem(s)" if others else ""
    return UpdateFailed(f"the downloaded data does not fit together ({first}{more})")


def _download(base: str, roster_url: str, folder: Path, progress: Progress) -> Path:
    """Every file, the district maps unpacked as folder/districts/*_POLY.*; the roster's path."""
    downloads = folder / "downloads"
    downloads.mkdir()
    try:
        zips = {chamber: fetch(f"{base.rstrip('/')}/{name}", downloads, progress)
                for chamber, (name, _stem) in LAYERS.items()}  # fmt: skip
        roster_file = fetch(roster_url, downloads, progress)
        for chamber, (_name, stem) in LAYERS.items():
            unpack_shapefile(zips[chamber], stem, folder / "districts")
    except DownloadError as exc:
        raise UpdateFailed(str(exc)) from exc
    except OSError as exc:  # the temporary folder: a full disk
        raise UpdateFailed(f"the downloads could not be saved ({exc.strerror or exc})") from exc
    return roster_file


def _check_same_districts(old: Dataset, districts: list[sources.SourceDistrict]) -> None:
    """The maps must name the districts the precinct table knows: a redistricting is no update."""
    for chamber, (name, _stem) in LAYERS.items():
        known = {d for c, d in old.seats if c == chamber}
        missing = sorted(known - {d.name for d in districts if d.chamber == chamber})
        if missing:
            listed = ", ".join(missing[: changes.SHOWN])
            raise UpdateFailed(
                f"{name} lacks {len(missing)} district(s) the current data has ({listed})"
            )


def _person(member: Member, source: str) -> roster.Person:
    role = roster.Role(member.chamber, member.district, None, None)
    return roster.Person(
        source, member.id, member.name, member.given_name, member.family_name, member.party,
        member.email, member.phone, member.office, member.room, member.url, (role,),
    )  # fmt: skip


def us_delegation(old: Dataset) -> list[roster.Person]:
    """The current U.S. Representatives and Senators, kept: the state roster has none."""
    members = [s.member for (c, _d), s in old.seats.items() if c == "congress" and s.member]
    return [_person(m, f"{old.path.name} (kept)") for m in [*members, *old.us_senators]]


def keep_known_contacts(
    people: list[roster.Person], old: Dataset
) -> tuple[list[roster.Person], int]:
    """Fill what the roster leaves empty from the current data, for a member in the same chamber.

    Open States' bulk CSV has carried no capitol address or phone for some time
    (openstates/issues#1392): without this an update would drop every State House room.
    """
    known = {s.member.id: s.member for s in old.seats.values() if s.member is not None}
    filled, count = [], 0
    for person in people:
        before = known.get(person.person_id)
        same_chamber = before is not None and before.chamber == person.roles[0].chamber
        gaps = {
            name: getattr(before, name)
            for name in CONTACTS
            if same_chamber and getattr(person, name) is None and getattr(before, name)
        }
        count += bool(gaps)
        filled.append(dataclasses.replace(person, **gaps) if gaps else person)
    return filled, count


def _hashes(old: Dataset, files: dict[str, Path]) -> dict[str, str]:
    kept = {k: v for k, v in old.sources.items() if not k.startswith(REPLACED_SOURCES)}
    return kept | {url: file_hash(path) for url, path in files.items()}


def _check_vacancies(old: Dataset, people: list[roster.Person]) -> None:
    """Refuse a roster that empties many seats at once: more likely cut short than true."""
    held = {(role.chamber, district_key(role.district)) for p in people for role in p.roles}
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


def _notes(
    old: Dataset, new: Dataset, kept_contacts: int, changed: set[tuple[str, str]]
) -> list[str]:
    notes = [
        "U.S. Representatives and Senators were kept from the current data"
        " (the state roster does not list them)."
    ]
    if kept_contacts:
        notes.append(
            f"The roster left out contact details for {kept_contacts} member(s);"
            " theirs were kept from the current data."
        )
    for key in sorted(changed):
        member = new.seats[key].member if key in new.seats else None
        if member is None or key[0] not in ("house", "senate"):
            continue
        if not member.room:
            notes.append(
                f"No State House room is known for {member.name}: letters print without one."
            )
        if not member.email:
            notes.append(f"No email address is known for {member.name}: no emails can go to them.")
    return notes


def _durable_replace(staged: Path, target: Path) -> None:
    """Swap the new file in; flushed first, so a power cut leaves the old file or the new one."""
    with staged.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staged, target)
    try:  # the rename itself, where a folder can be flushed; the swap is done either way
        folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError:
        pass


def target_path() -> Path:
    """Where an update writes: TABLING_DATASET's file when set, else the user's own copy."""
    if os.environ.get("TABLING_DATASET"):
        return paths.dataset_path()
    return paths.updated_dataset_path()


def update_dataset(
    current: Path,
    target: Path,
    massgis_base: str,
    roster_url: str,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress = lambda _line: None,
) -> UpdateResult:
    """Download, check and build a new dataset from `current`'s geography; swap it in at `target`.

    Raises UpdateFailed, with `target` untouched, when anything does not fit.
    """
    today = today or dt.date.today()
    try:
        old = Dataset(current)
    except DatasetError as exc:
        raise UpdateFailed(f"the dataset in use cannot be read ({exc})") from exc
    with tempfile.TemporaryDirectory(prefix="tabling-update-") as scratch:
        folder = Path(scratch)
        roster_file = _download(massgis_base, roster_url, folder, progress)
        progress("Checking the new roster and district maps …")
        try:
            people = roster.read_roster_csv(roster_file)
        except SourceError as exc:
            raise _failure_from_source(exc, "roster") from exc
        _check_vacancies(old, people)
        try:
            districts = sources.read_districts(folder)
        except SourceError as exc:
            raise _failure_from_source(exc, "district map") from exc
        _check_same_districts(old, districts)
        people, kept_contacts = keep_known_contacts(people, old)
        files = {f"{massgis_base.rstrip('/')}/{name}": folder / "downloads" / name
                 for name, _stem in LAYERS.values()}  # fmt: skip
        files[roster_url] = roster_file
        given = BuildInputs(
            districts,
            people + us_delegation(old),
            geography_from_dataset(current),
            today,
            _hashes(old, files),
        )
        progress("Building the new dataset …")
        staged = target.parent / f".update-{os.getpid()}-{target.name}"
        try:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_dataset(given, staged)
            except BuildError as exc:
                raise _failure_from_build(exc) from exc
            except (OSError, sqlite3.Error) as exc:  # a full disk, a read-only folder
                raise UpdateFailed(f"the new dataset could not be written ({exc})") from exc
            new = Dataset(staged)
            found = changes.compare(old, new)
            result = UpdateResult(
                target,
                today,
                not dry_run,
                found,
                _notes(old, new, kept_contacts, found.changed_seats),
                changes.cross_check(districts, new, found.changed_seats),
            )
            if not dry_run:
                _durable_replace(staged, target)
        finally:
            staged.unlink(missing_ok=True)
    return result


def adopt(dataset: Dataset, path: Path) -> None:
    """Make a Dataset the running app already holds read the updated file at `path`.

    The window hands one Dataset to every part of it; refreshing that object in place
    lets the kiosk, the letters and the sync use the new roster at once, without a
    restart. Attributes are replaced, never removed first, so a lookup running on
    another thread meanwhile sees the old roster or the new one, never a missing one;
    the towns and precincts are the same in both files.
    """
    fresh = Dataset(path)
    vars(dataset).update(vars(fresh))
    if "spatial" not in vars(fresh):
        vars(dataset).pop("spatial", None)  # the old polygons: read again on first use
