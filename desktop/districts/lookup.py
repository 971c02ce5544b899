"""Who represents this person? A pure function of what they said.

The answer is `found` when both state chambers are decided, `ambiguous` when the
place is split and the input does not decide (with the candidates and what would),
`not_found` for a name that is not a Massachusetts place (with close suggestions),
and `out_of_state`. It never guesses.
"""

from __future__ import annotations

from collections.abc import Iterable
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
from desktop.districts.result import LookupResult, Method, Need
from desktop.districts.suggest import suggest_places

if TYPE_CHECKING:
    from desktop.districts.address import ParsedAddress

_MASSACHUSETTS = {"ma", "mass", "massachusetts"}


def lookup(dataset: Dataset, query: LookupQuery) -> LookupResult:
    query = check(query)
    parsed = None
    if query.address:
        from desktop.districts.address import parse_address  # usaddress: ~30 ms to import

        parsed = parse_address(query.address)
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
    return _by_towns(dataset, sorted(towns), query)


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
