"""The lookup with what the laptop has on top of the dataset: street ranges, the geocoder.

`lookup` alone is pure: it places a street address on the street ranges it is given,
or at the points it is given. `AddressResolver` is what the app calls: it hands the
lookup the street ranges imported before the event and, when asked to go online and
the ranges did not decide, asks the online geocoder and looks up again with its point.
The geocoder is asked only when it can help: not when the town alone decides, not
when the address is too near a district boundary (the geocoder places addresses on
the same Census street ranges, so it would be as near).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import PlacedPoint, StreetFinder, lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import AddressMiss, AddressPlacement, LookupResult

# One-line address -> the points the geocoder found, or why none ("no_match",
# "unavailable", "several_matches").
Geocode = Callable[[str], tuple[Sequence[PlacedPoint], AddressMiss]]

# Misses of the street ranges that the geocoder may still settle.
_ONLINE_CAN_HELP: frozenset[AddressMiss] = frozenset(
    {"no_street_data", "street_not_found", "number_out_of_range", "other_town", "several_matches"}
)


def one_line_address(query: LookupQuery, town: str | None = None) -> str:
    """The address as one line for the geocoder: street, place as said, state, ZIP."""
    if query.address:
        return query.address
    place = query.town or town or ""
    return ", ".join(p for p in (query.street, place, f"MA {query.zip or ''}".strip()) if p)


@dataclass
class AddressResolver:
    dataset: Dataset
    streets: StreetFinder | None = None
    geocode: Geocode | None = None

    def lookup(self, query: LookupQuery, online: bool = False) -> LookupResult:
        """The offline answer; with `online`, the geocoder's when the offline one is open."""
        result = lookup(self.dataset, query, self.streets)
        if not (online and self.geocode and self.could_go_online(result)):
            return result
        points, miss = self.geocode(one_line_address(query, result.town))
        if not points:
            placement = AddressPlacement(method="geocoder", miss=miss)
            return dataclasses.replace(result, address=placement)
        return lookup(self.dataset, query, geocoded=points)

    @staticmethod
    def could_go_online(result: LookupResult) -> bool:
        """Whether the geocoder may decide what the offline lookup left open."""
        return (
            result.status == "ambiguous"
            and result.address is not None
            and result.address.miss in _ONLINE_CAN_HELP
        )
