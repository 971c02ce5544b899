"""The street table as the district lookup's StreetFinder."""

from __future__ import annotations

from desktop import paths
from desktop.streets.finder import open_street_finder
from desktop.streets.importer import import_addrfeat
from tests.streets.conftest import MakeZip, dudley


def test_no_file_or_a_damaged_one_is_no_finder() -> None:
    assert open_street_finder() is None
    paths.streets_path().write_bytes(b"not a database at all, not even close to one")
    assert open_street_finder() is None


def test_points_and_misses_in_the_lookup_s_words(make_zip: MakeZip) -> None:
    import_addrfeat(make_zip([dudley()]))
    find = open_street_finder()
    assert find is not None
    points, _ = find("51", "Dudley Street", ["02119"])
    (point,) = points
    placement = point.placement
    assert (placement.method, placement.street, placement.side) == (
        "street_range",
        "Dudley St",
        "left",
    )
    assert (placement.range_from, placement.range_to, placement.zip) == (1, 99, "02119")
    assert find("151", "Dudley St", ()) == ([], "number_out_of_range")
    assert find("51", "Nowhere St", ()) == ([], "street_not_found")
