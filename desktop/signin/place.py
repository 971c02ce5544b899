"""From the form's place field (and ward/precinct, when chosen) to the signer's legislators.

The place field takes a town, village or neighbourhood, or a ZIP code. The street
address is kept for the letter but does not decide districts offline yet.
"""

from __future__ import annotations

import re

from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import LookupResult
from desktop.signin.form import SigninForm
from desktop.signin.validation import FieldProblem, Problem

_ZIP = re.compile(r"^\d{5}(?:-?\d{4})?$")


def place_query(form: SigninForm) -> LookupQuery:
    place = form.place.strip()
    is_zip = bool(_ZIP.match(place))
    return LookupQuery(
        town=None if is_zip else place,
        zip=place if is_zip else None,
        ward=form.ward or None,
        precinct=form.precinct or None,
    )


def locate(dataset: Dataset, form: SigninForm) -> LookupResult | FieldProblem:
    """The lookup's answer, or the problem to show beside the place (or ward) field."""
    if not form.place.strip():
        return FieldProblem("place", Problem.REQUIRED)
    try:
        result = lookup(dataset, place_query(form))
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
    """Every (ward, precinct) of a town, in the table's order, for the form to offer."""
    return [(e.ward, e.precinct) for e in dataset.precincts.get(town, [])]
