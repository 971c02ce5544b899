"""The answer to a lookup, and its JSON form (the `tabling lookup --json` contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.districts.dataset import CHAMBERS, Member, Seat

Status = Literal["found", "ambiguous", "not_found", "out_of_state"]
# What decided the districts: the town alone, its ward and precinct, or a point.
Method = Literal["town", "precinct", "point"]
Need = Literal["town", "ward_precinct", "street_address"]


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
        }
