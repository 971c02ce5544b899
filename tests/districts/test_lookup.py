"""What people say at the table, and what the lookup answers."""

from __future__ import annotations

import pytest

from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery


def answer(dataset: Dataset, **query: str | float) -> dict[str, object]:
    return lookup(dataset, LookupQuery(**query)).to_json()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("Dorchester", "Boston"),
        ("Roxbury", "Boston"),
        ("Jamaica Plain", "Boston"),
        ("East Boston", "Boston"),
        ("Hyde Park", "Boston"),
        ("Hyannis", "Barnstable"),
        ("Cotuit", "Barnstable"),
        ("Osterville", "Barnstable"),
        ("Florence", "Northampton"),
        ("Indian Orchard", "Springfield"),
    ],
)
def test_villages_and_neighbourhoods_resolve_to_their_towns(
    dataset: Dataset, said: str, town: str
) -> None:
    result = answer(dataset, town=said)
    assert result["town"] == town
    assert result["status"] in ("found", "ambiguous")


def test_a_village_of_a_whole_town_gets_its_legislators(dataset: Dataset) -> None:
    result = answer(dataset, town="Florence")
    assert result["status"] == "found"
    assert result["house"]["district"] == "1st Hampshire"  # type: ignore[index]
    assert result["senate"]["district"] == "Hampshire, Franklin and Worcester"  # type: ignore[index]
    assert result["method"] == "town"


@pytest.mark.parametrize(
    ("code", "town"),
    [
        ("02601", "Barnstable"),
        ("02124", "Boston"),
        ("01062", "Northampton"),
        ("01151", "Springfield"),
    ],
)
def test_zip_codes_resolve_to_their_towns(dataset: Dataset, code: str, town: str) -> None:
    assert answer(dataset, zip=code)["town"] == town


def test_a_zip_of_a_whole_town_gets_its_legislators(dataset: Dataset) -> None:
    result = answer(dataset, zip="01062")
    assert result["status"] == "found"
    assert result["house"]["district"] == "1st Hampshire"  # type: ignore[index]


def test_a_zip_spanning_towns_asks_which_town(dataset: Dataset) -> None:
    result = answer(dataset, zip="01002")  # Amherst and Pelham
    assert result["status"] == "ambiguous"
    assert result["town"] is None
    assert result["needs"] == ["town"]
    assert result["candidates"]["towns"] == ["Amherst", "Pelham"]  # type: ignore[index]


def test_a_split_town_needs_ward_and_precinct_or_a_street_address(dataset: Dataset) -> None:
    result = answer(dataset, town="Boston")
    assert result["status"] == "ambiguous"
    assert result["house"] is None and result["senate"] is None
    assert result["needs"] == ["ward_precinct", "street_address"]
    houses = [c["district"] for c in result["candidates"]["house"]]  # type: ignore[index]
    assert "8th Suffolk" in houses and len(houses) == len(set(houses)) > 10
    assert {"district", "vacant", "member"} <= set(result["candidates"]["house"][0])  # type: ignore[index]


def test_ward_and_precinct_decide_a_split_town(dataset: Dataset) -> None:
    result = answer(dataset, town="Jamaica Plain", ward="Ward 19", precinct="01")
    assert result["status"] == "found"
    assert result["town"] == "Boston"
    assert result["method"] == "precinct"
    assert result["candidates"] == {"house": [], "senate": [], "congress": [], "towns": []}


def test_a_precinct_alone_decides_where_only_its_sub_precincts_are_listed(dataset: Dataset) -> None:
    # Attleboro lists ward 3 precincts A and B, in different House districts.
    assert answer(dataset, town="Attleboro", ward="3", precinct="A")["house"]["district"] == (  # type: ignore[index]
        "2nd Bristol"
    )
    assert answer(dataset, town="Attleboro", ward="3")["status"] == "ambiguous"


@pytest.mark.parametrize(
    "typed", ["north attleborough", "NORTH ATTLEBOROUGH", "North  Attleborough.", "N. Attleboro"]
)
def test_case_spacing_and_punctuation_do_not_matter(dataset: Dataset, typed: str) -> None:
    assert answer(dataset, town=typed)["town"] == "North Attleborough"


def test_manchester_by_the_sea_in_capitals(dataset: Dataset) -> None:
    result = answer(dataset, town="MANCHESTER BY THE SEA")
    assert (result["status"], result["town"]) == ("found", "Manchester-by-the-Sea")


