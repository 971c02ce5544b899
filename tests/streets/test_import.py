"""Importing ADDRFEAT zips: counts, replacing a county whole, and files that go wrong."""

from __future__ import annotations

import dataclasses
import io
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import shapefile

from desktop import paths
from desktop.streets.addrfeat import FIELDS, NAD83_PRJ
from desktop.streets.importer import ImportReport, import_addrfeat
from desktop.streets.match import find_points
from desktop.streets.store import StreetsError, open_streets
from tests.streets.conftest import LAT, MIDDLESEX, SUFFOLK, WEST, MakeZip, dudley

Imported = Callable[..., ImportReport]


def segment_count() -> int:
    with sqlite3.connect(paths.streets_path()) as connection:
        return int(connection.execute("SELECT count(*) FROM segments").fetchone()[0])


def test_an_import_records_the_county_and_its_segments(make_zip: MakeZip) -> None:
    seen: list[tuple[int, int]] = []
    path = make_zip([dudley(), dudley(fullname="Warren St")])
    report = import_addrfeat(path, progress=lambda done, total: seen.append((done, total)))
    county = report.county
    assert (county.fips, county.name, county.vintage) == (SUFFOLK, "Suffolk", 2024)
    assert (county.source, county.segments, county.skipped) == (path.name, 2, 0)
    assert seen[-1] == (2, 2)
    table = open_streets()
    assert table is not None
    stored = dataclasses.replace(county, imported_at=county.imported_at.replace(microsecond=0))
    assert table.counties() == [stored]
    table.close()


def test_importing_a_county_again_replaces_its_segments(imported: Imported) -> None:
    imported([dudley(), dudley(fullname="Warren St")])
    imported([dudley(fullname="Warren St")], MIDDLESEX)
    imported([dudley(fullname="Blue Hill Ave")])  # Suffolk again
    table = open_streets()
    assert table is not None
    assert {c.fips: c.segments for c in table.counties()} == {SUFFOLK: 1, MIDDLESEX: 1}
    assert find_points(table, "51", "Dudley St") == []
    assert [p.county_fips for p in find_points(table, "51", "Warren St")] == [MIDDLESEX]
    assert len(find_points(table, "51", "Blue Hill Avenue")) == 1
    table.close()


def test_records_without_numbers_or_names_are_skipped_and_counted(imported: Imported) -> None:
    report = imported(
        [
            dudley(),
            dudley(lfrom="N12", lto="N98"),  # the left side goes, the right one stays
            dudley(lfrom="12-1", lto="12-99", rfrom="", rto=""),  # nothing left: skipped
            dudley(fullname=""),  # no name: skipped
            dudley(lfrom="", lto="", rfrom="", rto=""),  # no range on either side
        ]
    )
    assert (report.county.segments, report.county.skipped, report.skipped_ranges) == (2, 3, 2)
    assert report.problems[0] == "record 2: left range 'N12' to 'N98' is not two whole numbers"
    assert "record 4: no street name" in report.problems
    assert any(p.startswith("record 5: Dudley St has no address range") for p in report.problems)


def test_a_blank_parity_is_read_off_the_numbers(imported: Imported) -> None:
    imported([dudley(parity_l="", parity_r="", rfrom="2", rto="99")])
    table = open_streets()
    assert table is not None
    assert [p.side for p in find_points(table, "52", "Dudley St")] == ["right"]  # 2-99: both
    assert [p.side for p in find_points(table, "51", "Dudley St")] == ["left", "right"]
    table.close()


def test_a_truncated_zip_names_the_file_and_keeps_the_previous_data(
    imported: Imported, make_zip: MakeZip
) -> None:
    imported([dudley()])
    path = make_zip([dudley(fullname="Warren St")] * 50)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(StreetsError) as caught:
        import_addrfeat(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value) and "download it again" in str(caught.value)
    table = open_streets()
    assert table is not None
    assert len(find_points(table, "51", "Dudley St")) == 1
    assert [c.segments for c in table.counties()] == [1]
    table.close()


