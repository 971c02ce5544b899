"""`tabling data update` against a real HTTP server on loopback.

The server serves zips made from ../shared/data/ma/districts and a roster CSV made
from its YAML. Each test updates its own copy of the committed dataset (TABLING_DATASET);
a failed update must leave that copy byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.cli import main
from desktop.districts import schema
from desktop.districts.dataset import Dataset
from desktop.districts.roster import read_roster_csv
from desktop.districts.update import keep_known_contacts
from tests.conftest import needs_sources
from tests.districts import update_server as files
from tests.districts.update_server import current, rows, zips

__all__ = ["current", "rows", "zips"]  # fixtures
pytestmark = needs_sources

Run = Callable[..., tuple[int, str, str]]
Zips = dict[str, bytes | None]
Rows = list[dict[str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def tabling(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return tabling


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as connection:
        return schema.content_digests(connection)


def update(run: Run, base: str, roster_url: str, *extra: str) -> tuple[int, str, str]:
    return run("data", "update", "--massgis-base", base, "--roster-url", roster_url, *extra)


def test_an_update_with_nothing_new_reports_no_changes(
    httpserver: HTTPServer, zips: Zips, rows: Rows, current: Path, run: Run
) -> None:
    committed = digests(paths.bundled_data_dir() / paths.DATASET_FILE)
    base, roster_url = files.serve(httpserver, zips, files.roster_csv(rows))
    code, out, err = update(run, base, roster_url)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"No changes: the legislators' data is current as of {dt.date.today()}."
    assert "U.S. Representatives and Senators were kept from the current data" in out
    cross_check = [line for line in lines if line.startswith("  ")]
    assert len(cross_check) <= 6  # a few examples, never a wall of thirty
    assert "Downloading HOUSE2021.zip" in err and "Downloaded ma.csv" in err
    # Everything but the "as of" date and the sources it records is exactly as before.
    fresh = digests(current)
    assert {t for t in committed if committed[t] != fresh[t]} == {"meta"}
    dataset = Dataset(current)
    assert dataset.as_of == dt.date.today().isoformat()
    assert f"{base}/HOUSE2021.zip" in dataset.sources
    assert "precincts/ma_districts_precincts_2022.csv" in dataset.sources
    assert not any(k.startswith("legislators/state/") for k in dataset.sources)
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


def test_a_dry_run_names_the_one_seat_that_changed_and_changes_nothing(
    httpserver: HTTPServer, zips: Zips, rows: Rows, current: Path, run: Run
) -> None:
    before = sha256(current)
    elected = files.with_new_member(rows, "7th Hampden", "Jane Smith")
    base, roster_url = files.serve(httpserver, zips, files.roster_csv(elected))
    code, out, err = update(run, base, roster_url, "--dry-run")
    assert code == 0, err
    changes = [line for line in out.splitlines() if "→" in line]
    assert changes == ["7th Hampden: Aaron Saunders (D) → Jane Smith (D)"]
    assert out.splitlines()[-1] == "Dry run: nothing was changed."
    assert sha256(current) == before
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


def test_contacts_missing_from_the_csv_are_kept_from_the_current_data(
    tmp_path: Path, rows: Rows, dataset: Dataset
) -> None:
    """Open States' CSV has lately carried no capitol office (openstates/issues#1392)."""
    no_offices = [{**r, "capitol_address": "", "capitol_voice": ""} for r in rows]
    no_offices = files.with_new_member(no_offices, "7th Hampden", "Jane Smith")
    csv_file = tmp_path / "ma.csv"
    csv_file.write_bytes(files.roster_csv(no_offices))
    people, kept = keep_known_contacts(read_roster_csv(csv_file), dataset)
    assert kept == 197  # everyone but the newcomer, who has her own office
    domb = dataset.seats[("house", "3rd Hampshire")].member
    assert domb is not None
    kept_person = next(p for p in people if p.person_id == domb.id)
    assert (kept_person.room, kept_person.phone, kept_person.office) == (
        domb.room, domb.phone, domb.office
    )  # fmt: skip
    newcomer = next(p for p in people if p.name == "Jane Smith")
    assert (newcomer.room, newcomer.phone) == ("236", "617-722-2000")