@pytest.mark.parametrize(
    ("typed", "meant"), [("Worchester", "Worcester"), ("Sommerville", "Somerville")]
)
def test_unknown_places_get_close_suggestions(dataset: Dataset, typed: str, meant: str) -> None:
    result = answer(dataset, town=typed)
    assert result["status"] == "not_found"
    assert result["suggestions"][0] == meant  # type: ignore[index]
    assert result["house"] is None and result["us_senators"] == []


def test_a_vacant_seat_is_reported_as_vacant(dataset: Dataset) -> None:
    result = answer(dataset, town="Ashfield")  # in the 1st Franklin district
    assert result["house"] == {"district": "1st Franklin", "vacant": True, "member": None}


def test_a_member_carries_office_and_contacts(dataset: Dataset) -> None:
    result = answer(dataset, town="Amherst")
    member = result["house"]["member"]  # type: ignore[index]
    assert set(member) >= {"name", "party", "email", "phone", "office", "url"}
    assert member["email"].endswith("@mahouse.gov")
    assert "24 Beacon St" in member["office"] and member["office"].startswith("Room")
    assert [s["name"] for s in result["us_senators"]] == ["Ed Markey", "Elizabeth Warren"]  # type: ignore[union-attr]
    assert result["congress"]["district"] == 2  # type: ignore[index]


def test_a_point_decides_every_chamber(dataset: Dataset) -> None:
    result = answer(dataset, lat=42.3587, lon=-71.0636)  # the State House
    assert result["status"] == "found"
    assert result["town"] == "Boston"
    assert result["method"] == "point"
    assert result["congress"]["district"] == 8  # type: ignore[index]


@pytest.mark.parametrize(("lat", "lon"), [(40.7128, -74.0060), (43.0, -71.46), (0.0, 0.0)])
def test_points_outside_massachusetts(dataset: Dataset, lat: float, lon: float) -> None:
    assert answer(dataset, lat=lat, lon=lon)["status"] == "out_of_state"


def test_another_states_zip_or_address_is_out_of_state(dataset: Dataset) -> None:
    assert answer(dataset, zip="03060")["status"] == "out_of_state"
    assert answer(dataset, address="5 Main St, Nashua, NH 03060")["status"] == "out_of_state"


@pytest.mark.parametrize(
    ("text", "town", "status"),
    [
        ("123 Dudley St, Dorchester, MA 02119", "Boston", "ambiguous"),
        ("12 Main St, Hyannis, Barnstable MA 02601", "Barnstable", "ambiguous"),
        ("10 Main St Florence", "Northampton", "found"),
        ("45 Elm Street Apt 3 Amherst MA 01002", "Amherst", "found"),
        ("Hyde Park, Boston", "Boston", "ambiguous"),
        ("East Boston 02128", "Boston", "ambiguous"),
        ("01062", "Northampton", "found"),
        ("Jamaica Plain", "Boston", "ambiguous"),
    ],
)
def test_free_text_addresses(dataset: Dataset, text: str, town: str, status: str) -> None:
    result = answer(dataset, address=text)
    assert (result["town"], result["status"]) == (town, status)


def test_an_address_and_a_town_that_disagree_ask_which_town(dataset: Dataset) -> None:
    result = answer(dataset, address="Hyannis", town="Amherst")
    assert result["needs"] == ["town"]
    assert result["candidates"]["towns"] == ["Amherst", "Barnstable"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({}, "Nothing to look up"),
        ({"lat": 500.0, "lon": -71.0}, "Latitude 500 is outside"),
        ({"lat": 42.0}, "both latitude and longitude"),
        ({"ward": "3"}, "needs a town"),
        ({"zip": "2119"}, "not five digits"),
        ({"town": "Boston", "ward": "99", "precinct": "1"}, "Boston has no ward 99, precinct 1"),
        ({"town": "Acton", "ward": "2", "precinct": "1"}, "Acton has no wards"),
        ({"town": "Boston", "ward": "three"}, "is not a ward"),
    ],
)
def test_malformed_input_raises_one_clear_sentence(
    dataset: Dataset, query: dict[str, object], message: str
) -> None:
    with pytest.raises(LookupInputError, match=message) as raised:
        lookup(dataset, LookupQuery(**query))  # type: ignore[arg-type]
    text = str(raised.value)
    assert text.endswith(".") and "\n" not in text
