"""Who represents this person? A pure function of what they said.

The answer is `found` when both state chambers are decided, `ambiguous` when the
place is split and the input does not decide (with the candidates and what would),
`not_found` for a name that is not a Massachusetts place (with close suggestions),
and `out_of_state`. It never guesses.

In a split town a street address decides when it can be placed: on the street ranges
imported before the event (`streets`, a StreetFinder), or at a point the online
geocoder returned (`geocoded`). A placed point decides only when it lies in one of the
towns named and at least BOUNDARY_MARGIN_METRES inside its districts; otherwise the
answer stays ambiguous, with the reason in `result.address.miss`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.districts.dataset import CHAMBERS, STATE_CHAMBERS, Dataset, PrecinctEntry
from desktop.districts.errors import LookupInputError
from desktop.districts.names import fold, place_key
from desktop.districts.query import (
    NO_WARD,
    LookupQuery,
    check,
    is_massachusetts_zip,
    is_sub_precinct,
)
from desktop.districts.result import AddressMiss, AddressPlacement, LookupResult, Method, Need
from desktop.districts.suggest import suggest_places

if TYPE_CHECKING:
    from desktop.districts.address import ParsedAddress

_MASSACHUSETTS = {"ma", "mass", "massachusetts"}

# A placed address decides only this far inside its districts. Street centrelines in
# TIGER/Line and district edges in MassGIS are drawn separately and can disagree by a
# few metres, and a geocoded point is itself interpolated: nearer than this, ask.
BOUNDARY_MARGIN_METRES = 6.0


@dataclass(frozen=True)
class PlacedPoint:
    """Where a street address is, by the street ranges or the geocoder, and how."""

    lon: float
    lat: float
    placement: AddressPlacement


# (house number, street name, ZIP codes) -> the points found, or why there are none.
StreetFinder = Callable[[str, str, Collection[str]], tuple[Sequence[PlacedPoint], AddressMiss]]


def lookup(
    dataset: Dataset,
    query: LookupQuery,
    streets: StreetFinder | None = None,
    geocoded: Sequence[PlacedPoint] = (),
) -> LookupResult:
    query = check(query)
    parsed = street = None
    if query.address or query.street:
        from desktop.districts.address import parse_address  # usaddress: ~30 ms to import

        parsed = parse_address(query.address) if query.address else None
        street = parse_address(query.street) if query.street else parsed
    if parsed and parsed.state and fold(parsed.state) not in _MASSACHUSETTS:
        return LookupResult("out_of_state")
    zip_code = query.zip or (parsed.zip if parsed else None)
    if zip_code and not is_massachusetts_zip(zip_code):
        return LookupResult("out_of_state")
    if query.lat is not None and query.lon is not None:
        return _by_point(dataset, query.lon, query.lat)

    towns, unknown = _resolve_towns(dataset, query.town, parsed, zip_code)
    if not towns:
        return LookupResult("not_found", suggestions=suggest_places(unknown, dataset.place_names))
    result = _by_towns(dataset, sorted(towns), query)
    if result.status != "ambiguous" or query.ward or query.precinct:
        return result
    if geocoded:
        return _by_address_points(dataset, towns, geocoded, result)
    if not (street and street.house_number and street.street_name):
        if result.needs == ("ward_precinct",):  # one split town: its streets would decide
            return dataclasses.replace(result, needs=("ward_precinct", "street_address"))
        return result
    if streets is None:
        return dataclasses.replace(result, address=AddressPlacement(miss="no_street_data"))
    zips = (zip_code,) if zip_code else ()
    points, miss = streets(street.house_number, street.street_name, zips)
    if not points:
        return dataclasses.replace(result, address=AddressPlacement(miss=miss))
    return _by_address_points(dataset, towns, points, result)


def _by_address_points(
    dataset: Dataset, towns: set[str], points: Sequence[PlacedPoint], undecided: LookupResult
) -> LookupResult:
    """Decide by where the address is: only within the towns named, never near an edge."""
    spatial = dataset.spatial
    options: dict[str, set[str]] = {c: set() for c in CHAMBERS}
    in_towns = []
    for point in points:
        hit = spatial.around(point.lon, point.lat, BOUNDARY_MARGIN_METRES)
        point_towns = set(spatial.locate(point.lon, point.lat).towns)
        if not point_towns & towns:
            continue
        in_towns.append((point, point_towns & towns))
        for chamber in CHAMBERS:
            found = set(hit.districts.get(chamber, ()))
            if not found:  # water, or a sliver between simplified edges
                found = set().union(*(dataset.town_districts[t][chamber] for t in towns))
            options[chamber] |= found
    if not in_towns:
        return dataclasses.replace(undecided, address=AddressPlacement(miss="other_town"))
    point, point_towns = in_towns[0]
    if any(len(options[c]) != 1 for c in STATE_CHAMBERS):
        miss: AddressMiss = "several_matches" if len(in_towns) > 1 else "near_boundary"
        placement = dataclasses.replace(point.placement, miss=miss)
        return dataclasses.replace(undecided, address=placement)
    town = next(iter(point_towns)) if len(point_towns) == 1 else undecided.town
    method: Method = point.placement.method or "point"
    result = _answer(dataset, options, town, method, ("ward_precinct",), ())
    return dataclasses.replace(result, address=point.placement)


def _known(dataset: Dataset, phrases: Iterable[str]) -> list[set[str]]:
    return [set(dataset.places[k]) for k in map(place_key, phrases) if k in dataset.places]


def _resolve_towns(
    dataset: Dataset, town: str | None, parsed: ParsedAddress | None, zip_code: str | None
) -> tuple[set[str], str]:
    """The towns the person can mean, and the text to suggest from when there are none."""
    named: list[set[str]] = []
    if town:
        towns_named = dataset.places.get(place_key(town))
        if towns_named is None:
            return set(), town
        named.append(set(towns_named))
    if parsed:
        named += _known(dataset, parsed.places) or _known(dataset, parsed.fallback_places)
    towns = set.intersection(*named) if named else set()
    if named and not towns:
        towns = set.union(*named)  # the names contradict each other: ask which town
    by_zip = set(dataset.zips.get(zip_code, ())) if zip_code else set()
    if by_zip and (towns & by_zip or not towns):
        towns = towns & by_zip or by_zip
    unknown = parsed.places[0] if parsed and parsed.places else ""
    return towns, unknown


def _select_precincts(
    town: str, entries: list[PrecinctEntry], query: LookupQuery
) -> list[PrecinctEntry]:
    ward = query.ward if query.ward != NO_WARD else None
    if ward and all(e.ward == NO_WARD for e in entries):
        raise LookupInputError(f"{town} has no wards: give the precinct alone.")
    selected = [e for e in entries if not ward or e.ward == ward]
    if query.precinct:
        # `6` is precinct 6 where the table lists it; where only 6A and 6B exist, it is both.
        exact = [e for e in selected if e.precinct == query.precinct]
        selected = exact or [e for e in selected if is_sub_precinct(query.precinct, e.precinct)]
    if not selected:
        asked = ", ".join(
            filter(None, [ward and f"ward {ward}", query.precinct and f"precinct {query.precinct}"])
        )
        raise LookupInputError(f"{town} has no {asked}.")
    return selected


def _by_towns(dataset: Dataset, towns: list[str], query: LookupQuery) -> LookupResult:
    method: Method = "town"
    if len(towns) == 1:
        town: str | None = towns[0]
        entries = dataset.precincts[towns[0]]
        if query.ward or query.precinct:
            entries = _select_precincts(towns[0], entries, query)
            method = "precinct" if dataset.is_split(towns[0]) else "town"
        options = {c: {e.district(c) for e in entries} for c in CHAMBERS}
    else:
        town = None
        options = {c: set().union(*(dataset.town_districts[t][c] for t in towns)) for c in CHAMBERS}
    needs: tuple[Need, ...] = ("town",) if len(towns) > 1 else ("ward_precinct",)
    return _answer(dataset, options, town, method, needs, tuple(towns) if len(towns) > 1 else ())


def _by_point(dataset: Dataset, lon: float, lat: float) -> LookupResult:
    hit = dataset.spatial.locate(lon, lat)
    if not hit.towns and not any(hit.districts.get(c) for c in STATE_CHAMBERS):
        return LookupResult("out_of_state")
    town = hit.towns[0] if len(hit.towns) == 1 else None
    options = {c: set(hit.districts.get(c, ())) for c in CHAMBERS}
    for chamber in CHAMBERS:
        # A point in a town's water or in a sliver between simplified edges: the town decides
        # only where the whole town lies in one district.
        if not options[chamber] and town:
            options[chamber] = set(dataset.town_districts[town][chamber])
    return _answer(
        dataset, options, town, "point", ("ward_precinct",), hit.towns if not town else ()
    )


def _answer(
    dataset: Dataset,
    options: dict[str, set[str]],
    town: str | None,
    method: Method,
    needs_if_undecided: tuple[Need, ...],
    candidate_towns: tuple[str, ...],
) -> LookupResult:
    seats = {c: dataset.seats[(c, next(iter(o)))] for c, o in options.items() if len(o) == 1}
    candidates = {
        c: tuple(dataset.seats[(c, name)] for name in sorted(o, key=_district_order))
        for c, o in options.items()
        if len(o) > 1
    }
    found = all(c in seats for c in STATE_CHAMBERS)
    return LookupResult(
        status="found" if found else "ambiguous",
        town=town,
        seats=seats,
        candidates=candidates,
        us_senators=dataset.us_senators,
        needs=() if found else needs_if_undecided,
        candidate_towns=candidate_towns,
        method=method if found else None,
    )


def _district_order(name: str) -> tuple[int, str]:
    number = "".join(c for c in name.split(" ")[0] if c.isdigit())
    return (int(number) if number else 0, name)
