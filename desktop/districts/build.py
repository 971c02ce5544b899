"""`tabling data build`: the sources in ../shared/data/ma → one SQLite file under data/.

The build reconciles the sources' spellings, matches every district to exactly one
current member (or records it vacant), and refuses to write anything when a piece
does not fit: BuildError lists every problem at once, so one run shows them all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import shapely

from desktop.districts import places_source, roster, schema, sources
from desktop.districts.errors import BuildError
from desktop.districts.geometry import Reprojector
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


def source_hashes(source: Path) -> dict[str, str]:
    hashes = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        if path.suffix.lower() == ".md":
            continue
        hashes[path.relative_to(source).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


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


def check_precincts(
    rows: list[sources.PrecinctRow],
    districts: list[sources.SourceDistrict],
    town_names: Iterable[str],
    source: Path,
) -> list[str]:
    path = source / sources.PRECINCT_CSV
    known = {(d.chamber, d.key) for d in districts}
    towns = set(town_names)
    problems = []
    seen = set()
    for row in rows:
        where = f"{path}, line {row.line}"
        if row.town not in towns:
            problems.append(f"{where}: town {row.town!r} is not in {sources.TOWNS_GEOJSON}")
        if ("house", row.house_key) not in known:
            problems.append(f"{where}: State_Rep {row.house!r} matches no House district")
        if ("senate", row.senate_key) not in known:
            problems.append(f"{where}: State_Senate {row.senate!r} matches no Senate district")
        if ("congress", str(row.congress)) not in known:
            problems.append(f"{where}: US_House {row.congress} matches no Congress district")
        if (row.town, row.ward, row.precinct) in seen:
            problems.append(f"{where}: {row.town} ward {row.ward} precinct {row.precinct} twice")
        seen.add((row.town, row.ward, row.precinct))
    missing = towns - {r.town for r in rows}
    problems += [f"{path}: no precincts for {town}" for town in sorted(missing)]
    return problems


def _member_row(person: roster.Person, chamber: str, district: str) -> tuple[object, ...]:
    return (
        person.person_id, chamber, district, person.name, person.given_name, person.family_name,
        person.party, person.email, person.phone, person.office, person.room, person.url,
    )  # fmt: skip


def _write(
    path: Path,
    meta: dict[str, str],
    districts: list[sources.SourceDistrict],
    seats: _Seats,
    towns: dict[str, tuple[str, bytes]],
    precincts: list[sources.PrecinctRow],
    places: list[places_source.PlaceRow],
    zips: dict[str, set[str]],
    reprojector: Reprojector,
) -> None:
    names = {(d.chamber, d.key): d.name for d in districts}
    connection = sqlite3.connect(path)
    try:
        schema.create(connection)
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        member_rows = [
            _member_row(people[0], chamber, names[(chamber, key)])
            for (chamber, key), people in seats.holders.items()
        ]
        member_rows += [_member_row(p, "us_senate", "Massachusetts") for p in seats.us_senators]
        connection.executemany(
            f"INSERT INTO members VALUES ({','.join('?' * 12)})", sorted(member_rows)
        )
        for district in sorted(districts, key=lambda d: (d.chamber, d.name)):
            holder = seats.holders.get((district.chamber, district.key))
            geometry = shapely.to_wkb(reprojector.to_wgs84(district.geometry))
            connection.execute(
                "INSERT INTO districts VALUES (?, ?, ?, ?)",
                (
                    district.chamber,
                    district.name,
                    holder[0].person_id if holder else None,
                    geometry,
                ),
            )
        connection.executemany(
            "INSERT INTO towns VALUES (?, ?, ?)",
            [(name, county, wkb) for name, (county, wkb) in sorted(towns.items())],
        )
        connection.executemany(
            "INSERT INTO precincts VALUES (?, ?, ?, ?, ?, ?)",
            sorted(
                (r.town, r.ward, r.precinct, names[("house", r.house_key)],
                 names[("senate", r.senate_key)], str(r.congress))
                for r in precincts
            ),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [(p.key, p.name, p.town, p.kind) for p in places],
        )
        connection.executemany(
            "INSERT INTO zips VALUES (?, ?)",
            sorted((z, town) for z, towns_of_zip in zips.items() for town in towns_of_zip),
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
    today = today or dt.date.today()
    districts = sources.read_districts(source)
    source_towns = sources.read_towns(source)
    precincts = sources.read_precincts(source)
    people = roster.read_roster(source / sources.STATE_ROSTER)
    people += roster.read_roster(source / sources.US_ROSTER)
    as_of = roster.roster_as_of(people, today)

    seats = match_roster(people, districts, as_of)
    town_names = [t.name for t in source_towns]
    problems = check_counts(districts) + seats.problems
    problems += check_precincts(precincts, districts, town_names, source)
    if problems:
        raise BuildError(problems)

    reprojector = Reprojector(sources.SOURCE_EPSG)
    town_shapes = {t.name: reprojector.to_wgs84(t.geometry) for t in source_towns}
    records = places_source.zipcode_records()
    zips = places_source.zip_towns(records, town_shapes)
    places = places_source.place_rows(town_names, records, zips)
    towns = {t.name: (t.county, shapely.to_wkb(town_shapes[t.name])) for t in source_towns}

    vacant = sorted(
        f"{d.chamber} {d.name}" for d in districts if (d.chamber, d.key) not in seats.holders
    )
    meta = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "as_of": as_of.isoformat(),
        "sources": json.dumps(source_hashes(source), sort_keys=True),
        "zipcodes_version": places_source.zipcodes_version(),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".building-", suffix=".sqlite", dir=out.parent)
    os.close(handle)
    try:
        Path(temporary).unlink()
        _write(Path(temporary), meta, districts, seats, towns, precincts, places, zips, reprojector)
        os.replace(temporary, out)
    finally:
        Path(temporary).unlink(missing_ok=True)
    counts = {chamber: sum(d.chamber == chamber for d in districts) for chamber in EXPECTED_SEATS}
    counts |= {
        "towns": len(towns),
        "precincts": len(precincts),
        "places": len(places),
        "zips": len(zips),
    }
    return BuildReport(out, as_of, counts, vacant)
