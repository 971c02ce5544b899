"""Taking the district shapefile out of a MassGIS zip, whatever folder it sits in."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.districts.download import DownloadError, unpack_shapefile

PARTS = {".shp": b"shp", ".shx": b"shx", ".dbf": b"dbf", ".prj": b"prj"}


def make_zip(tmp_path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    path = tmp_path / "HOUSE2021.zip"
    path.write_bytes(buffer.getvalue())
    return path


def test_the_named_shapefile_is_found_in_a_folder_and_in_any_case(tmp_path: Path) -> None:
    members = {f"HOUSE2021/house2021_poly{s}": b for s, b in PARTS.items()}
    members |= {f"HOUSE2021/HOUSE2021_ARC{s}": b"other" for s in PARTS}
    stem = unpack_shapefile(make_zip(tmp_path, members), "HOUSE2021_POLY", tmp_path / "out")
    assert stem == tmp_path / "out" / "HOUSE2021_POLY"
    assert sorted(p.name for p in stem.parent.iterdir()) == [
        f"HOUSE2021_POLY{s}" for s in sorted(PARTS)
    ]
    assert stem.with_suffix(".dbf").read_bytes() == b"dbf"


def test_a_lone_shapefile_under_another_name_is_taken(tmp_path: Path) -> None:
    members = {f"Legislative_Districts{s}": b for s, b in PARTS.items()}
    stem = unpack_shapefile(make_zip(tmp_path, members), "HOUSE2021_POLY", tmp_path / "out")
    assert stem.with_suffix(".shp").read_bytes() == b"shp"


def test_archive_paths_never_escape_the_folder(tmp_path: Path) -> None:
    members = {f"../../HOUSE2021_POLY{s}": b for s, b in PARTS.items()}
    out = tmp_path / "deep" / "out"
    unpack_shapefile(make_zip(tmp_path, members), "HOUSE2021_POLY", out)
    assert sorted(p.name for p in out.iterdir()) == [f"HOUSE2021_POLY{s}" for s in sorted(PARTS)]
    assert not list(tmp_path.glob("HOUSE2021_POLY*"))


def test_a_zip_without_the_dbf_is_rejected_naming_it(tmp_path: Path) -> None:
    members = {f"HOUSE2021_POLY{s}": b for s, b in PARTS.items() if s != ".dbf"}
    with pytest.raises(DownloadError, match=r"^HOUSE2021\.zip holds no HOUSE2021_POLY\.dbf"):
        unpack_shapefile(make_zip(tmp_path, members), "HOUSE2021_POLY", tmp_path / "out")


def test_a_damaged_member_is_rejected_naming_the_zip(tmp_path: Path) -> None:
    path = make_zip(tmp_path, {f"HOUSE2021_POLY{s}": b * 1000 for s, b in PARTS.items()})
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF  # inside the first member's bytes: its CRC no longer matches
    path.write_bytes(bytes(data))
    with pytest.raises(DownloadError, match=r"^HOUSE2021\.zip is a damaged zip file"):
        unpack_shapefile(path, "HOUSE2021_POLY", tmp_path / "out")
