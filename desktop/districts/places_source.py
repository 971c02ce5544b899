"""Place names people use, from a package that ships its data (`zipcodes`).

Every municipality is a place. Every postal name in the state (`Dorchester`,
`Hyannis`, `Indian Orchard`, and the names USPS accepts beside them) points to the
town(s) its ZIP codes lie in: each ZIP's point placed in the town polygons. A name
that is itself a municipality always means that municipality.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import shapely

from desktop.districts.names import place_key

# A PO box or unique ZIP's point can sit just off the coast or across a town line;
# beyond this distance (degrees, about 2 km) it is not taken as lying in a town.
_NEAREST_TOWN_LIMIT = 0.02


@dataclass(frozen=True)
class PlaceRow:
    key: str
    name: str
    town: str
    kind: str  # town | postal


def zipcode_records() -> list[dict[str, Any]]:
    import zipcodes

    records: list[dict[str, Any]] = zipcodes.filter_by(state="MA")  # type: ignore[no-untyped-call]
    return sorted(
        (z for z in records if z.get("active", True)),
        key=lambda z: str(z["zip_code"]),
    )


def zipcodes_version() -> str:
    from importlib.metadata import version

    return version("zipcodes")


def zip_towns(records: list[dict[str, Any]], towns: dict[str, Any]) -> dict[str, set[str]]:
    """ZIP → the towns it touches: where its point lies, and municipalities it is named for."""
    names = list(towns)
    tree = shapely.STRtree(list(towns.values()))
    by_key = {place_key(n): n for n in names}
    result: dict[str, set[str]] = {}
    for record in records:
        point = shapely.Point(float(record["long"]), float(record["lat"]))
        hits = {names[i] for i in tree.query(point, predicate="intersects")}
        if not hits:
            nearest = tree.query_nearest(point, max_distance=_NEAREST_TOWN_LIMIT)
            hits = {names[i] for i in nearest}
        for postal_name in [record["city"], *record.get("acceptable_cities", [])]:
            town = by_key.get(place_key(postal_name))
            if town:
                hits.add(town)
        if hits:
            result[str(record["zip_code"])] = hits
    return result


def place_rows(
    town_names: list[str], records: list[dict[str, Any]], zips: dict[str, set[str]]
) -> list[PlaceRow]:
    rows = {(place_key(t), t): PlaceRow(place_key(t), t, t, "town") for t in town_names}
    town_keys = {place_key(t) for t in town_names}
    postal: dict[str, tuple[str, set[str]]] = defaultdict(lambda: ("", set()))
    for record in records:
        towns = zips.get(str(record["zip_code"]), set())
        for name in [record["city"], *record.get("acceptable_cities", [])]:
            key = place_key(name)
            if not key or key in town_keys:
                continue
            shown, seen = postal[key]
            # Prefer the spelling USPS uses as a ZIP's main name (`Dorchester Center`
            # over its abbreviation `Dorchestr Ctr`): the longest is the unabbreviated one.
            postal[key] = (max(shown, name.title(), key=len), seen | towns)
    for key, (name, towns) in postal.items():
        for town in towns:
            rows[(key, town)] = PlaceRow(key, name, town, "postal")
    return [rows[k] for k in sorted(rows)]
