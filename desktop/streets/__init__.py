"""Offline street address ranges (Census TIGER/Line ADDRFEAT) for towns split between districts.

Before an event, while online, `download_county` fetches the address-range file of each
county the event needs (`counties_for_place`) and imports it into the local street table
(`paths.streets_path()`). At the table, `open_streets()` and `find_points` (or
`match_street`, which also says why nothing matched) turn "123 Dudley St" into points on
the right side of the street, for the district lookup to place in its polygons.

Modules: `names` (street name match keys), `suffixes` (USPS abbreviations), `store` (the
SQLite table), `addrfeat` (the Census format), `importer`, `download`, `counties`,
`interpolate`, `match`, and `finder` (the table as the district lookup's StreetFinder).
Network code (`download`, requests) is imported only on demand.
"""

from __future__ import annotations

from desktop.streets.counties import MASSACHUSETTS_COUNTIES, counties_for_place, county_fips
from desktop.streets.match import (
    SIDE_OFFSET_METRES,
    StreetMatch,
    StreetMiss,
    StreetPoint,
    find_points,
    match_street,
)
from desktop.streets.names import street_key
from desktop.streets.store import County, StreetsError, StreetTable, open_streets

__all__ = [
    "MASSACHUSETTS_COUNTIES",
    "SIDE_OFFSET_METRES",
    "County",
    "StreetMatch",
    "StreetMiss",
    "StreetPoint",
    "StreetTable",
    "StreetsError",
    "counties_for_place",
    "county_fips",
    "find_points",
    "match_street",
    "open_streets",
    "street_key",
]
