"""`tabling streets download|import|list`, run through the real command line."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from tests.streets.conftest import MIDDLESEX, MakeZip, dudley

FOLDER = "/geo/tiger/TIGER2024/ADDRFEAT"


def test_list_before_any_import(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["streets", "list"]) == 0
    assert "No street ranges imported yet" in capsys.readouterr().out


def test_import_then_list(make_zip: MakeZip, capsys: pytest.CaptureFixture[str]) -> None:
    suffolk = make_zip([dudley(), dudley(lfrom="N1", lto="N9", rfrom="", rto="")])
    middlesex = make_zip([dudley(fullname="Mass Ave")], fips=MIDDLESEX)
    assert main(["streets", "import", str(suffolk), str(middlesex)]) == 0
    out = capsys.readouterr().out
    assert "Suffolk: 1 street segments from tl_2024_25025_addrfeat.zip, 1 records skipped" in out
    assert "Middlesex: 1 street segments from tl_2024_25017_addrfeat.zip" in out
    assert main(["streets", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["county", "segments", "imported", "(UTC)", "age", "source"]
    assert lines[1].split()[:2] == ["Middlesex", "1"] and "today" in lines[1]
    assert lines[2].split()[:2] == ["Suffolk", "1"]


def test_a_bad_file_is_reported_and_the_rest_imported(
    make_zip: MakeZip, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path_factory.mktemp("broken") / "tl_2024_25025_addrfeat.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    good = make_zip([dudley()], fips=MIDDLESEX)
    assert main(["streets", "import", str(broken), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"tabling streets: {broken}: damaged or incomplete zip")
    assert "Middlesex: 1 street segments" in captured.out


def test_download_counties_by_name_and_place(
    httpserver: HTTPServer, make_zip: MakeZip, capsys: pytest.CaptureFixture[str]
) -> None:
    for fips in ("25025", "25027"):
        body = make_zip([dudley()], fips=fips).read_bytes()
        httpserver.expect_request(f"{FOLDER}/tl_2024_{fips}_addrfeat.zip").respond_with_data(body)
    base = httpserver.url_for(FOLDER)
    argv = ["streets", "download", "--county", "suffolk", "--place", "Worcester"]
    assert main([*argv, "--base-url", base]) == 0
    out = capsys.readouterr().out
    assert "Suffolk: 1 street segments" in out and "Worcester: 1 street segments" in out


def test_download_failure_exits_1_with_one_line(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request(f"{FOLDER}/tl_2023_25025_addrfeat.zip").respond_with_data(
        "", status=404
    )
    base = httpserver.url_for(FOLDER)
    assert (
        main(["streets", "download", "--county", "25025", "--year", "2023", "--base-url", base])
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert err.startswith("tabling streets: http://") and "HTTP 404" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--county", "Narnia"], "'Narnia' is not a Massachusetts county: one of Barnstable"),
        (["--place", "Narnia"], "'Narnia' is not a Massachusetts town or neighbourhood."),
        ([], "Name a county (--county Suffolk) or the event's place (--place)."),
    ],
)
def test_download_input_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["streets", "download", *argv]) == 2
    assert capsys.readouterr().err.startswith(f"tabling: {message}")
