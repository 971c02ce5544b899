"""`tabling data build`: the committed dataset is exactly what the sources give, and a
source that does not fit stops the build with every problem listed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import shapely

from desktop import paths
from desktop.districts import schema
from desktop.districts.build import build
from desktop.districts.dataset import Dataset
from desktop.districts.errors import BuildError, SourceError
from tests.conftest import SOURCE_DIR, needs_sources

pytestmark = needs_sources


def _digests(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return schema.content_digests(connection)
    finally:
        connection.close()


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt") / "districts.sqlite"
    build(SOURCE_DIR, out)
    return out


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "ma"
    shutil.copytree(SOURCE_DIR, copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return copy


def test_committed_dataset_matches_a_rebuild_from_the_sources(rebuilt: Path) -> None:
    committed = _digests(paths.dataset_path())
    fresh = _digests(rebuilt)
    differing = sorted(t for t in committed if committed[t] != fresh[t])
    assert differing == [], "data/districts.sqlite is stale: run `make data` and commit it"


def test_dataset_records_source_hashes_and_as_of_date(rebuilt: Path) -> None:
    dataset = Dataset(rebuilt)
    assert dataset.as_of == "2026-04-15"
    assert "precincts/ma_districts_precincts_2022.csv" in dataset.sources
    assert len(dataset.sources["districts/HOUSE2021_POLY.shp"]) == 64


def test_geometry_is_longitude_latitude(rebuilt: Path) -> None:
    connection = sqlite3.connect(rebuilt)
    wkbs = [row[0] for row in connection.execute("SELECT geometry FROM districts")]
    connection.close()
    bounds = shapely.total_bounds(shapely.from_wkb(wkbs))
    assert -73.6 < bounds[0] < bounds[2] < -69.8
    assert 41.1 < bounds[1] < bounds[3] < 43.0


def test_simplification_moves_no_boundary_more_than_one_metre(rebuilt: Path) -> None:
    """Source vertices lie within 1 m of the stored boundary, checked in metres (EPSG:26986)."""
    import shapefile
    from pyproj import Transformer
    from shapely.geometry import shape

    to_metres = Transformer.from_crs(4326, 26986, always_xy=True)
    connection = sqlite3.connect(rebuilt)
    stored = dict(connection.execute("SELECT name, geometry FROM districts WHERE chamber='house'"))
    connection.close()
    with shapefile.Reader(str(SOURCE_DIR / "districts" / "HOUSE2021_POLY")) as reader:
        records = list(reader.iterShapeRecords())
    for record in records[::20]:  # eight districts across the state
        source = shape(record.shape.__geo_interface__)
        kept = shapely.from_wkb(stored[_house_name(record.record["REP_DIST"])])
        in_metres = shapely.transform(kept, lambda xy: _reproject(to_metres, xy))
        vertices = shapely.points(shapely.get_coordinates(source.boundary)[::25])
        distances = shapely.distance(vertices, in_metres.boundary)
        assert distances.max() < 1.0, record.record["REP_DIST"]


def _house_name(raw: str) -> str:
    from desktop.districts.sources import house_display_name

    return house_display_name(raw)


def _reproject(transformer: object, xy: object) -> object:
    import numpy as np

    x, y = transformer.transform(xy[:, 0], xy[:, 1])  # type: ignore[attr-defined, index]
    return np.column_stack([x, y])


def test_a_current_member_of_an_unknown_district_stops_the_build(
    sources_copy: Path, tmp_path: Path
) -> None:
    bad = sources_copy / "legislators" / "state" / "Zed-Nobody.yml"
    bad.write_text(
        "id: ocd-person/zed\nname: Zed Nobody\nroles:\n- start_date: 2025-01-01\n  type: lower\n"
        "  jurisdiction: ocd-jurisdiction/country:us/state:ma/government\n"
        "  district: Ninety-Ninth Nowhere\n"
    )
    out = tmp_path / "out.sqlite"
    with pytest.raises(BuildError) as raised:
        build(sources_copy, out)
    assert any("Zed-Nobody.yml" in p and "Ninety-Ninth Nowhere" in p for p in raised.value.problems)
    assert not out.exists()


def test_two_current_members_for_one_seat_are_listed(sources_copy: Path, tmp_path: Path) -> None:
    folder = sources_copy / "legislators" / "state"
    original = next(folder.glob("Aaron-L-Saunders-*.yml"))
    twin = original.read_text().replace("id: ocd-person/", "id: ocd-person/twin-")
    (folder / "Twin-Saunders.yml").write_text(twin)
    with pytest.raises(BuildError) as raised:
        build(sources_copy, tmp_path / "out.sqlite")
    assert any("7th Hampden has 2 current members" in p for p in raised.value.problems)


def test_a_precinct_row_with_an_unknown_district_names_its_line(
    sources_copy: Path, tmp_path: Path
) -> None:
    table = sources_copy / "precincts" / "ma_districts_precincts_2022.csv"
    lines = table.read_text().splitlines()
    lines[4] = lines[4].replace("Seventh Plymouth", "Seventy-Seventh Plymouth")
    table.write_text("\n".join(lines) + "\n")
    with pytest.raises(BuildError) as raised:
        build(sources_copy, tmp_path / "out.sqlite")
    assert any(
        f"{table}, line 5" in p and "'Seventy-Seventh Plymouth'" in p for p in raised.value.problems
    )


def test_malformed_yaml_names_the_file_and_line(sources_copy: Path, tmp_path: Path) -> None:
    broken = sources_copy / "legislators" / "state" / "Broken.yml"
    broken.write_text("id: ocd-person/x\nname: X\nroles:\n  - type: [unclosed\n")
    with pytest.raises(SourceError) as raised:
        build(sources_copy, tmp_path / "out.sqlite")
    assert raised.value.path == broken
    assert raised.value.line is not None
    assert str(raised.value).startswith(f"{broken}, line ")


def test_a_failed_build_leaves_the_previous_dataset_in_place(
    sources_copy: Path, tmp_path: Path, rebuilt: Path
) -> None:
    out = tmp_path / "districts.sqlite"
    shutil.copy(rebuilt, out)
    before = out.read_bytes()
    (sources_copy / "towns" / "city_town_2024.geojson").write_text("{ not json")
    with pytest.raises(SourceError, match=r"city_town_2024\.geojson, line 1: not valid JSON"):
        build(sources_copy, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".building")] == []
