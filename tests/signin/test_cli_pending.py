"""`tabling lookup --street/--address [--online]` and `tabling pending [--resolve]`.

In-process through desktop.cli.main, with the Census geocoder's stand-in on loopback
and a street table imported from an ADDRFEAT zip the test writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.settings import GEOCODER_BASE_URL, GEOCODER_TIMEOUT, Settings
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import Signup
from desktop.streets.addrfeat import write_addrfeat_zip
from desktop.streets.importer import import_addrfeat
from tests.districts.boundary import BoundaryEdge, house_boundary_in
from tests.geocoding.census_server import ONELINE_PATH, FakeCensus, census_match
from tests.signin.conftest import PASSPHRASE
from tests.signin.test_street_ranges import streets_along


@pytest.fixture(scope="module")
def edge(dataset: object) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")  # type: ignore[arg-type]


@pytest.fixture
def census(httpserver: HTTPServer) -> Iterator[FakeCensus]:
    fake = FakeCensus()
    httpserver.expect_request(ONELINE_PATH, method="GET").respond_with_handler(fake)
    settings = Settings()  # the user's settings file, in this test's TABLING_HOME
    settings.set(GEOCODER_BASE_URL, httpserver.url_for("/geocoder"))
    settings.set(GEOCODER_TIMEOUT, 1.0)
    yield fake
    assert fake.idle.wait(timeout=5)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_uses_the_street_table_and_says_so(
    capsys: pytest.CaptureFixture[str], edge: BoundaryEdge, tmp_path: Path
) -> None:
    archive = tmp_path / "tl_2024_25025_addrfeat.zip"
    write_addrfeat_zip(archive, streets_along(edge))
    import_addrfeat(archive)
    code, out, _ = run(capsys, "lookup", "--address", "12 Example St, Roslindale", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["status"] == "found" and answer["method"] == "street_range"
    assert answer["house"]["district"] == edge.right_house
    assert answer["address"]["street"] == "Example St" and answer["address"]["range"] == [2, 100]
    code, out, _ = run(capsys, "lookup", "--street", "12 Example St", "--town", "Boston")
    assert "Decided by the street address (street ranges: Example St 2-100, right side)" in out


def test_lookup_online_asks_the_geocoder_only_with_online(
    capsys: pytest.CaptureFixture[str], census: FakeCensus, edge: BoundaryEdge
) -> None:
    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("9 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    code, out, _ = run(capsys, "lookup", "--address", "9 Example St, Roslindale", "--json")
    assert json.loads(out)["address"]["miss"] == "no_street_data"
    assert census.queries == []
    code, out, _ = run(
        capsys, "lookup", "--address", "9 Example St, Roslindale", "--online", "--json"
    )
    answer = json.loads(out)
    assert code == 0 and answer["method"] == "geocoder"
    assert answer["house"]["district"] == edge.left_house
    assert census.queries[0]["address"] == ["9 Example St, Roslindale"]
    census.raw = (500, "down", "text/plain")
    code, out, _ = run(capsys, "lookup", "--address", "1 Other St, Roslindale", "--online")
    assert code == 0 and "the online geocoder did not answer" in out


def test_pending_lists_and_resolves_by_address_and_by_precinct(
    capsys: pytest.CaptureFixture[str],
    census: FakeCensus,
    edge: BoundaryEdge,
    service: SigninService,
    sessions: sessionmaker[Session],
    db_path: Path,
    passphrase_file: Path,
) -> None:
    database = f"sqlite:///{db_path}"
    by_address = service.submit(
        SigninForm(first_name="Rosa", last_name="Q", street_address="9 Example St",
                   place="Roslindale", consent_letter=True)
    ).signup_id  # fmt: skip
    by_precinct = service.submit(
        SigninForm(first_name="Ana", last_name="L", place="Dorchester", consent_letter=True)
    ).signup_id
    code, out, _ = run(capsys, "--database", database, "pending")
    assert code == 0 and "2 pending sign-ups." in out and "Rosa" not in out

    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("9 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    code, out, _ = run(
        capsys, "--database", database, "pending", "--resolve",
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert code == 0, out
    assert f"{by_address}: resolved" in out
    assert "Resolved 1 of 1 pending sign-ups with a street address." in out

    code, _, err = run(
        capsys, "--database", database, "pending", "--signup", by_precinct,
        "--ward", "99", "--precinct", "1",
    )  # fmt: skip
    assert code == 2 and "Boston has no ward 99" in err
    code, out, _ = run(
        capsys, "--database", database, "pending", "--signup", by_precinct,
        "--ward", "13", "--precinct", "1",
    )  # fmt: skip
    assert code == 0 and f"{by_precinct}: resolved." in out
    with sessions() as session:
        assert {s.status for s in session.query(Signup)} == {"resolved"}
    assert "0 pending sign-ups." in run(capsys, "--database", database, "pending")[1]
