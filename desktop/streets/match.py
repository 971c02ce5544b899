"""A street address to points on the street: "123 Dudley St" to where number 123 stands.

Every segment whose name matches and one of whose sides' ranges holds the number (with
that side's parity) gives a point: the number interpolated along the segment from its
FROM end to its TO end, then set off to that side. Several segments can match (Main St
runs through many towns); the caller keeps the ones in the town the person named.

When nothing matches, `match_street` says why: nothing imported, no such street, or no
range holding the number, so the lookup can tell the person which.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection
from dataclasses import dataclass

from desktop.streets.interpolate import Side, fraction_along, point_along
from desktop.streets.names import street_key
from desktop.streets.store import SegmentRow, StreetTable, decode_coords

# How far from the centreline the point is set, to its side. A district or precinct line
# often runs down the middle of a street, so the point must land clearly on the house's
# side: 12 m clears half of a Boston street (two lanes, parking and sidewalk, 8-10 m) and
# stays well short of the houses across the street or the back of the lot (25 m and more).
SIDE_OFFSET_METRES = 12.0

_LEADING_NUMBER = re.compile(r"^\s*#?\s*(\d+)")


class StreetMiss(enum.Enum):
    NO_STREETS = "no_streets"  # no county imported yet
    NO_HOUSE_NUMBER = "no_house_number"  # the number does not start with digits
    STREET_NOT_FOUND = "street_not_found"  # no street of that name in the imported counties
    NUMBER_NOT_IN_RANGE = "number_not_in_range"  # the street is there, the number is not


@dataclass(frozen=True, slots=True)
class StreetPoint:
    lon: float
    lat: float
    full_name: str  # as TIGER prints it: "Dudley St"
    side: Side
    range_from: int  # the side's range, FROM end first (may run high to low)
    range_to: int
    zip: str | None  # the side's ZIP, when TIGER gives one
    county_fips: str
    segment_id: int  # the street table's row; it changes when the county is imported again


@dataclass(frozen=True, slots=True)
class StreetMatch:
    points: tuple[StreetPoint, ...]
    miss: StreetMiss | None  # None exactly when there are points
    street_names: tuple[str, ...] = ()  # names as printed that the street matched


def house_number_value(text: str) -> int | None:
    """The number a house number starts with: "12-14" and "12A" are 12; "Rear" is None."""
    match = _LEADING_NUMBER.match(text)
    return int(match.group(1)) if match else None


def find_points(
    table: StreetTable | None, house_number: str, street: str, zips: Collection[str] = ()
) -> list[StreetPoint]:
    """The points where `house_number` `street` can be; empty when none (see match_street)."""
    return list(match_street(table, house_number, street, zips).points)


def match_street(
    table: StreetTable | None, house_number: str, street: str, zips: Collection[str] = ()
) -> StreetMatch:
    """The points where the address can be, or why there are none.

    `zips` (the person's ZIP, or the town's) drops segments whose side has another ZIP,
    unless that would drop them all: TIGER's ZIPs are the Census' best guess, often left
    blank, and a ZIP boundary rarely follows a street exactly, so a ZIP may narrow the
    answer but must not empty it.
    """
    if table is None or table.is_empty():
        return StreetMatch((), StreetMiss.NO_STREETS)
    number = house_number_value(house_number)
    if number is None:
        return StreetMatch((), StreetMiss.NO_HOUSE_NUMBER)
    rows, lookup_key, base = _segments_named(table, street, number)
    hits = [(row, side) for row in rows for side in _sides_holding(row, number)]
    if not hits:
        names = tuple(table.names_with(lookup_key, base=base)) if lookup_key else ()
        miss = StreetMiss.NUMBER_NOT_IN_RANGE if names else StreetMiss.STREET_NOT_FOUND
        return StreetMatch((), miss, names)
    if zips:
        in_zip = [(row, side) for row, side in hits if _side_zip(row, side) in (None, *zips)]
        hits = in_zip or hits
    points: dict[tuple[float, float], StreetPoint] = {}
    for row, side in hits:
        point = _point(row, side, number)
        points.setdefault((round(point.lon, 6), round(point.lat, 6)), point)
    names = tuple(sorted({p.full_name for p in points.values()}))
    return StreetMatch(tuple(points.values()), None, names)


def _segments_named(
    table: StreetTable, street: str, number: int
) -> tuple[list[SegmentRow], str, bool]:
    """The segments of the street with a range spanning `number`, and the key that found
    them (or, when none, the key under which the street exists, for the miss)."""
    key = street_key(street)
    # "123 Dudley" may be Dudley St or Dudley Ter: without a suffix the base key decides.
    # "123 Bunker Hill" reads as a street of type Hill; failing that, as Bunker Hill St.
    attempts = [(key.key, False), (key.key, True)] if key.has_suffix else [(key.base, True)]
    for lookup_key, base in attempts:
        rows = table.segments_with(lookup_key, number, base=base)
        if rows or table.names_with(lookup_key, base=base):
            return rows, lookup_key, base
    return [], "", False


def _sides_holding(row: SegmentRow, number: int) -> list[Side]:
    sides: list[Side] = []
    if _holds(row.lfrom, row.lto, row.parity_l, number):
        sides.append("left")
    if _holds(row.rfrom, row.rto, row.parity_r, number):
        sides.append("right")
    return sides


def _holds(start: int | None, end: int | None, parity: str | None, number: int) -> bool:
    if start is None or end is None or not min(start, end) <= number <= max(start, end):
        return False
    if parity == "O":
        return number % 2 == 1
    if parity == "E":
        return number % 2 == 0
    return True


def _side_zip(row: SegmentRow, side: Side) -> str | None:
    return row.zip_l if side == "left" else row.zip_r


def _point(row: SegmentRow, side: Side, number: int) -> StreetPoint:
    start, end = (row.lfrom, row.lto) if side == "left" else (row.rfrom, row.rto)
    assert start is not None and end is not None  # _sides_holding checked
    lon, lat = point_along(
        decode_coords(row.coords),
        fraction_along(number, start, end),
        side,
        SIDE_OFFSET_METRES,
    )
    return StreetPoint(
        lon=lon,
        lat=lat,
        full_name=row.full_name,
        side=side,
        range_from=start,
        range_to=end,
        zip=_side_zip(row, side),
        county_fips=row.county,
        segment_id=row.id,
    )
