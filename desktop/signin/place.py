"""From the form's place field (and ward/precinct, when chosen) to the signer's legislators.

The place field takes a town, village or neighbourhood, or a ZIP code. In a split
town the street address decides too, where street ranges were imported before the
event (`streets`); otherwise the sign-up is saved pending and decided later (online,
by ward and precinct, or by a corrected address: desktop/signin/pending.py).
"""

from __future__ import annotations

import re

from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.districts.lookup import StreetFinder, lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import LookupResult
from desktop.signin.form import SigninForm
from desktop.signin.validation import FieldProblem, Problem

_ZIP = re.compile(r"^\d{5}(?:-?\d{4})?$")


def place_query(place: str, street: str = "", ward: str = "", precinct: str = "") -> LookupQuery:
    place = place.strip()
    is_zip = bool(_ZIP.match(place))
    return LookupQuery(
        town=None if is_zip else place,
        zip=place if is_zip else None,
        ward=ward or None,
        precinct=precinct or None,
        street=street.strip() or None,
    )


def form_query(form: SigninForm) -> LookupQuery:
    return place_query(form.place, form.street_address, form.ward, form.precinct)


def locate(
    dataset: Dataset, form: SigninForm, streets: StreetFinder | None = None
) -> LookupResult | FieldProblem:
    """The lookup's answer, or the problem to show beside the place (or ward) field."""
    if not form.place.strip():
        return FieldProblem("place", Problem.REQUIRED)
    try:
        result = lookup(dataset, form_query(form), streets)
    except LookupInputError as exc:
        field = "ward" if form.ward or form.precinct else "place"
        problem = Problem.WARD_PRECINCT_INVALID if field == "ward" else Problem.PLACE_UNKNOWN
        return FieldProblem(field, problem, detail=str(exc))
    if result.status == "not_found":
        return FieldProblem("place", Problem.PLACE_UNKNOWN, suggestions=result.suggestions)
    if result.status == "out_of_state":
        return FieldProblem("place", Problem.PLACE_OUT_OF_STATE)
    return result


def ward_precinct_choices(dataset: Dataset, town: str) -> list[tuple[str, str]]:
    """Every (ward, precinct) of a town in the order people count them: Ward 2 before
    Ward 10, precinct 3 before 3A before 10 (the table sorts them as text)."""
    entries = {(e.ward, e.precinct) for e in dataset.precincts.get(town, [])}
    return sorted(entries, key=lambda pair: (natural_key(pair[0]), natural_key(pair[1])))


_NUMBER_RUN = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """ "10" after "2", "3A" after "3": numbers compared as numbers, letters as letters."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _NUMBER_RUN.split(text)
        if part
    )
