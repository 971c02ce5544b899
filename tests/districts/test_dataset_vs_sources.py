"""The committed dataset answers as its sources say: every precinct, town, district and seat.

These read the sources directly (csv, YAML, shapefiles) rather than through the build's
own readers, so a mistake in a reader shows up here as a disagreement.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.names import district_key
from desktop.districts.query import LookupQuery
from tests.conftest import SOURCE_DIR, needs_sources

pytestmark = needs_sources

PRECINCTS = SOURCE_DIR / "precincts" / "ma_districts_precincts_2022.csv"
CHAMBER_COLUMNS = {"house": "State_Rep", "senate": "State_Senate", "congress": "US_House"}


def _precinct_rows() -> list[dict[str, str]]:
    with PRECINCTS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _town_districts() -> dict[str, dict[str, set[str]]]:
    towns: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _precinct_rows():
        for chamber, column in CHAMBER_COLUMNS.items():
            towns[row["city_town"]][chamber].add(district_key(row[column]))
    return towns


def _key(seat_json: dict[str, object]) -> str:
    return district_key(str(seat_json["district"]))


def test_every_precinct_row_resolves_to_its_districts(dataset: Dataset) -> None:
    wrong = []
    rows = _precinct_rows()
    for row in rows:
        query = LookupQuery(town=row["city_town"], ward=row["Ward"], precinct=row["Pct"])
        answer = lookup(dataset, query).to_json()
        got = {c: answer[c] and _key(answer[c]) for c in CHAMBER_COLUMNS}
        expected = {c: district_key(row[col]) for c, col in CHAMBER_COLUMNS.items()}
        if answer["status"] != "found" or got != expected:
            wrong.append((row["city_town"], row["Ward"], row["Pct"], answer["status"], got))
    assert len(rows) == 2383
    assert wrong == []


def test_every_single_district_town_resolves_by_name(dataset: Dataset) -> None:
    whole = {t: d for t, d in _town_districts().items() if all(len(d[c]) == 1 for c in d)}
    for town, districts in whole.items():
        answer = lookup(dataset, LookupQuery(town=town)).to_json()
        assert answer["status"] == "found", town
        assert answer["town"] == town
        assert {c: {_key(answer[c])} for c in CHAMBER_COLUMNS} == districts, town


def test_split_towns_are_ambiguous_with_exactly_the_tables_candidates(dataset: Dataset) -> None:
    towns = _town_districts()
    split = {t: d for t, d in towns.items() if len(d["house"]) > 1 or len(d["senate"]) > 1}
    assert len(towns) == 351
    assert len(split) == 93
    for town, districts in split.items():
        answer = lookup(dataset, LookupQuery(town=town)).to_json()
        assert answer["status"] == "ambiguous", town
        assert answer["needs"] == ["ward_precinct", "street_address"]
        for chamber, expected in districts.items():
            if len(expected) == 1:
                assert {_key(answer[chamber])} == expected, (town, chamber)
                assert answer["candidates"][chamber] == []
            else:
                assert answer[chamber] is None
                assert {_key(c) for c in answer["candidates"][chamber]} == expected, town


def _current_state_roles() -> dict[tuple[str, str], str]:
    """(chamber, district key) -> Open States person id, for roles with no end date."""
    roles = {}
    for path in sorted((SOURCE_DIR / "legislators" / "state").glob("*.yml")):
        person = yaml.safe_load(path.read_text(encoding="utf-8"))
        for role in person["roles"]:
            if not role.get("end_date"):
                chamber = {"lower": "house", "upper": "senate"}[role["type"]]
                roles[(chamber, district_key(role["district"]))] = person["id"]
    return roles


def test_every_seat_has_its_current_member_or_is_vacant(dataset: Dataset) -> None:
    current = _current_state_roles()
    state_seats = {k: s for k, s in dataset.seats.items() if k[0] in ("house", "senate")}
    assert len([k for k in state_seats if k[0] == "house"]) == 160
    assert len([k for k in state_seats if k[0] == "senate"]) == 40
    for (chamber, name), seat in state_seats.items():
        expected = current.get((chamber, district_key(name)))
        assert (seat.member.id if seat.member else None) == expected, (chamber, name)
    vacant = sorted(name for (_, name), seat in state_seats.items() if seat.vacant)
    assert vacant == ["17th Middlesex", "1st Franklin"]


def test_the_us_delegation_is_complete(dataset: Dataset) -> None:
    congress = {name: seat for (c, name), seat in dataset.seats.items() if c == "congress"}
    assert sorted(congress, key=int) == [str(n) for n in range(1, 10)]
    assert all(seat.member is not None for seat in congress.values())
    assert [m.name for m in dataset.us_senators] == ["Ed Markey", "Elizabeth Warren"]


def _interior_points(stem: str, name_field: str) -> list[tuple[str, float, float]]:
    """A point well inside each district of a shapefile, in longitude/latitude."""
    import shapefile
    from pyproj import Transformer
    from shapely.geometry import shape
    from shapely.ops import polylabel

    to_lonlat = Transformer.from_crs(26986, 4326, always_xy=True)
    points = []
    with shapefile.Reader(str(SOURCE_DIR / "districts" / stem)) as reader:
        for record in reader.iterShapeRecords():
            geometry = shape(record.shape.__geo_interface__).buffer(0)
            largest = max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.area)
            inside = polylabel(largest, tolerance=10)
            assert largest.exterior.distance(inside) > 20
            lon, lat = to_lonlat.transform(inside.x, inside.y)
            points.append((str(record.record[name_field]), lon, lat))
    return points


@pytest.mark.parametrize(
    ("chamber", "stem", "name_field"),
    [
        ("house", "HOUSE2021_POLY", "REP_DIST"),
        ("senate", "SENATE2021_POLY", "SEN_DIST"),
        ("congress", "CONGRESSMA118_POLY", "DIST_NUM"),
    ],
)
def test_a_point_inside_a_district_resolves_to_it(
    dataset: Dataset, chamber: str, stem: str, name_field: str
) -> None:
    points = _interior_points(stem, name_field)
    assert len(points) in (160, 40, 9)
    for name, lon, lat in points:
        answer = lookup(dataset, LookupQuery(lat=lat, lon=lon)).to_json()
        assert answer[chamber] is not None, (name, lon, lat, answer["status"])
        assert _key(answer[chamber]) == district_key(name)


def test_maps_and_precinct_table_agree_on_whole_towns(dataset: Dataset) -> None:
    """A point inside a whole town gets the districts the precinct table gives the town."""
    from shapely.ops import polylabel

    whole = {t: d for t, d in _town_districts().items() if all(len(d[c]) == 1 for c in d)}
    disagreements = []
    for town, districts in whole.items():
        index = dataset.spatial
        geometry = index.geometries[(index.layers == "town") & (index.names == town)][0]
        inside = polylabel(
            max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.area), tolerance=1e-4
        )
        answer = lookup(dataset, LookupQuery(lat=inside.y, lon=inside.x)).to_json()
        got = {c: {_key(answer[c])} if answer[c] else None for c in CHAMBER_COLUMNS}
        if answer["town"] != town or got != districts:
            disagreements.append((town, answer["town"], got))
    assert disagreements == []


def test_dataset_file_is_inside_data_folder(dataset: Dataset) -> None:
    assert dataset.path.parent.name == "data"
    assert Path(dataset.path).stat().st_size < 20_000_000
