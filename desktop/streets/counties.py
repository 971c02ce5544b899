"""Massachusetts' counties by FIPS code, and the counties an event's place needs."""

from __future__ import annotations

from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.districts.names import fold, place_key

MASSACHUSETTS_COUNTIES: dict[str, str] = {
    "25001": "Barnstable",
    "25003": "Berkshire",
    "25005": "Bristol",
    "25007": "Dukes",
    "25009": "Essex",
    "25011": "Franklin",
    "25013": "Hampden",
    "25015": "Hampshire",
    "25017": "Middlesex",
    "25019": "Nantucket",
    "25021": "Norfolk",
    "25023": "Plymouth",
    "25025": "Suffolk",
    "25027": "Worcester",
}
_BY_NAME = {fold(name): fips for fips, name in MASSACHUSETTS_COUNTIES.items()}


def county_fips(text: str) -> str:
    """The FIPS code of a county given by name ("Suffolk", "suffolk county") or code.

    Raises LookupInputError, with the county names, for anything else.
    """
    cleaned = fold(text).removesuffix(" county")
    if cleaned in _BY_NAME:
        return _BY_NAME[cleaned]
    code = cleaned.replace(" ", "")
    for fips in (code, f"25{code.zfill(3)}"):  # 25025, 025 or 25 for Suffolk
        if fips in MASSACHUSETTS_COUNTIES:
            return fips
    raise LookupInputError(
        f"{text!r} is not a Massachusetts county: one of"
        f" {', '.join(MASSACHUSETTS_COUNTIES.values())}."
    )


def county_name(fips: str) -> str:
    return MASSACHUSETTS_COUNTIES.get(fips, fips)


def counties_for_place(
    dataset: Dataset, place_text: str, *, split_only: bool = False
) -> tuple[str, ...]:
    """FIPS codes of the counties of the towns an event's place names, in code order.

    "Dorchester" gives Suffolk (Boston); "Accord" names a village in Hingham and Norwell,
    both in Plymouth. With `split_only`, only towns split between State House or Senate
    districts count: elsewhere the town alone decides and street ranges add nothing.
    Raises LookupInputError when the place is not a Massachusetts town, village or ZIP.
    """
    from desktop.districts.lookup import lookup
    from desktop.districts.query import LookupQuery

    towns = _towns_named(dataset, place_text)
    if not towns:
        result = lookup(dataset, LookupQuery(address=place_text))
        towns = ((result.town,) if result.town else ()) + tuple(result.candidate_towns)
    if not towns:
        raise LookupInputError(f"{place_text!r} is not a Massachusetts town or neighbourhood.")
    names = {dataset.counties[t] for t in towns if not split_only or dataset.is_split(t)}
    return tuple(sorted(_BY_NAME[fold(name)] for name in names))


def _towns_named(dataset: Dataset, place_text: str) -> tuple[str, ...]:
    key = place_key(place_text)
    if key in dataset.places:
        return dataset.places[key]
    return dataset.zips.get(place_text.strip(), ())