def test_a_damaged_member_is_reported(make_zip: MakeZip) -> None:
    path = make_zip([dudley()] * 200)
    with zipfile.ZipFile(path) as archive:
        shp = next(n for n in archive.namelist() if n.endswith(".shp"))
        info = archive.getinfo(shp)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + 40
    data[start : start + 20] = bytes(20)
    path.write_bytes(bytes(data))
    with pytest.raises(StreetsError, match="damaged or incomplete zip"):
        import_addrfeat(path)


def test_an_error_while_reading_rolls_back(imported: Imported, make_zip: MakeZip) -> None:
    imported([dudley()])

    def stop(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        import_addrfeat(make_zip([dudley(fullname="Warren St")]), progress=stop)
    assert segment_count() == 1


def test_a_file_with_nothing_usable_changes_nothing(imported: Imported) -> None:
    imported([dudley()])
    with pytest.raises(StreetsError, match="no usable address ranges in its 1 records"):
        imported([dudley(lfrom="", lto="", rfrom="", rto="")])
    assert segment_count() == 1


def _zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _shapefile(fields: list[tuple[str, str, int, int]]) -> dict[str, bytes]:
    shp, shx, dbf = io.BytesIO(), io.BytesIO(), io.BytesIO()
    writer = shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYLINE)
    for field in fields:
        writer.field(*field)
    writer.line([[[WEST, LAT], [WEST + 0.01, LAT]]])
    writer.record(*["1" if kind == "C" else 1 for _, kind, _, _ in fields])
    writer.close()
    return {"a.shp": shp.getvalue(), "a.shx": shx.getvalue(), "a.dbf": dbf.getvalue()}


def test_a_shapefile_without_the_address_fields_is_refused(tmp_path: Path) -> None:
    fields = [f for f in FIELDS if f[0] not in ("LFROMHN", "RTOHN")]
    path = _zip_of(tmp_path / "tl_2024_25025_addrfeat.zip", _shapefile(fields))
    with pytest.raises(StreetsError, match="has no field LFROMHN, RTOHN: is it an ADDRFEAT"):
        import_addrfeat(path)


def test_a_zip_without_a_shapefile_is_refused(tmp_path: Path) -> None:
    path = _zip_of(tmp_path / "tl_2024_25025_addrfeat.zip", {"readme.txt": b"hello"})
    with pytest.raises(StreetsError, match=r"has no \.shp or \.shx or \.dbf file"):
        import_addrfeat(path)


def test_projected_coordinates_are_refused(tmp_path: Path) -> None:
    members = _shapefile(list(FIELDS)) | {"a.prj": b'PROJCS["NAD83 / Massachusetts Mainland"]'}
    path = _zip_of(tmp_path / "tl_2024_25025_addrfeat.zip", members)
    with pytest.raises(StreetsError, match="projected"):
        import_addrfeat(path)
    members["a.prj"] = NAD83_PRJ.encode()
    assert import_addrfeat(_zip_of(path, members)).county.segments == 1


def test_the_file_name_must_say_a_massachusetts_county(tmp_path: Path, make_zip: MakeZip) -> None:
    with pytest.raises(StreetsError, match=r"tl_2024_25025_addrfeat\.zip"):
        import_addrfeat(tmp_path / "streets.zip")
    with pytest.raises(StreetsError, match="county 44007 is not a Massachusetts county"):
        import_addrfeat(make_zip([dudley()], fips="44007"))
    renamed = make_zip([dudley()]).rename(tmp_path / "suffolk.zip")
    assert import_addrfeat(renamed, fips=SUFFOLK, year=2023).county.vintage == 2023


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "tl_2024_25025_addrfeat.zip"
    with pytest.raises(StreetsError, match="file not found") as caught:
        import_addrfeat(missing)
    assert caught.value.path == missing