def truncated_zip(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    house = zips["HOUSE2021.zip"] or b""
    return {**zips, "HOUSE2021.zip": house[: len(house) // 2]}, rows


def page_instead_of_zip(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    return {**zips, "SENATE2021.zip": b"<html><body>Sign in to the Wi-Fi</body></html>"}, rows


def missing_district(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    return {**zips, "HOUSE2021.zip": files.district_zip("HOUSE2021_POLY", drop_record=0)}, rows


def not_found(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    return {**zips, "HOUSE2021.zip": None}, rows


def row_without_district(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    return zips, [{**r, "current_district": ""} if n == 3 else r for n, r in enumerate(rows)]


def member_of_unknown_district(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    nowhere = {**rows[0], "current_district": "Ninety-Ninth Nowhere"}
    return zips, [nowhere, *rows[1:]]


def roster_cut_short(zips: Zips, rows: Rows) -> tuple[Zips, Rows]:
    return zips, rows[:150]


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (truncated_zip, "HOUSE2021.zip is not a complete zip file"),
        (page_instead_of_zip, "SENATE2021.zip is not a complete zip file"),
        (missing_district, "HOUSE2021.zip lacks 1 district(s) the current data has (4th Hampden)"),
        (not_found, "HOUSE2021.zip could not be downloaded (the server answered 404 NOT FOUND)"),
        (
            row_without_district,
            "The downloaded roster is not usable (ma.csv, line 5: empty current_district)",
        ),
        (
            member_of_unknown_district,
            "does not fit together (ma.csv, line 2: current house role for"
            " 'Ninety-Ninth Nowhere' matches no district on the maps",
        ),
        (roster_cut_short, "leaves 48 seats without the member they have now"),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_failed_update_leaves_the_dataset_byte_for_byte_unchanged(
    httpserver: HTTPServer, zips: Zips, rows: Rows, current: Path, run: Run,
    damage: Callable[[Zips, Rows], tuple[Zips, Rows]], problem: str,
) -> None:  # fmt: skip
    served, roster = damage(zips, rows)
    base, roster_url = files.serve(httpserver, served, files.roster_csv(roster))
    assert_fails_saying(problem, run, current, base, roster_url)


def test_no_connection_leaves_the_dataset_unchanged(current: Path, run: Run) -> None:
    from tests.outbox.smtp_server import free_port

    nowhere = f"http://127.0.0.1:{free_port()}"
    problem = "HOUSE2021.zip could not be downloaded (no connection to 127.0.0.1:"
    assert_fails_saying(problem, run, current, f"{nowhere}/state", f"{nowhere}/ma.csv")


def assert_fails_saying(problem: str, run: Run, current: Path, base: str, roster_url: str) -> None:
    """The update exits 1 with one sentence naming `problem`, and leaves the dataset as it was."""
    before = sha256(current)
    code, out, err = update(run, base, roster_url)
    assert code == 1
    assert sha256(current) == before
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]
    message = err.splitlines()[-1]
    assert message.startswith("tabling data update: ")
    assert message.endswith("; the legislators' data was not changed.")
    assert problem in message
    assert out == ""


def test_the_updated_copy_is_read_unless_the_bundled_one_is_newer(
    tabling_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TABLING_DATASET", raising=False)
    bundled = paths.bundled_data_dir() / paths.DATASET_FILE
    assert paths.dataset_path() == bundled  # no update yet
    mine = paths.updated_dataset_path()
    assert mine.parent == tabling_home
    shutil.copy(bundled, mine)
    mine.chmod(0o644)

    def set_meta(key: str, value: str) -> None:
        with closing(sqlite3.connect(mine)) as connection, connection:
            connection.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))

    set_meta("as_of", "2099-01-01")
    assert paths.dataset_path() == mine
    set_meta("as_of", "2000-01-01")  # the app was upgraded with newer legislators
    assert paths.dataset_path() == bundled
    set_meta("as_of", "2099-01-01")
    set_meta("schema_version", "1")  # written by an older app: this one cannot read it
    assert paths.dataset_path() == bundled
    mine.write_bytes(b"not a database")
    assert paths.dataset_path() == bundled


def test_a_polygon_that_stays_invalid_after_repair_is_a_problem() -> None:
    """A district drawn as a sliver with no area cannot be looked up in: it stops the build."""
    from shapely.geometry import Polygon

    from desktop.districts.build import district_shapes
    from desktop.districts.geometry import Reprojector
    from desktop.districts.sources import SourceDistrict

    good = Polygon([(200000, 900000), (201000, 900000), (201000, 901000)])
    sliver = Polygon([(200000, 900000), (201000, 900000), (202000, 900000)])
    districts = [
        SourceDistrict("house", "1st Franklin", "1 franklin", good, ""),
        SourceDistrict("house", "2nd Franklin", "2 franklin", sliver, ""),
    ]
    shapes, problems = district_shapes(districts, Reprojector(26986))
    assert shapes[("house", "1 franklin")].is_valid
    assert problems == ["house 2nd Franklin: the polygon is not valid (empty)"]
