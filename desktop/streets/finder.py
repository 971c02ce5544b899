"""The street table as the district lookup's StreetFinder (see desktop/districts/lookup.py).

The lookup asks (house number, street, ZIPs) and gets PlacedPoints, or the reason there
are none in its own words. Logs never name the address: only that a table was unusable.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from pathlib import Path

from desktop.districts.lookup import PlacedPoint, StreetFinder
from desktop.districts.result import AddressMiss, AddressPlacement
from desktop.streets.match import StreetMiss, StreetPoint, match_street
from desktop.streets.store import StreetsError, StreetTable, open_streets

log = logging.getLogger(__name__)

_MISSES: dict[StreetMiss | None, AddressMiss] = {
    StreetMiss.NO_STREETS: "no_street_data",
    StreetMiss.STREET_NOT_FOUND: "street_not_found",
    # "Rear" or "½" as a house number: no range can hold it.
    StreetMiss.NO_HOUSE_NUMBER: "number_out_of_range",
    StreetMiss.NUMBER_NOT_IN_RANGE: "number_out_of_range",
    None: "street_not_found",  # the lookup reads the reason only when there are no points
}


def placed(point: StreetPoint) -> PlacedPoint:
    placement = AddressPlacement(
        method="street_range",
        street=point.full_name,
        side=point.side,
        range_from=point.range_from,
        range_to=point.range_to,
        zip=point.zip,
    )
    return PlacedPoint(point.lon, point.lat, placement)


def street_finder(table: StreetTable) -> StreetFinder:
    def find(
        house_number: str, street: str, zips: Collection[str]
    ) -> tuple[Sequence[PlacedPoint], AddressMiss]:
        match = match_street(table, house_number, street, zips)
        return [placed(p) for p in match.points], _MISSES[match.miss]

    return find


def open_street_finder(path: Path | None = None) -> StreetFinder | None:
    """A finder over the imported ranges, or None when none are imported (or unreadable:
    a damaged street file must not stop the booth; it is logged and treated as absent)."""
    try:
        table = open_streets(path)
        if table is not None and table.is_empty():
            table.close()
            return None
    except StreetsError as exc:
        log.warning("street table unusable, looking up without it: %s", exc)
        return None
    return street_finder(table) if table else None
