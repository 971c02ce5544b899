"""Finding a house number on the imported ranges: the side, the place along, the misses."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from desktop.streets.importer import import_addrfeat
from desktop.streets.match import (
    SIDE_OFFSET_METRES,
    StreetMiss,
    find_points,
    house_number_value,
    match_street,
)
from desktop.streets.store import StreetsError, StreetTable, open_streets
from tests.streets.conftest import EAST, LAT, MIDDLESEX, SUFFOLK, WEST, MakeZip, dudley

TableOf = Callable[..., StreetTable]
METRES_PER_DEGREE = 6_371_008.8 * math.pi / 180


def metres_north(lat: float) -> float:
    return (lat - LAT) * METRES_PER_DEGREE


def metres_east(lon: float, lat: float = LAT) -> float:
    return (lon - WEST) * METRES_PER_DEGREE * math.cos(math.radians(lat))


def test_odd_numbers_on_the_left_even_on_the_right(table_of: TableOf) -> None:
    table = table_of([dudley()])
    (odd,) = find_points(table, "51", "Dudley Street")
    (even,) = find_points(table, "52", "dudley st")
    assert (odd.side, odd.range_from, odd.range_to) == ("left", 1, 99)
    assert (even.side, even.range_from, even.range_to) == ("right", 2, 100)
    # Walking east the left is north: each point is set off 12 m to its side.
    assert metres_north(odd.lat) == pytest.approx(SIDE_OFFSET_METRES, abs=0.05)
    assert metres_north(even.lat) == pytest.approx(-SIDE_OFFSET_METRES, abs=0.05)
    assert (odd.full_name, odd.zip, odd.county_fips) == ("Dudley St", "02119", SUFFOLK)


def test_the_number_is_interpolated_from_the_from_end(table_of: TableOf) -> None:
    table = table_of([dudley()])
    length = metres_east(EAST)
    first, middle, last = (find_points(table, n, "Dudley St")[0] for n in ("1", "50", "99"))
    assert metres_east(first.lon) == pytest.approx(0, abs=0.05)
    assert metres_east(middle.lon) == pytest.approx(length * 48 / 98, abs=0.05)  # 50 of 2-100
    assert metres_east(last.lon) == pytest.approx(length, abs=0.05)


def test_a_range_running_high_to_low_starts_at_the_first_vertex(table_of: TableOf) -> None:
    table = table_of([dudley(lfrom="99", lto="1", rfrom="100", rto="2")])
    (one,) = find_points(table, "1", "Dudley St")
    (hundred,) = find_points(table, "100", "Dudley St")
    assert metres_east(one.lon) == pytest.approx(metres_east(EAST), abs=0.05)
    assert metres_east(hundred.lon) == pytest.approx(0, abs=0.05)
    assert (one.range_from, one.range_to) == (99, 1)


def test_left_and_right_follow_the_direction_the_line_was_drawn(table_of: TableOf) -> None:
    # Drawn east to west, the left side is south.
    table = table_of([dudley(line=[(EAST, LAT), (WEST, LAT)])])
    (odd,) = find_points(table, "51", "Dudley St")
    assert odd.side == "left"
    assert metres_north(odd.lat) == pytest.approx(-SIDE_OFFSET_METRES, abs=0.05)


def test_the_distance_is_measured_along_the_bends(table_of: TableOf) -> None:
    # East 100 m, then north 300 m: half way (number 50 of 0-100) is 100 m up the second leg.
    east = WEST + 100 / (METRES_PER_DEGREE * math.cos(math.radians(LAT)))
    north = LAT + 300 / METRES_PER_DEGREE
    line = [(WEST, LAT), (east, LAT), (east, north)]
    table = table_of([dudley(line=line, lfrom="0", lto="100", parity_l="B", rfrom="", rto="")])
    (point,) = find_points(table, "50", "Dudley St")
    # On the northward leg the left is west.
    assert metres_north(point.lat) == pytest.approx(100, abs=0.1)
    assert metres_east(point.lon, point.lat) == pytest.approx(100 - SIDE_OFFSET_METRES, abs=0.1)


def test_parity_decides_the_side(table_of: TableOf) -> None:
    table = table_of([dudley(rfrom="", rto="", parity_r="")])
    assert match_street(table, "52", "Dudley St").miss is StreetMiss.NUMBER_NOT_IN_RANGE
    both = table_of([dudley(parity_l="B", rfrom="", rto="", parity_r="")])
    assert [p.side for p in find_points(both, "52", "Dudley St")] == ["left"]


def test_both_sides_answer_when_both_hold_the_number(table_of: TableOf) -> None:
    table = table_of([dudley(parity_l="B", parity_r="B", rfrom="1", rto="99")])
    assert sorted(p.side for p in find_points(table, "51", "Dudley St")) == ["left", "right"]


def test_misses_say_why(table_of: TableOf) -> None:
    table = table_of([dudley()])
    beyond = match_street(table, "151", "Dudley St")
    assert beyond.miss is StreetMiss.NUMBER_NOT_IN_RANGE and beyond.points == ()
    assert beyond.street_names == ("Dudley St",)
    unknown = match_street(table, "12", "Nowhere St")
    assert unknown.miss is StreetMiss.STREET_NOT_FOUND and unknown.street_names == ()
    assert match_street(table, "Rear", "Dudley St").miss is StreetMiss.NO_HOUSE_NUMBER
    assert match_street(table, "51", "Dudley St").miss is None


def test_no_table_or_an_empty_one_is_no_streets(tabling_home: object) -> None:
    assert open_streets() is None
    assert match_street(None, "12", "Dudley St").miss is StreetMiss.NO_STREETS
    assert find_points(None, "12", "Dudley St") == []


@pytest.mark.parametrize(("text", "number"), [("12-14", 12), ("12A", 12), ("#7", 7), ("  3 ", 3)])
def test_a_house_number_is_its_leading_number(text: str, number: int) -> None:
    assert house_number_value(text) == number


def test_a_house_number_range_uses_its_first_number(table_of: TableOf) -> None:
    table = table_of([dudley()])
    assert find_points(table, "51-53", "Dudley St") == find_points(table, "51", "Dudley St")
    assert find_points(table, "51A", "Dudley St") == find_points(table, "51", "Dudley St")


def test_a_street_typed_without_its_suffix_matches_every_suffix(table_of: TableOf) -> None:
    north = LAT + 0.002
    table = table_of([dudley(), dudley(fullname="Dudley Ter", line=[(WEST, north), (EAST, north)])])
    assert {p.full_name for p in find_points(table, "51", "Dudley")} == {"Dudley St", "Dudley Ter"}
    assert {p.full_name for p in find_points(table, "51", "Dudley Ter")} == {"Dudley Ter"}


def test_zip_codes_narrow_the_answer_and_keep_blank_zips(table_of: TableOf) -> None:
    table = table_of(
        [
            dudley(fullname="Main St"),
            dudley(
                fullname="Main St", line=[(WEST, LAT - 0.01), (EAST, LAT - 0.01)], zip_l="02130"
            ),
            dudley(fullname="Main St", line=[(WEST, LAT + 0.01), (EAST, LAT + 0.01)], zip_l=""),
        ]
    )
    assert len(find_points(table, "51", "Main St")) == 3
    in_02130 = find_points(table, "51", "Main St", zips=["02130"])
    assert sorted(p.zip or "" for p in in_02130) == ["", "02130"]  # TIGER often leaves ZIPs blank


def test_a_zip_that_would_leave_nothing_is_ignored(table_of: TableOf) -> None:
    south = [(WEST, LAT - 0.01), (EAST, LAT - 0.01)]
    table = table_of([dudley(), dudley(line=south, zip_l="02130")])
    assert len(find_points(table, "51", "Dudley St", zips=["02125"])) == 2
    assert len(find_points(table, "51", "Dudley St", zips=["02125", "02130"])) == 1


def test_the_same_street_in_two_counties_gives_two_points(table_of: TableOf) -> None:
    table_of([dudley(fullname="Main St")], SUFFOLK)
    table = table_of([dudley(fullname="Main St", line=[(WEST, 42.4), (EAST, 42.4)])], MIDDLESEX)
    points = find_points(table, "51", "Main St")
    assert sorted(p.county_fips for p in points) == [MIDDLESEX, SUFFOLK]


def test_duplicate_segments_give_one_point(table_of: TableOf) -> None:
    table = table_of([dudley(), dudley()])
    assert len(find_points(table, "51", "Dudley St")) == 1


def test_a_degenerate_line_gives_its_vertex(table_of: TableOf) -> None:
    table = table_of([dudley(line=[(WEST, LAT), (WEST, LAT)])])
    (point,) = find_points(table, "51", "Dudley St")
    assert (point.lon, point.lat) == pytest.approx((WEST, LAT))


def test_a_name_ending_in_a_suffix_word_is_tried_as_the_whole_name(table_of: TableOf) -> None:
    table = table_of([dudley(fullname="Blue Hill Ave"), dudley(fullname="Bunker Hill St")])
    assert [p.full_name for p in find_points(table, "51", "Blue Hill")] == ["Blue Hill Ave"]
    assert [p.full_name for p in find_points(table, "51", "Bunker Hill")] == ["Bunker Hill St"]
    assert match_street(table, "51", "Bunker Hill Ave").miss is StreetMiss.STREET_NOT_FOUND
    beyond = match_street(table, "151", "Bunker Hill")
    assert (beyond.miss, beyond.street_names) == (
        StreetMiss.NUMBER_NOT_IN_RANGE,
        ("Bunker Hill St",),
    )


def test_a_table_with_no_county_yet_is_no_streets(make_zip: MakeZip) -> None:
    with pytest.raises(StreetsError):  # a first import that fails leaves an empty table
        import_addrfeat(make_zip([dudley(lfrom="", lto="", rfrom="", rto="")]))
    table = open_streets()
    assert table is not None
    assert match_street(table, "51", "Dudley St").miss is StreetMiss.NO_STREETS
    table.close()
