"""Downloading a county's file from a loopback stand-in for the Census server."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.settings import STREETS_BASE_URL, Settings
from desktop.streets.download import DownloadError, addrfeat_url, default_year, download_county
from desktop.streets.match import find_points
from desktop.streets.store import StreetsError, open_streets
from tests.streets.conftest import SUFFOLK, MakeZip, dudley

FOLDER = "/geo/tiger/TIGER2024/ADDRFEAT"
FILE = f"{FOLDER}/tl_2024_25025_addrfeat.zip"


@pytest.fixture
def census(httpserver: HTTPServer) -> str:
    return httpserver.url_for(FOLDER)


def test_the_year_comes_from_the_census_folder() -> None:
    assert default_year(STREETS_BASE_URL.default) == 2024
    assert default_year("http://mirror.example/addrfeat") == 2024
    assert default_year("https://www2.census.gov/geo/tiger/TIGER2023/ADDRFEAT") == 2023
    assert addrfeat_url(SUFFOLK, 2023, "http://h/x/") == "http://h/x/tl_2023_25025_addrfeat.zip"


def test_a_county_downloads_and_imports(
    httpserver: HTTPServer, census: str, make_zip: MakeZip
) -> None:
    body = make_zip([dudley()]).read_bytes()
    httpserver.expect_request(FILE).respond_with_data(body, content_type="application/zip")
    fetched: list[tuple[int, int]] = []
    report = download_county(
        SUFFOLK, base_url=census, download_progress=lambda n, t: fetched.append((n, t))
    )
    assert (report.county.fips, report.county.vintage, report.county.segments) == (SUFFOLK, 2024, 1)
    assert report.county.source == "tl_2024_25025_addrfeat.zip"
    assert fetched[-1] == (len(body), len(body))
    table = open_streets()
    assert table is not None and len(find_points(table, "51", "Dudley St")) == 1
    table.close()


def test_the_base_url_setting_is_used(
    httpserver: HTTPServer, census: str, make_zip: MakeZip
) -> None:
    httpserver.expect_request(FILE).respond_with_data(make_zip([dudley()]).read_bytes())
    Settings().set(STREETS_BASE_URL, census)
    assert download_county(SUFFOLK).county.segments == 1


def test_a_missing_file_says_so_and_imports_nothing(httpserver: HTTPServer, census: str) -> None:
    httpserver.expect_request(FILE).respond_with_data("Not Found", status=404)
    with pytest.raises(DownloadError) as caught:
        download_county(SUFFOLK, base_url=census)
    message = str(caught.value)
    assert message.startswith(f"{census}/tl_2024_25025_addrfeat.zip: the server answered HTTP 404")
    assert "Check the year" in message
    assert open_streets() is None


def test_a_body_cut_short_keeps_the_previous_ranges(
    httpserver: HTTPServer, census: str, make_zip: MakeZip
) -> None:
    body = make_zip([dudley()]).read_bytes()
    httpserver.expect_request(FILE).respond_with_data(body)
    download_county(SUFFOLK, base_url=census)
    httpserver.clear()

    def cut_short(request: Request) -> Response:
        # The server promises the whole file, sends half, and hangs up.
        return Response(
            iter([body[: len(body) // 2]]),
            headers={"Content-Length": str(len(body))},
            direct_passthrough=True,
        )

    httpserver.expect_request(FILE).respond_with_handler(cut_short)
    with pytest.raises(DownloadError, match="the download was cut short after"):
        download_county(SUFFOLK, base_url=census)
    table = open_streets()
    assert table is not None and len(find_points(table, "51", "Dudley St")) == 1
    table.close()


def test_a_truncated_file_served_whole_is_caught_by_the_import(
    httpserver: HTTPServer, census: str, make_zip: MakeZip
) -> None:
    body = make_zip([dudley()] * 20).read_bytes()
    httpserver.expect_request(FILE).respond_with_data(body[: len(body) // 2])
    with pytest.raises(StreetsError, match=r"tl_2024_25025_addrfeat\.zip: damaged or incomplete"):
        download_county(SUFFOLK, base_url=census)


def test_nobody_listening_fails_fast() -> None:
    with pytest.raises(DownloadError, match=r"no connection to 127\.0\.0\.1:9"):
        download_county(SUFFOLK, base_url="http://127.0.0.1:9/ADDRFEAT")
