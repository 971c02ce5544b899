"""What a build reads, gathered in memory: from the source folder, or from a dataset.

`tabling data build` reads every part from ../shared/data/ma. `tabling data update`
downloads new district maps and a new roster and takes the rest (towns, precincts,
place names, ZIP codes) from the dataset in use, because a volunteer's laptop has no
source folder. Either way build.write_dataset() checks and writes the same tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import shapely

from desktop.districts import places_source, roster, sources
from desktop.districts.errors import DatasetError
from desktop.districts.geometry import Reprojector


@dataclass(frozen=True)
class Geography:
    """Towns, precincts, place names and ZIP codes, ready to store: no roster changes them."""

    towns: dict[str, tuple[str, bytes]]  # name → (county, WKB in longitude/latitude)
    precincts: list[sources.PrecinctRow]
    places: list[places_source.PlaceRow]
    zips: dict[str, set[str]]
    zipcodes_version: str
    precinct_source: str  # where the precinct rows come from, for messages
    town_source: str


@dataclass(frozen=True)
class BuildInputs:
    districts: list[sources.SourceDistrict]  # in the sources' projection (EPSG:26986)
    people: list[roster.Person]
    geography: Geography
    as_of: dt.date  # the legislators' "as of" date the dataset records
    hashes: dict[str, str]  # what it was built from → SHA-256, recorded in `meta`


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_hashes(source: Path) -> dict[str, str]:
    hashes = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        if path.suffix.lower() == ".md":
            continue
        hashes[path.relative_to(source).as_posix()] = file_hash(path)
    return hashes


def read_geography(source: Path) -> Geography:
    """Towns reprojected to longitude/latitude, precincts, and the places and ZIPs in them."""
    source_towns = sources.read_towns(source)
    precincts = sources.read_precincts(source)
    reprojector = Reprojector(sources.SOURCE_EPSG)
    shapes = {t.name: reprojector.to_wgs84(t.geometry) for t in source_towns}
    records = places_source.zipcode_records()
    zips = places_source.zip_towns(records, shapes)
    places = places_source.place_rows([t.name for t in source_towns], records, zips)
    towns = {t.name: (t.county, shapely.to_wkb(shapes[t.name])) for t in source_towns}
    return Geography(
        towns,
        precincts,
        places,
        zips,
        places_source.zipcodes_version(),
        precinct_source=str(source / sources.PRECINCT_CSV),
        town_source=sources.TOWNS_GEOJSON,
    )


def read_sources(source: Path, today: dt.date) -> BuildInputs:
    """Every input from the source folder (../shared/data/ma)."""
    districts = sources.read_districts(source)
    people = roster.read_roster(source / sources.STATE_ROSTER)
    people += roster.read_roster(source / sources.US_ROSTER)
    as_of = roster.roster_as_of(people, today)
    return BuildInputs(districts, people, read_geography(source), as_of, source_hashes(source))


def geography_from_dataset(path: Path) -> Geography:
    """The geography a built dataset already holds, exactly as stored."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatasetError(f"{path}: cannot open the district dataset: {exc}") from exc
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        towns = {
            name: (county, bytes(wkb))
            for name, county, wkb in connection.execute("SELECT name, county, geometry FROM towns")
        }
        rows = connection.execute(
            "SELECT town, ward, precinct, house, senate, congress FROM precincts"
            " ORDER BY town, ward, precinct"
        )
        precincts = [
            sources.PrecinctRow(number, town, ward, precinct, house, senate, int(congress))
            for number, (town, ward, precinct, house, senate, congress) in enumerate(rows, 1)
        ]
        # The order the build writes them in: by key, then town.
        rows = connection.execute("SELECT key, name, town, kind FROM places ORDER BY key, town")
        places = [places_source.PlaceRow(*row) for row in rows]
        zips: dict[str, set[str]] = defaultdict(set)
        for code, town in connection.execute("SELECT zip, town FROM zips"):
            zips[code].add(town)
    except (sqlite3.Error, ValueError) as exc:
        raise DatasetError(f"{path}: not a district dataset ({exc})") from exc
    finally:
        connection.close()
    return Geography(
        towns,
        precincts,
        places,
        dict(zips),
        meta.get("zipcodes_version", ""),
        precinct_source=f"{path} (precincts table)",
        town_source=f"{path} (towns table)",
    )
