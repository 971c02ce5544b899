"""A street address in a split town: placed at a point, decided only well inside a district.

The points here stand for what the street ranges or the geocoder return; they are laid
beside a real House boundary in Boston (tests/districts/boundary.py).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pytest

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import BOUNDARY_MARGIN_METRES, PlacedPoint, lookup
from desktop.districts.query import LookupQuery
from desktop.districts.resolver import AddressResolver, one_line_address
from desktop.districts.result import AddressMiss, AddressPlacement
from tests.districts.boundary import BoundaryEdge, house_boundary_in

GEOCODED = AddressPlacement(method="geocoder", street="100 EXAMPLE ST, BOSTON, MA, 02131")
QUERY = LookupQuery(town="Roslindale", street="100 Example St")


@pytest.fixture(scope="module")
def edge(dataset: Dataset) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")


def at(point: tuple[float, float]) -> PlacedPoint:
    return PlacedPoint(point[0], point[1], GEOCODED)


@pytest.mark.parametrize("side", [1, -1])
def test_a_point_either_side_of_a_boundary_street_decides_its_side(
    dataset: Dataset, edge: BoundaryEdge, side: int
) -> None:
    result = lookup(dataset, QUERY, geocoded=[at(edge.beside(0.5, side * 15))])
    assert result.status == "found"
    assert result.method == "geocoder"
    assert result.town == "Boston"
    assert result.house is not None
    assert result.house.district == (edge.left_house if side > 0 else edge.right_house)
    assert result.to_json()["address"]["street"] == GEOCODED.street


def test_a_point_within_the_margin_of_the_boundary_stays_ambiguous(
    dataset: Dataset, edge: BoundaryEdge
) -> None:
    result = lookup(dataset, QUERY, geocoded=[at(edge.beside(0.5, BOUNDARY_MARGIN_METRES / 2))])
    assert result.status == "ambiguous"
    assert result.method is None
    assert result.address is not None and result.address.miss == "near_boundary"
    houses = {seat.district for seat in result.candidates["house"]}
    assert {edge.left_house, edge.right_house} <= houses


def test_a_point_in_another_town_does_not_decide(dataset: Dataset) -> None:
    cambridge_city_hall = PlacedPoint(-71.1043, 42.3676, GEOCODED)
    result = lookup(dataset, QUERY, geocoded=[cambridge_city_hall])
    assert result.status == "ambiguous"
    assert result.address is not None and result.address.miss == "other_town"


def test_points_that_disagree_stay_ambiguous_and_points_that_agree_decide(
    dataset: Dataset, edge: BoundaryEdge
) -> None:
    both_sides = [at(edge.beside(0.5, 20)), at(edge.beside(0.5, -20))]
    result = lookup(dataset, QUERY, geocoded=both_sides)
    assert result.status == "ambiguous"
    assert result.address is not None and result.address.miss == "several_matches"
    same_side = [at(edge.beside(0.4, 20)), at(edge.beside(0.6, 25))]
    assert lookup(dataset, QUERY, geocoded=same_side).status == "found"


def test_a_split_town_without_a_street_asks_for_one(dataset: Dataset) -> None:
    result = lookup(dataset, LookupQuery(town="Dorchester"))
    assert result.needs == ("ward_precinct", "street_address")
    assert result.address is None


def test_a_street_without_street_ranges_says_so(dataset: Dataset) -> None:
    result = lookup(dataset, LookupQuery(town="Dorchester", street="123 Dudley St"))
    assert result.status == "ambiguous"
    assert result.to_json()["address"]["miss"] == "no_street_data"


def test_a_whole_town_is_decided_by_the_town_whatever_the_street(dataset: Dataset) -> None:
    result = lookup(dataset, LookupQuery(town="Florence", street="1 Nowhere Lane"))
    assert result.status == "found" and result.method == "town"
    assert result.address is None


def test_ward_and_precinct_decide_before_the_street(dataset: Dataset) -> None:
    query = LookupQuery(town="Boston", ward="19", precinct="1", street="100 Example St")
    assert lookup(dataset, query).method == "precinct"


class Counting:
    """A street finder or geocoder that answers from a list, counting its calls."""

    def __init__(self, points: Sequence[PlacedPoint], miss: AddressMiss) -> None:
        self.points, self.miss, self.calls = points, miss, 0

    def streets(
        self, number: str, street: str, zips: Collection[str]
    ) -> tuple[Sequence[PlacedPoint], AddressMiss]:
        self.calls += 1
        assert (number, street) == ("100", "Example St")
        return self.points, self.miss

    def geocode(self, address: str) -> tuple[Sequence[PlacedPoint], AddressMiss]:
        self.calls += 1
        assert address == "100 Example St, Roslindale, MA"
        return self.points, self.miss


def test_the_resolver_goes_online_only_when_asked_and_when_it_can_help(
    dataset: Dataset, edge: BoundaryEdge
) -> None:
    no_street = Counting([], "street_not_found")
    online = Counting([at(edge.beside(0.5, -15))], "no_match")
    resolver = AddressResolver(dataset, no_street.streets, online.geocode)
    offline = resolver.lookup(QUERY)
    assert offline.status == "ambiguous" and online.calls == 0
    assert offline.address is not None and offline.address.miss == "street_not_found"
    decided = resolver.lookup(QUERY, online=True)
    assert decided.status == "found" and decided.method == "geocoder"
    assert decided.house is not None and decided.house.district == edge.right_house
    assert online.calls == 1
    resolver.lookup(LookupQuery(town="Florence", street="100 Example St"), online=True)
    resolver.lookup(LookupQuery(town="Boston"), online=True)
    assert online.calls == 1  # a whole town, or no street: nothing to ask


def test_near_a_boundary_the_resolver_does_not_ask_the_geocoder_again(
    dataset: Dataset, edge: BoundaryEdge
) -> None:
    ranges = Counting(
        [PlacedPoint(*edge.beside(0.5, 1), AddressPlacement(method="street_range"))], "no_match"
    )
    online = Counting([], "no_match")
    result = AddressResolver(dataset, ranges.streets, online.geocode).lookup(QUERY, online=True)
    assert result.address is not None and result.address.miss == "near_boundary"
    assert online.calls == 0


def test_an_unavailable_geocoder_leaves_the_answer_open(dataset: Dataset) -> None:
    down = Counting([], "unavailable")
    result = AddressResolver(dataset, None, down.geocode).lookup(QUERY, online=True)
    assert result.status == "ambiguous"
    assert result.address == AddressPlacement(method="geocoder", miss="unavailable")


def test_the_geocoder_is_given_the_address_as_the_signer_said_it() -> None:
    assert one_line_address(LookupQuery(town="Dorchester", street="5 Dot Ave", zip="02125")) == (
        "5 Dot Ave, Dorchester, MA 02125"
    )
    assert one_line_address(LookupQuery(address="5 Dot Ave, Boston")) == "5 Dot Ave, Boston"
