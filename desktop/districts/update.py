"""`tabling data update`: new district maps and roster, checked, then swapped in whole.

What it downloads: the three MassGIS district zips, and the members of the General
Court sitting today from the Legislature's API (new_roster.py). What it keeps from
the dataset in use: the towns, precincts, place names and ZIP codes (a volunteer's
laptop has no source folder), and the U.S. delegation, which the Legislature does not
list. From those it builds a complete dataset through the same checks as `tabling
data build` (160 + 40 + 9 districts, every seat matched to exactly one member or
vacant, valid polygons), writes it beside the file it replaces, and only then swaps it
in. Any failure before the swap leaves the dataset in use byte for byte as it was, and
says why in one sentence. `--roster-only` (roster_update.py) skips the maps.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from desktop.districts import changes, new_roster, openstates_check, sources
from desktop.districts.build import write_dataset
from desktop.districts.dataset import Dataset
from desktop.districts.download import DownloadError, fetch, unpack_shapefile
from desktop.districts.errors import BuildError, SourceError
from desktop.districts.inputs import BuildInputs, file_hash, geography_from_dataset
from desktop.districts.legislature import Progress
from desktop.districts.roster_update import missing_contacts, roster_hashes, us_delegation
from desktop.districts.swap import durable_replace, staged_path
from desktop.districts.update_result import UpdateFailed, UpdateResult, failure_from_build

# chamber → the MassGIS zip's name and the shapefile inside it (as sources.py names it)
LAYERS = {
    "house": ("HOUSE2021.zip", Path(sources.HOUSE_SHAPEFILE).name),
    "senate": ("SENATE2021.zip", Path(sources.SENATE_SHAPEFILE).name),
    "congress": ("CONGRESSMA118.zip", Path(sources.CONGRESS_SHAPEFILE).name),
}
# `sources` entries the maps replace: the build's map files, an earlier update's zips.
MAP_SOURCES = ("districts/",)


def _failure_from_source(exc: SourceError, what: str) -> UpdateFailed:
    # The download's temporary folder means nothing to anyone: name the file alone.
    where = exc.path.name + (f", line {exc.line}" if exc.line is not None else "")
    return UpdateFailed(f"the downloaded {what} is not usable ({where}: {exc.problem})")


def _download_maps(base: str, folder: Path, progress: Progress) -> dict[str, Path]:
    """The district zips (URL → file), unpacked as folder/districts/*_POLY.*."""
    downloads = folder / "downloads"
    downloads.mkdir()
    try:
        zips = {chamber: fetch(f"{base.rstrip('/')}/{name}", downloads, progress)
                for chamber, (name, _stem) in LAYERS.items()}  # fmt: skip
        for chamber, (_name, stem) in LAYERS.items():
            unpack_shapefile(zips[chamber], stem, folder / "districts")
    except DownloadError as exc:
        raise UpdateFailed(str(exc)) from exc
    except OSError as exc:  # the temporary folder: a full disk
        raise UpdateFailed(f"the downloads could not be saved ({exc.strerror or exc})") from exc
    return {f"{base.rstrip('/')}/{name}": downloads / name for name, _stem in LAYERS.values()}


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


def _map_hashes(hashes: dict[str, str], maps: dict[str, Path]) -> dict[str, str]:
    kept = {
        k: v for k, v in hashes.items() if not (k.startswith(MAP_SOURCES) or k.endswith(".zip"))
    }
    return kept | {url: file_hash(path) for url, path in maps.items()}


def update_dataset(
    current: Path,
    target: Path,
    massgis_base: str,
    legislature_url: str,
    openstates_url: str | None,
    *,
    court: int | None = None,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress = lambda _line: None,
) -> UpdateResult:
    """Download, check and build a new dataset from `current`'s geography; swap it in at `target`.

    Raises UpdateFailed, with `target` untouched, when anything does not fit.
    """
    today = today or dt.date.today()
    read = new_roster.read(current, legislature_url, court, today, progress)
    old, people = read.old, read.people
    with tempfile.TemporaryDirectory(prefix="tabling-update-") as scratch:
        folder = Path(scratch)
        maps = _download_maps(massgis_base, folder, progress)
        progress("Checking the new roster and district maps …")
        try:
            districts = sources.read_districts(folder)
        except SourceError as exc:
            raise _failure_from_source(exc, "district map") from exc
        _check_same_districts(old, districts)
        hashes = roster_hashes(old, *read.source(legislature_url))
        given = BuildInputs(
            districts,
            people + us_delegation(old),
            geography_from_dataset(current),
            today,
            _map_hashes(hashes, maps),
        )
        progress("Building the new dataset …")
        staged = staged_path(target)
        try:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_dataset(given, staged)
            except BuildError as exc:
                raise failure_from_build(exc) from exc
            except (OSError, sqlite3.Error) as exc:  # a full disk, a read-only folder
                raise UpdateFailed(f"the new dataset could not be written ({exc})") from exc
            new = Dataset(staged)
            found = changes.compare(old, new)
            result = UpdateResult(
                target, today, not dry_run, found,
                notes=[
                    "U.S. Representatives and Senators were kept from the current data"
                    " (the Legislature does not list them).",
                    *missing_contacts(new, found.changed_seats),
                ],
                cross_check=changes.cross_check(districts, new, found.changed_seats),
                vacant=new_roster.vacant_seats(new),
            )  # fmt: skip
            if openstates_url:
                progress("Comparing with Open States …")
                result.cross_check += openstates_check.cross_check(openstates_url, new, folder)
            if not dry_run:
                durable_replace(staged, target)
        finally:
            staged.unlink(missing_ok=True)
    return result
