"""What `tabling data update` downloads, made from ../shared/data/ma, to serve on loopback.

The district zips hold the shapefile parts under the names MassGIS ships them with
(HOUSE2021.zip → HOUSE2021_POLY.shp ...); Open States' roster (the cross-check) is the
state YAML written out as its bulk CSV, with its real columns. The Legislature's API is
in legislature_server.py. The fixtures at the end are imported
by the test modules that update a dataset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from tests.conftest import SOURCE_DIR

ZIPS = {
    "HOUSE2021.zip": "HOUSE2021_POLY",
    "SENATE2021.zip": "SENATE2021_POLY",
    "CONGRESSMA118.zip": "CONGRESSMA118_POLY",
}
PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
# The columns of data.openstates.org/people/current/ma.csv (openstates-core, write_csv).
OPEN_STATES_COLUMNS = (
    "id", "name", "current_party", "current_district", "current_chamber", "given_name",
    "family_name", "gender", "email", "biography", "birth_date", "death_date", "image",
    "links", "sources", "capitol_address", "capitol_voice", "capitol_fax",
    "district_address", "district_voice", "district_fax", "twitter", "youtube",
    "instagram", "facebook", "wikidata",
)  # fmt: skip
MASSGIS_PATH = "/shapefiles/state"
ROSTER_PATH = "/people/current/ma.csv"


def district_zip(stem: str, drop_record: int | None = None) -> bytes:
    """The shapefile `stem` zipped as MassGIS ships it; `drop_record` leaves one polygon out."""
    folder = SOURCE_DIR / "districts"
    with tempfile.TemporaryDirectory() as scratch:
        if drop_record is not None:
            folder = _without_record(folder / stem, Path(scratch), drop_record)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for suffix in PARTS:
                archive.write(folder / f"{stem}{suffix}", f"{stem}{suffix}")
        return buffer.getvalue()


def _without_record(stem: Path, out: Path, drop: int) -> Path:
    import shapefile

    with shapefile.Reader(str(stem)) as reader:
        writer = shapefile.Writer(str(out / stem.name), shapeType=reader.shapeType)
        writer.fields = list(reader.fields[1:])
        for number, pair in enumerate(reader.iterShapeRecords()):
            if number != drop:
                writer.record(*pair.record)
                writer.shape(pair.shape)
        writer.close()
    for suffix in (".prj", ".cpg"):
        shutil.copy(stem.with_suffix(suffix), out / f"{stem.name}{suffix}")
    return out


def current_items(items: list[dict[str, Any]], today: dt.date) -> list[dict[str, Any]]:
    return [i for i in items if not i.get("end_date") or str(i["end_date"]) > today.isoformat()]


def roster_rows(today: dt.date | None = None) -> list[dict[str, str]]:
    """One row per sitting member of the General Court, as Open States' to_csv writes it."""
    import yaml

    today = today or dt.date.today()
    rows = []
    for path in sorted((SOURCE_DIR / "legislators" / "state").glob("*.yml")):
        person = yaml.safe_load(path.read_text(encoding="utf-8"))
        roles = current_items(person.get("roles") or [], today)
        if not roles:
            continue
        parties = current_items(person.get("party") or [], today)
        offices = {o.get("classification"): o for o in person.get("offices") or []}
        capitol, district = offices.get("capitol", {}), offices.get("district", {})
        rows.append(
            {
                "id": person["id"], "name": person["name"],
                "current_party": parties[0]["name"] if parties else "",
                "current_district": roles[-1]["district"],
                "current_chamber": roles[-1]["type"],
                "given_name": person.get("given_name", ""),
                "family_name": person.get("family_name", ""),
                "gender": person.get("gender", ""), "email": person.get("email", ""),
                "image": person.get("image", ""),
                "links": ";".join(link["url"] for link in person.get("links") or []),
                "sources": ";".join(link["url"] for link in person.get("sources") or []),
                "capitol_address": capitol.get("address", ""),
                "capitol_voice": capitol.get("voice", ""),
                "capitol_fax": capitol.get("fax", ""),
                "district_address": district.get("address", ""),
                "district_voice": district.get("voice", ""),
                "district_fax": district.get("fax", ""),
            }
        )  # fmt: skip
    return rows


def roster_csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, OPEN_STATES_COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def row_for(rows: list[dict[str, str]], district: str) -> dict[str, str]:
    return next(r for r in rows if r["current_district"] == district)


def with_new_member(rows: list[dict[str, str]], district: str, name: str) -> list[dict[str, str]]:
    """The roster after a special election in `district`: someone new holds the seat."""
    given, family = name.split(" ", 1)
    slug = name.lower().replace(" ", ".")
    new = {
        **row_for(rows, district),
        "id": f"ocd-person/{slug}-0000", "name": name, "given_name": given,
        "family_name": family, "current_party": "Democratic", "email": f"{slug}@mahouse.gov",
        "capitol_address": "Room 236, State House 24 Beacon St., Boston, MA 02133",
        "capitol_voice": "617-722-2000", "links": "", "sources": "",
    }  # fmt: skip
    return [new if r["current_district"] == district else r for r in rows]


@pytest.fixture(scope="module")
def zips() -> dict[str, bytes | None]:
    return {name: district_zip(stem) for name, stem in ZIPS.items()}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return roster_rows()


@pytest.fixture
def current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the committed dataset, alone in its folder: the one the update replaces."""
    copy = tmp_path / "data" / "districts.sqlite"
    copy.parent.mkdir()
    shutil.copy(paths.bundled_data_dir() / paths.DATASET_FILE, copy)
    copy.chmod(0o644)
    monkeypatch.setenv("TABLING_DATASET", str(copy))
    return copy
