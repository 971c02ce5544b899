"""`tabling data build`: the sources in ../shared/data/ma → one SQLite file under data/.

The build reconciles the sources' spellings, matches every district to exactly one
current member (or records it vacant), and refuses to write anything when a piece
does not fit: BuildError lists every problem at once, so one run shows them all.
`tabling data update` writes through the same checks (write_dataset), from inputs
it gathered itself (desktop/districts/inputs.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely

from desktop.districts import roster, schema, sources
from desktop.districts.errors import BuildError
from desktop.districts.geometry import Reprojector
from desktop.districts.inputs import BuildInputs, Geography, read_sources
from desktop.districts.names import district_key

EXPECTED_SEATS = {"house": 160, "senate": 40, "congress": 9}
EXPECTED_US_SENATORS = 2


@dataclass
class BuildReport:
    path: Path
    as_of: dt.date
    counts: dict[str, int]
    vacant: list[str] = field(default_factory=list)


@dataclass
class _Seats:
    """Who holds each seat, once the roster has been matched to the maps."""

    holders: dict[tuple[str, str], list[roster.Person]]
    us_senators: list[roster.Person]
    problems: list[str]


def _congress_key(district: str) -> str:
    return district.upper().removeprefix("MA-").lstrip("0")


def match_roster(
    people: list[roster.Person],
    districts: list[sources.SourceDistrict],
    as_of: dt.date,
) -> _Seats:
    known = {(d.chamber, d.key): d for d in districts}
    holders: dict[tuple[str, str], list[roster.Person]] = defaultdict(list)
    us_senators: list[roster.Person] = []
    problems = []
    for person in people:
        for role in person.roles:
            if not role.current_on(as_of):
                continue
            if role.chamber == "us_senate":
                us_senators.append(person)
                continue
            key = (
                _congress_key(role.district)
                if role.chamber == "congress"
                else district_key(role.district)
            )
            if (role.chamber, key) not in known:
                problems.append(
                    f"{person.source}: current {role.chamber} role for {role.district!r} "
                    "matches no district on the maps"
                )
                continue
            holders[(role.chamber, key)].append(person)
    for (chamber, key), members in sorted(holders.items()):
        if len(members) > 1:
            names = ", ".join(f"{m.name} ({m.source})" for m in members)
            seat = known[(chamber, key)].name
            problems.append(f"{chamber} {seat} has {len(members)} current members: {names}")
    if len(us_senators) != EXPECTED_US_SENATORS:
        problems.append(
            f"expected {EXPECTED_US_SENATORS} current U.S. Senators, found {len(us_senators)}"
        )
    return _Seats(holders, us_senators, problems)


def check_counts(districts: list[sources.SourceDistrict]) -> list[str]:
    problems = []
    for chamber, expected in EXPECTED_SEATS.items():
        keys = [d.key for d in districts if d.chamber == chamber]
        if len(keys) != expected:
            problems.append(
                f"expected {expected} {chamber} districts on the map, found {len(keys)}"
            )
        if len(set(keys)) != len(keys):
            problems.append(f"the {chamber} map names a district twice")
    return problems


def check_precincts(geography: Geography, districts: list[sources.SourceDistrict]) -> list[str]:
    path = geography.precinct_source
    known = {(d.chamber, d.key) for d in districts}
    towns = set(geography.towns)
    problems = []
    seen = set()
    for row in geography.precincts:
        where = f"{path}, line {row.line}"
        if row.town not in towns:
            problems.append(f"{where}: town {row.town!r} is not in {geography.town_source}")
        if ("house", row.house_key) not in known:
            problems.append(f"{where}: State_Rep {row.house!r} matches no House district")
        if ("senate", row.senate_key) not in known:
            problems.append(f"{where}: State_Senate {row.senate!r} matches no Senate district")
        if ("congress", str(row.congress)) not in known:
            problems.append(f"{where}: US_House {row.congress} matches no Congress district")
        if (row.town, row.ward, row.precinct) in seen:
            problems.append(f"{where}: {row.town} ward {row.ward} precinct {row.precinct} twice")
        seen.add((row.town, row.ward, row.precinct))
    missing = towns - {r.town for r in geography.precincts}
    problems += [f"{path}: no precincts for {town}" for town in sorted(missing)]
    return problems


def district_shapes(
    districts: list[sources.SourceDistrict], reprojector: Reprojector
) -> tuple[dict[tuple[str, str], Any], list[str]]:
    """Each district as stored (simplified, longitude/latitude), and any that stays invalid."""
    shapes, problems = {}, []
    for district in districts:
        shape = reprojector.to_wgs84(district.geometry)
        if shape.is_empty or not shape.is_valid:
            why = "empty" if shape.is_empty else shapely.is_valid_reason(shape)
            problems.append(f"{district.chamber} {district.name}: the polygon is not valid ({why})")
        shapes[(district.chamber, district.key)] = shape
    return shapes, problems


def member_row(person: roster.Person, chamber: str, district: str) -> tuple[object, ...]:
    return (
        person.person_id, chamber, district, person.name, person.given_name, person.family_name,
        person.party, person.email, person.phone, person.office, person.room, person.url,
    )  # fmt: skip


def _write(
    path: Path,
    meta: dict[str, str],
    districts: list[sources.SourceDistrict],
    seats: _Seats,
    shapes: dict[tuple[str, str], Any],
    geography: Geography,
) -> None:
    names = {(d.chamber, d.key): d.name for d in districts}
    connection = sqlite3.connect(path)
    try:
        schema.create(connection)
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        member_rows = [
            member_row(people[0], chamber, names[(chamber, key)])
            for (chamber, key), people in seats.holders.items()
        ]
        member_rows += [member_row(p, "us_senate", "Massachusetts") for p in seats.us_senators]
        connection.executemany(
            f"INSERT INTO members VALUES ({','.join('?' * 12)})", sorted(member_rows)
        )
        for district in sorted(districts, key=lambda d: (d.chamber, d.name)):
            holder = seats.holders.get((district.chamber, district.key))
            connection.execute(
                "INSERT INTO districts VALUES (?, ?, ?, ?)",
                (
                    district.chamber,
                    district.name,
                    holder[0].person_id if holder else None,
                    shapely.to_wkb(shapes[(district.chamber, district.key)]),
                ),
            )
        connection.executemany(
            "INSERT INTO towns VALUES (?, ?, ?)",
            [(name, county, wkb) for name, (county, wkb) in sorted(geography.towns.items())],
        )
        connection.executemany(
            "INSERT INTO precincts VALUES (?, ?, ?, ?, ?, ?)",
            sorted(
                (r.town, r.ward, r.precinct, names[("house", r.house_key)],
                 names[("senate", r.senate_key)], str(r.congress))
                for r in geography.precincts
            ),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [(p.key, p.name, p.town, p.kind) for p in geography.places],
        )
        connection.executemany(
            "INSERT INTO zips VALUES (?, ?)",
            sorted((z, town) for z, in_zip in geography.zips.items() for town in in_zip),
        )
        connection.executemany(
            "INSERT INTO bounds VALUES (?, ?, ?, ?, ?, ?)",
            [
                (layer, name, *shapely.bounds(shapely.from_wkb(wkb)).tolist())
                for layer, name, wkb in connection.execute(
                    "SELECT 'town', name, geometry FROM towns"
                    " UNION ALL SELECT chamber, name, geometry FROM districts ORDER BY 1, 2"
                ).fetchall()
            ],
        )
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


def build(source: Path, out: Path, today: dt.date | None = None) -> BuildReport:
    """Read every source, check that they fit, and write the dataset to `out` atomically."""
    return write_dataset(read_sources(source, today or dt.date.today()), out)


def write_dataset(given: BuildInputs, out: Path) -> BuildReport:
    """Check that the inputs fit, then write them to `out` atomically (BuildError if not)."""
    districts, geography = given.districts, given.geography
    seats = match_roster(given.people, districts, given.as_of)
    problems = check_counts(districts) + seats.problems + check_precincts(geography, districts)
    if problems:
        raise BuildError(problems)
    shapes, problems = district_shapes(districts, Reprojector(sources.SOURCE_EPSG))
    if problems:
        raise BuildError(problems)

    vacant = sorted(
        f"{d.chamber} {d.name}" for d in districts if (d.chamber, d.key) not in seats.holders
    )
    meta = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "as_of": given.as_of.isoformat(),
        "sources": json.dumps(given.hashes, sort_keys=True),
        "zipcodes_version": geography.zipcodes_version,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".building-", suffix=".sqlite", dir=out.parent)
    os.close(handle)
    try:
        Path(temporary).unlink()
        _write(Path(temporary), meta, districts, seats, shapes, geography)
        os.replace(temporary, out)
    finally:
        Path(temporary).unlink(missing_ok=True)
    counts = {chamber: sum(d.chamber == chamber for d in districts) for chamber in EXPECTED_SEATS}
    counts |= {
        "towns": len(geography.towns),
        "precincts": len(geography.precincts),
        "places": len(geography.places),
        "zips": len(geography.zips),
    }
    return BuildReport(out, given.as_of, counts, vacant)
