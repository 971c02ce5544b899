"""Which counties an event needs, and county names as people give them."""

from __future__ import annotations

import pytest

from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.streets.counties import MASSACHUSETTS_COUNTIES, counties_for_place, county_fips


def test_every_dataset_county_has_a_fips_code(dataset: Dataset) -> None:
    assert set(dataset.counties.values()) == set(MASSACHUSETTS_COUNTIES.values())


@pytest.mark.parametrize("text", ["Suffolk", "suffolk county", "SUFFOLK", "25025", "025", "25"])
def test_a_county_by_name_or_code(text: str) -> None:
    assert county_fips(text) == "25025"


def test_an_unknown_county_lists_the_real_ones() -> None:
    with pytest.raises(LookupInputError, match="one of Barnstable, Berkshire"):
        county_fips("Kings")


@pytest.mark.parametrize(
    ("place", "counties"),
    [
        ("Dorchester", ("25025",)),  # a Boston neighbourhood
        ("Worcester", ("25027",)),
        ("Accord", ("25023",)),  # a village of Hingham and Norwell, both in Plymouth
        ("02119", ("25025",)),
        ("Dudley Square, Roxbury, MA", ("25025",)),
    ],
)
def test_the_counties_of_an_event_place(dataset: Dataset, place: str, counties: tuple[str]) -> None:
    assert counties_for_place(dataset, place) == counties


def test_split_only_leaves_out_towns_the_town_alone_decides(dataset: Dataset) -> None:
    whole = next(t for t in dataset.towns if not dataset.is_split(t))
    assert counties_for_place(dataset, whole) != ()
    assert counties_for_place(dataset, whole, split_only=True) == ()
    assert counties_for_place(dataset, "Boston", split_only=True) == ("25025",)


def test_an_unknown_place_is_an_input_error(dataset: Dataset) -> None:
    with pytest.raises(LookupInputError, match="'Narnia' is not a Massachusetts town"):
        counties_for_place(dataset, "Narnia")
