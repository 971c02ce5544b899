"""`tabling data update` against a real HTTP server on loopback.

The server serves zips made from ../shared/data/ma/districts and, as a stand-in for
the Legislature's API, the members in its YAML. Each test updates its own copy of the
committed dataset (TABLING_DATASET); a failed update must leave that copy byte for byte
as it was.
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
from desktop.districts import schema
from desktop.districts.dataset import Dataset
from tests.conftest import needs_sources
from tests.districts import legislature_server as api
from tests.districts import update_server as files
from tests.districts.conftest import Run
from tests.districts.update_server import current, zips

__all__ = ["current", "zips"]  # fixtures
pytestmark = needs_sources

Zips = dict[str, bytes | None]
Members = list[api.Member]


@pytest.fixture(scope="module")
def members() -> Members:
    return api.members()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as connection:
        return schema.content_digests(connection)


def update(run: Run, base: str, legislature: str, *extra: str) -> tuple[int, str, str]:
    return run(
        "data", "update", "--massgis-base", base, "--legislature-url", legislature,
        "--openstates-url", "", *extra,
    )  # fmt: skip


def serve(server: HTTPServer, zips: Zips, members: Members) -> tuple[str, str]:
    """The --massgis-base and --legislature-url of the files and members served."""
    for name, body in zips.items():
        request = server.expect_request(f"{files.MASSGIS_PATH}/{name}")
        if body is None:
            request.respond_with_data("Not Found", status=404)
        else:
            request.respond_with_data(body, content_type="application/zip")
    return server.url_for(files.MASSGIS_PATH), api.serve(server, members)


def test_an_update_with_nothing_new_reports_no_changes(
    httpserver: HTTPServer, zips: Zips, members: Members, current: Path, run: Run
) -> None:
    committed = digests(paths.bundled_data_dir() / paths.DATASET_FILE)
    base, legislature = serve(httpserver, zips, members)
    code, out, err = update(run, base, legislature)
    assert code == 0, err
    lines = out.splitlines()
    # The one change: the Legislature's "Unenrolled" (no party) for Open States' "Independent".
    assert [line for line in lines if "→" in line] == [
        "2nd Franklin, Susannah Whipps: party Independent → none"
    ]
    assert "U.S. Representatives and Senators were kept from the current data" in out
    assert "Vacant seats (2): 1st Franklin, 17th Middlesex." in lines
    cross_check = [line for line in lines if line.startswith("  ")]
    assert len(cross_check) <= 6  # a few examples, never a wall of thirty
    assert "Downloading HOUSE2021.zip" in err and "Read 198 members of the 194th" in err
    # The maps, towns, precincts and places are exactly as before.
    fresh = digests(current)
    assert {t for t in committed if committed[t] != fresh[t]} == {"meta", "members"}
    dataset = Dataset(current)
    assert dataset.as_of == dt.date.today().isoformat()
    assert f"{base}/HOUSE2021.zip" in dataset.sources
    assert f"{legislature}/GeneralCourts/194/LegislativeMembers" in dataset.sources
    assert "precincts/ma_districts_precincts_2022.csv" in dataset.sources
    assert not any(k.startswith(("legislators/state/", "districts/")) for k in dataset.sources)
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


def test_a_dry_run_names_the_one_seat_that_changed_and_changes_nothing(
    httpserver: HTTPServer, zips: Zips, members: Members, current: Path, run: Run
) -> None:
    before = sha256(current)
    elected = api.with_new_member(members, "7th Hampden", "Jane Smith", "JXS1")
    elected = api.changed(elected, "2nd Franklin", Party="Independent")
    base, legislature = serve(httpserver, zips, elected)
    code, out, err = update(run, base, legislature, "--dry-run")
    assert code == 0, err
    changes = [line for line in out.splitlines() if "→" in line]
    assert changes == ["7th Hampden: Aaron Saunders (D) → Jane Smith (D)"]
    assert out.splitlines()[-1] == "Dry run: nothing was changed."
    assert sha256(current) == before
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


def truncated_zip(zips: Zips, members: Members) -> tuple[Zips, Members]:
    house = zips["HOUSE2021.zip"] or b""
    return {**zips, "HOUSE2021.zip": house[: len(house) // 2]}, members


def page_instead_of_zip(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return {**zips, "SENATE2021.zip": b"<html><body>Sign in to the Wi-Fi</body></html>"}, members


def missing_district(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return {**zips, "HOUSE2021.zip": files.district_zip("HOUSE2021_POLY", drop_record=0)}, members


def not_found(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return {**zips, "HOUSE2021.zip": None}, members


def member_without_district(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return zips, api.changed(members, "7th Hampden", District="")


def member_of_unknown_district(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return zips, api.changed(members, "7th Hampden", District="Ninety-Ninth Nowhere")


def roster_cut_short(zips: Zips, members: Members) -> tuple[Zips, Members]:
    return zips, members[:150]


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (truncated_zip, "HOUSE2021.zip is not a complete zip file"),
        (page_instead_of_zip, "SENATE2021.zip is not a complete zip file"),
        (missing_district, "HOUSE2021.zip lacks 1 district(s) the current data has (4th Hampden)"),
        (not_found, "HOUSE2021.zip could not be downloaded (the server answered 404 NOT FOUND)"),
        (
            member_without_district,
            "The Legislature's member data could not be used (member ALS1 has no District)",
        ),
        (
            member_of_unknown_district,
            "does not fit together (member ALS1: current house role for"
            " 'Ninety-Ninth Nowhere' matches no district on the maps",
        ),
        (roster_cut_short, "leaves 48 seats without the member they have now"),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_failed_update_leaves_the_dataset_byte_for_byte_unchanged(
    httpserver: HTTPServer, zips: Zips, members: Members, current: Path, run: Run,
    damage: Callable[[Zips, Members], tuple[Zips, Members]], problem: str,
) -> None:  # fmt: skip
    served, listed = damage(zips, members)
    base, legislature = serve(httpserver, served, listed)
    assert_fails_saying(problem, run, current, base, legislature)


def test_no_connection_leaves_the_dataset_unchanged(current: Path, run: Run) -> None:
    from tests.outbox.smtp_server import free_port

    nowhere = f"http://127.0.0.1:{free_port()}"
    problem = "(no connection to 127.0.0.1:"
    assert_fails_saying(problem, run, current, f"{nowhere}/state", f"{nowhere}/api")


def assert_fails_saying(problem: str, run: Run, current: Path, base: str, legislature: str) -> None:
    """The update exits 1 with one sentence naming `problem`, and leaves the dataset as it was."""
    before = sha256(current)
    code, out, err = update(run, base, legislature)
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
