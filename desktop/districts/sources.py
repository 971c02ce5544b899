"""Readers for the source files in `../shared/data/ma` (used only by `tabling data build`).

Each reader returns plain records in the sources' own projection (EPSG:26986, metres)
and raises SourceError naming the file, line and problem when a file does not fit.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.districts.errors import SourceError
from desktop.districts.names import district_key, ordinal_suffix

HOUSE_SHAPEFILE = "districts/HOUSE2021_POLY"
SENATE_SHAPEFILE = "districts/SENATE2021_POLY"
CONGRESS_SHAPEFILE = "districts/CONGRESSMA118_POLY"
TOWNS_GEOJSON = "towns/city_town_2024.geojson"
PRECINCT_CSV = "precincts/ma_districts_precincts_2022.csv"
STATE_ROSTER = "legislators/state"
US_ROSTER = "legislators/us"
SOURCE_EPSG = 26986


@dataclass(frozen=True)
class SourceDistrict:
    chamber: str  # house | senate | congress
    name: str  # display name: `4th Hampden`, `Second Plymouth and Norfolk`, `8`
    key: str  # district_key(name)
    geometry: Any  # shapely geometry, EPSG:26986
    listed_member: str  # the member the shapefile names (as of 2021): for cross-checks only


@dataclass(frozen=True)
class SourceTown:
    name: str
    county: str
    geometry: Any


@dataclass(frozen=True)
class PrecinctRow:
    line: int
    town: str
    ward: str  # "-" where the town has no wards
    precinct: str  # "3", "3A"
    house: str  # as the table spells it: `Seventh Plymouth`
    senate: str
    congress: int

    @property
    def house_key(self) -> str:
        return district_key(self.house)

    @property
    def senate_key(self) -> str:
        return district_key(self.senate)


def house_display_name(raw: str) -> str:
    """`4th Hampden` for any spelling of it; named districts keep their words with `and`."""
    key = district_key(raw)
    number, _, rest = key.partition(" ")
    words = " ".join(w.capitalize() if w != "and" else w for w in rest.split())
    if number.isdigit():
        return f"{int(number)}{ordinal_suffix(int(number))} {words}"
    return senate_display_name(raw)


def senate_display_name(raw: str) -> str:
    """Senate names in words with `and`, commas kept: `Hampden, Hampshire and Worcester`."""
    return " ".join(raw.replace("&", " and ").split())


def _read_shapes(source: Path, stem: str) -> list[tuple[dict[str, Any], Any]]:
    import shapefile  # pyshp: the build and the update read the district shapefiles
    from shapely.geometry import shape

    path = source / stem
    if not path.with_suffix(".shp").exists():
        raise SourceError(path.with_suffix(".shp"), "file not found")
    prj = path.with_suffix(".prj")
    if prj.exists() and "Massachusetts_Mainland" not in prj.read_text(errors="replace"):
        raise SourceError(prj, "expected EPSG:26986 (NAD83 / Massachusetts Mainland)")
    try:
        reader = shapefile.Reader(str(path))
        pairs = []
        for number, record in enumerate(reader.iterShapeRecords(), start=1):
            geometry = shape(record.shape.__geo_interface__)
            if geometry.is_empty:
                raise SourceError(path.with_suffix(".shp"), f"record {number} has no geometry")
            pairs.append((record.record.as_dict(), geometry))
        reader.close()
    except shapefile.ShapefileException as exc:
        raise SourceError(path.with_suffix(".shp"), f"unreadable shapefile: {exc}") from exc
    return pairs


def _field(record: dict[str, Any], name: str, path: Path, number: int) -> Any:
    if name not in record:
        raise SourceError(path, f"record {number} has no field {name}")
    return record[name]


def read_districts(source: Path) -> list[SourceDistrict]:
    districts: list[SourceDistrict] = []
    layers = (
        ("house", HOUSE_SHAPEFILE, "REP_DIST", "REP"),
        ("senate", SENATE_SHAPEFILE, "SEN_DIST", "SENATOR"),
        ("congress", CONGRESS_SHAPEFILE, "DIST_NUM", "REP"),
    )
    for chamber, stem, name_field, member_field in layers:
        dbf = source / f"{stem}.dbf"
        for number, (record, geometry) in enumerate(_read_shapes(source, stem), start=1):
            raw = _field(record, name_field, dbf, number)
            if chamber == "house":
                name = house_display_name(str(raw))
            elif chamber == "senate":
                name = senate_display_name(str(raw))
            else:
                name = str(int(raw))
            listed = " ".join(str(record.get(member_field) or "").replace("\xa0", " ").split())
            districts.append(SourceDistrict(chamber, name, district_key(name), geometry, listed))
    return districts


def read_towns(source: Path) -> list[SourceTown]:
    from shapely.geometry import shape

    path = source / TOWNS_GEOJSON
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceError(path, "file not found") from exc
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"not valid JSON: {exc.msg}", exc.lineno) from exc
    crs = json.dumps(collection.get("crs", {}))
    if str(SOURCE_EPSG) not in crs:
        raise SourceError(path, f"expected the crs member to declare EPSG:{SOURCE_EPSG}")
    towns = []
    for number, feature in enumerate(collection.get("features", []), start=1):
        props = feature.get("properties") or {}
        name = props.get("city_town")
        if not name or not feature.get("geometry"):
            raise SourceError(path, f"feature {number} has no city_town name or no geometry")
        towns.append(
            SourceTown(str(name), str(props.get("county") or ""), shape(feature["geometry"]))
        )
    return towns


PRECINCT_COLUMNS = ("city_town", "Ward", "Pct", "State_Rep", "State_Senate", "US_House")


def read_precincts(source: Path) -> list[PrecinctRow]:
    path = source / PRECINCT_CSV
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise SourceError(path, "file not found") from exc
    rows = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in PRECINCT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(path, f"missing column(s) {', '.join(missing)}", 1)
        for row in reader:
            line = reader.line_num
            values = {c: (row.get(c) or "").strip() for c in PRECINCT_COLUMNS}
            empty = [c for c, v in values.items() if not v]
            if empty:
                raise SourceError(path, f"empty {', '.join(empty)}", line)
            if not values["US_House"].isdigit():
                raise SourceError(path, f"US_House {values['US_House']!r} is not a number", line)
            rows.append(
                PrecinctRow(
                    line=line,
                    town=values["city_town"],
                    ward=values["Ward"],
                    precinct=values["Pct"].upper(),
                    house=values["State_Rep"],
                    senate=values["State_Senate"],
                    congress=int(values["US_House"]),
                )
            )
    return rows
