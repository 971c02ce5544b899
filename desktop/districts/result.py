"""The answer to a lookup, and its JSON form (the `tabling lookup --json` contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.districts.dataset import CHAMBERS, Member, Seat

Status = Literal["found", "ambiguous", "not_found", "out_of_state"]
# What decided the districts: the town alone, its ward and precinct, a street address
# placed on the imported street ranges or by the online geocoder, or a given point.
Method = Literal["town", "precinct", "street_range", "geocoder", "point"]
Need = Literal["town", "ward_precinct", "street_address"]
# Why a street address did not decide: the lookup says so rather than guess.
AddressMiss = Literal[
    "no_street_data",  # no street ranges imported for this place (and not online)
    "street_not_found",
    "number_out_of_range",  # the street is known, the house number on none of its ranges
    "other_town",  # the street and number exist, but not in the town named
    "near_boundary",  # the point is within the margin of a district boundary
    "several_matches",  # the street and number are in several parts of town that differ
    "no_match",  # the online geocoder found no such address
    "unavailable",  # the online geocoder did not answer; try again later
]

# Why an address did not decide, in words for a terminal; the volunteer view words them
# without command names (desktop/gui/pages/pending_lookup.py).
ADDRESS_MISS_TEXT: dict[str, str] = {
    "no_street_data": "no street ranges for this place (see `tabling streets download`)",
    "street_not_found": "street not found",
    "number_out_of_range": "house number not on that street's ranges",
    "other_town": "that street and number are in another town",
    "near_boundary": "too near a district boundary to decide: ask for ward and precinct",
    "several_matches": "the street and number are in several parts of town: add the ZIP code",
    "no_match": "the online geocoder did not find the address",
    "unavailable": "the online geocoder did not answer (offline?): try again later",
}


@dataclass(frozen=True)
class AddressPlacement:
    """How a street address was placed, or why it was not (`miss`)."""

    method: Literal["street_range", "geocoder"] | None = None
    street: str | None = None  # as the street ranges or geocoder print it
    side: str | None = None  # left | right of the street, as drawn in TIGER/Line
    range_from: int | None = None
    range_to: int | None = None
    zip: str | None = None
    miss: AddressMiss | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "street": self.street,
            "side": self.side,
            "range": [self.range_from, self.range_to] if self.range_from is not None else None,
            "zip": self.zip,
            "miss": self.miss,
        }


@dataclass(frozen=True)
class LookupResult:
    status: Status
    town: str | None = None
    seats: dict[str, Seat] = field(default_factory=dict)  # decided chambers only
    candidates: dict[str, tuple[Seat, ...]] = field(default_factory=dict)  # undecided ones
    us_senators: tuple[Member, ...] = ()
    needs: tuple[Need, ...] = ()
    suggestions: tuple[str, ...] = ()
    candidate_towns: tuple[str, ...] = ()
    method: Method | None = None
    address: AddressPlacement | None = None  # when a street address was tried

    @property
    def house(self) -> Seat | None:
        return self.seats.get("house")

    @property
    def senate(self) -> Seat | None:
        return self.seats.get("senate")

    @property
    def congress(self) -> Seat | None:
        return self.seats.get("congress")

    def to_json(self) -> dict[str, Any]:
        def seat(chamber: str) -> dict[str, Any] | None:
            decided = self.seats.get(chamber)
            return decided.to_json() if decided else None

        return {
            "status": self.status,
            "town": self.town,
            "house": seat("house"),
            "senate": seat("senate"),
            "congress": seat("congress"),
            "us_senators": [m.to_json() for m in self.us_senators],
            "candidates": {
                chamber: [s.to_json() for s in self.candidates.get(chamber, ())]
                for chamber in CHAMBERS
            }
            | {"towns": list(self.candidate_towns)},
            "needs": list(self.needs),
            "suggestions": list(self.suggestions),
            "method": self.method,
            "address": self.address.to_json() if self.address else None,
        }
