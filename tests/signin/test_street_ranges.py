"""Street ranges imported before the event decide a split town's address at the table.

The streets are written by the test as a Census ADDRFEAT zip (pyshp, the real field
names) along a real House boundary in Boston (tests/districts/boundary.py), imported
into the street table, and looked up through the sign-in: either side of the boundary
street resolves to its own side, a number where a cross street meets the boundary stays
open, and "Mass Ave" and "First Street" find "Massachusetts Ave" and "1st St".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.addresses import street_finder
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage, Signup
from desktop.streets.addrfeat import AddrFeatRecord, write_addrfeat_zip
from desktop.streets.importer import import_addrfeat
from tests.districts.boundary import BoundaryEdge, house_boundary_in


@pytest.fixture(scope="module")
def edge(dataset: Dataset) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")


def streets_along(edge: BoundaryEdge) -> list[AddrFeatRecord]:
    """Example St on the boundary (odd numbers left), two named streets on parts of it,
    and Cross St crossing it at its middle."""

    def along(start: float, end: float) -> list[tuple[float, float]]:
        return [edge.beside(start, 0), edge.beside(end, 0)]

    def odd_left(name: str, line: list[tuple[float, float]]) -> AddrFeatRecord:
        return AddrFeatRecord(
            name, line, lfrom="1", lto="99", rfrom="2", rto="100",
            parity_l="O", parity_r="E", zip_l="02131", zip_r="02131",
        )  # fmt: skip

    return [
        odd_left("Example St", along(0.0, 1.0)),
        odd_left("Massachusetts Ave", along(0.1, 0.4)),
        odd_left("1st St", along(0.6, 0.9)),
        AddrFeatRecord(
            "Cross St",
            [edge.beside(0.5, 300), edge.beside(0.5, -300)],
            lfrom="1",
            lto="101",
            rfrom="2",
            rto="102",
            parity_l="O",
            parity_r="E",
        ),
    ]


@pytest.fixture
def imported(edge: BoundaryEdge, tmp_path: Path) -> None:
    archive = tmp_path / "tl_2024_25025_addrfeat.zip"
    write_addrfeat_zip(archive, streets_along(edge))
    report = import_addrfeat(archive)
    assert report.county.name == "Suffolk" and report.county.segments == 4


def decided(dataset: Dataset, street: str, town: str = "Roslindale") -> tuple[str, str | None]:
    result = lookup(dataset, LookupQuery(town=town, street=street), street_finder())
    house = result.house.district if result.house else None
    return result.status, house


@pytest.mark.usefixtures("imported")
@pytest.mark.parametrize("number, side", [("11", "left"), ("12", "right"), ("97", "left")])
def test_either_side_of_a_boundary_street_resolves_to_its_own_side(
    dataset: Dataset, edge: BoundaryEdge, number: str, side: str
) -> None:
    expected = edge.left_house if side == "left" else edge.right_house
    assert decided(dataset, f"{number} Example St") == ("found", expected)
    result = lookup(
        dataset, LookupQuery(town="Boston", street=f"{number} Example St"), street_finder()
    )
    assert result.method == "street_range"
    placed = result.to_json()["address"]
    assert placed["street"] == "Example St" and placed["side"] == side
    assert placed["range"] == ([1, 99] if side == "left" else [2, 100])
    assert placed["zip"] == "02131"


@pytest.mark.usefixtures("imported")
def test_where_a_cross_street_meets_the_boundary_it_stays_ambiguous(
    dataset: Dataset, edge: BoundaryEdge
) -> None:
    result = lookup(dataset, LookupQuery(town="Boston", street="51 Cross St"), street_finder())
    assert result.status == "ambiguous"
    assert result.address is not None and result.address.miss == "near_boundary"
    houses = {seat.district for seat in result.candidates["house"]}
    assert {edge.left_house, edge.right_house} <= houses
    # Far along Cross St, well inside one district, it decides.
    assert decided(dataset, "3 Cross St")[0] == "found"


@pytest.mark.usefixtures("imported")
@pytest.mark.parametrize(
    "street", ["21 Mass Ave", "21 Massachusetts Avenue", "21 MASS. AVE.", "71 First Street",
               "71 1st St"],
)  # fmt: skip
def test_abbreviations_and_ordinals_match(
    dataset: Dataset, edge: BoundaryEdge, street: str
) -> None:
    assert decided(dataset, street) == ("found", edge.left_house)


@pytest.mark.usefixtures("imported")
def test_misses_say_why(dataset: Dataset) -> None:
    def miss(street: str, town: str = "Boston") -> str | None:
        result = lookup(dataset, LookupQuery(town=town, street=street), street_finder())
        assert result.status == "ambiguous"
        return result.address.miss if result.address else None

    assert miss("10 Nowhere Rd") == "street_not_found"
    assert miss("5000 Example St") == "number_out_of_range"
    assert miss("11 Example St", town="Worcester") == "other_town"


@pytest.mark.usefixtures("imported")
def test_a_corrected_address_resolves_a_pending_sign_up_and_releases_its_actions(
    service: SigninService, sessions: sessionmaker[Session], edge: BoundaryEdge
) -> None:
    service.use_streets(street_finder())
    form = SigninForm(
        first_name="Rosa", last_name="Quispe", street_address="11 Exampel St",
        place="Roslindale", email="rosa@example.org", consent_email=True, consent_letter=True,
    )  # fmt: skip
    receipt = service.submit(form)
    assert receipt.status == "pending" and receipt.letters == ()
    assert receipt.result.address is not None
    assert receipt.result.address.miss == "street_not_found"

    corrected = service.edit(
        receipt.signup_id, SigninForm(**{**form.__dict__, "street_address": "11 Example St"})
    )
    assert corrected.status == "resolved"
    assert {chamber for _id, chamber in corrected.letters} == {"house", "senate"}
    with sessions() as session:
        signup = session.get(Signup, receipt.signup_id)
        assert signup is not None and signup.house_district == edge.left_house
        assert {a.state for a in signup.actions} == {"ready"}
        messages = set(session.scalars(select(OutboxMessage.state)))
    assert messages == {"queued"}


@pytest.mark.usefixtures("imported")
def test_at_the_table_the_street_ranges_decide_at_once(
    service: SigninService, edge: BoundaryEdge
) -> None:
    service.use_streets(street_finder())
    receipt = service.submit(
        SigninForm(
            first_name="Ana",
            last_name="Lima",
            street_address="12 Example St",
            place="Roslindale",
            consent_letter=True,
        )
    )
    assert receipt.status == "resolved" and receipt.result.method == "street_range"
    assert receipt.result.house is not None
    assert receipt.result.house.district == edge.right_house
