"""What leaves the laptop: https only (loopback excepted), redirects only to the same host,
a proxy only from the `network.proxy` setting, never from the environment.

Through the app's real clients (the geocoder, the downloads, the Legislature's API) and
`tabling config set`, against loopback servers. "Another host" is another name or port as
written in the URL: the test server is 127.0.0.1, so "localhost" (same machine, other
name) counts as another host, as example.org does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.districts.legislature import LegislatureError, fetch_members, members_url
from desktop.downloads import DownloadError, download
from desktop.geocoding import CensusGeocoder, GeocoderUnavailable
from desktop.geocoding.placing import census_geocode
from desktop.settings import GEOCODER_BASE_URL, NETWORK_PROXY, Settings
from desktop.web import RefusedURL, check_url
from tests.cli_run import tabling

FILE = "/data/HOUSE2021.zip"
ADDRESS = "12 Main St, Hyannis, MA 02601"


@pytest.fixture
def proxy() -> Iterator[HTTPServer]:
    """A second loopback server standing in for a proxy: it records what it is asked."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.mark.parametrize(
    "url",
    ["http://geocoding.example.org/geocoder", "http://10.0.0.5/geocoder", "ftp://example.org/x"],
)
def test_a_plain_http_geocoder_elsewhere_is_refused_before_any_connection(url: str) -> None:
    with CensusGeocoder(url, timeout=2.0) as client, pytest.raises(GeocoderUnavailable) as caught:
        client.locate(ADDRESS)
    # "refused", not "connection": the tests' socket guard was never reached.
    assert caught.value.kind == "refused"
    assert "https" in str(caught.value)


def test_a_hand_edited_geocoder_address_names_its_setting(tabling_home: Path) -> None:
    (tabling_home / "settings.json").write_text(
        json.dumps({"geocoder.base_url": "http://geocoding.geo.census.gov/geocoder"})
    )
    settings = Settings()
    client = CensusGeocoder(settings.get(GEOCODER_BASE_URL), 2.0, settings=settings)
    with client, pytest.raises(GeocoderUnavailable, match=r"geocoder\.base_url") as caught:
        client.locate(ADDRESS)
    assert caught.value.kind == "refused"
    # The kiosk's lookup takes it as any unavailable geocoder: the picker is offered.
    assert census_geocode(settings)(ADDRESS) is not None


def test_a_plain_http_address_is_refused_when_saved() -> None:
    settings = Settings()
    with pytest.raises(RefusedURL, match=r"Change the setting geocoder\.base_url"):
        settings.set(GEOCODER_BASE_URL, "http://geocoding.geo.census.gov/geocoder")
    assert settings.get(GEOCODER_BASE_URL).startswith("https://")
    settings.set(GEOCODER_BASE_URL, "http://127.0.0.1:8080/geocoder")  # loopback: tests
    settings.set(GEOCODER_BASE_URL, "http://[::1]:8080/geocoder")
    settings.set(GEOCODER_BASE_URL, "http://localhost/geocoder")
    done = tabling("settings", "set", "data.legislature_url", "http://malegislature.gov/api")
    assert done.returncode == 2 and "data.legislature_url" in done.stderr
    assert "https" in done.stderr


def test_only_https_and_loopback_pass() -> None:
    assert check_url("https://malegislature.gov/api")
    assert check_url("http://127.0.0.2:5000/x")
    for url in ("http://malegislature.gov/api", "http://127.0.0.1.example.org/", "file:///etc/x"):
        with pytest.raises(RefusedURL):
            check_url(url)


def _redirect(httpserver: HTTPServer, to: str) -> None:
    httpserver.expect_request(FILE).respond_with_data("", status=302, headers={"Location": to})


@pytest.mark.parametrize("to", ["http://localhost:{port}/elsewhere", "https://example.org/x.zip"])
def test_a_download_does_not_follow_a_redirect_to_another_host(
    httpserver: HTTPServer, tmp_path: Path, to: str
) -> None:
    _redirect(httpserver, to.format(port=httpserver.port))
    httpserver.expect_request("/elsewhere").respond_with_data("moved")
    with pytest.raises(DownloadError, match="another host") as caught:
        download(httpserver.url_for(FILE), tmp_path / "x.zip")
    assert "redirect only to the same host" in str(caught.value)
    assert not (tmp_path / "x.zip").exists()
    assert [request.path for request, _ in httpserver.log] == [FILE]  # never went on


def test_a_redirect_on_the_same_host_is_followed(httpserver: HTTPServer, tmp_path: Path) -> None:
    _redirect(httpserver, "/moved/HOUSE2021.zip")
    httpserver.expect_request("/moved/HOUSE2021.zip").respond_with_data(b"zip bytes")
    assert download(httpserver.url_for(FILE), tmp_path / "x.zip") == len(b"zip bytes")


def test_the_geocoder_does_not_follow_a_redirect_to_another_host(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/geocoder/locations/onelineaddress").respond_with_data(
        "", status=301, headers={"Location": f"http://localhost:{httpserver.port}/geocoder"}
    )
    client = CensusGeocoder(httpserver.url_for("/geocoder"), timeout=2.0)
    with client, pytest.raises(GeocoderUnavailable, match="another host") as caught:
        client.locate(ADDRESS)
    assert caught.value.kind == "refused"
    assert len(httpserver.log) == 1


def test_the_legislatures_api_does_not_follow_a_redirect_to_another_host(
    httpserver: HTTPServer,
) -> None:
    base = httpserver.url_for("/api")
    listing = members_url(base, 194).removeprefix(httpserver.url_for(""))
    httpserver.expect_request("/" + listing.lstrip("/")).respond_with_data(
        "", status=302, headers={"Location": "https://example.org/api/Members"}
    )
    with pytest.raises(LegislatureError, match="another host"):
        fetch_members(base, 194)
    assert len(httpserver.log) == 1


def _proxy_env(monkeypatch: pytest.MonkeyPatch, proxy: HTTPServer) -> None:
    address = f"http://127.0.0.1:{proxy.port}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, address)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_a_proxy_in_the_environment_is_not_used(
    httpserver: HTTPServer, proxy: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _proxy_env(monkeypatch, proxy)
    httpserver.expect_request(FILE).respond_with_data(b"direct")
    proxy.expect_request(FILE).respond_with_data(b"through the proxy")
    target = tmp_path / "x.zip"
    download(httpserver.url_for(FILE), target)
    assert target.read_bytes() == b"direct"
    assert proxy.log == []


def test_the_proxy_in_the_settings_is_used(
    httpserver: HTTPServer, proxy: HTTPServer, tmp_path: Path
) -> None:
    Settings().set(NETWORK_PROXY, f"http://127.0.0.1:{proxy.port}")
    httpserver.expect_request(FILE).respond_with_data(b"direct")
    proxy.expect_request(FILE).respond_with_data(b"through the proxy")
    target = tmp_path / "x.zip"
    download(httpserver.url_for(FILE), target)
    assert target.read_bytes() == b"through the proxy"
    assert len(proxy.log) == 1 and httpserver.log == []
    # The proxy was asked for the whole URL, as a proxy is.
    request, _ = proxy.log[0]
    assert f"127.0.0.1:{httpserver.port}" in request.url


def test_the_geocoder_uses_the_settings_proxy_and_not_the_environments(
    httpserver: HTTPServer, proxy: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = "/geocoder/locations/onelineaddress"
    httpserver.expect_request(path).respond_with_json({"result": {"addressMatches": []}})
    proxy.expect_request(path).respond_with_json({"result": {"addressMatches": []}})
    settings = Settings(paths.user_home() / "settings.json")
    settings.set(GEOCODER_BASE_URL, httpserver.url_for("/geocoder"))
    _proxy_env(monkeypatch, proxy)
    with CensusGeocoder(settings.get(GEOCODER_BASE_URL), 2.0, settings=settings) as client:
        assert client.locate(ADDRESS) is None
    assert proxy.log == [] and len(httpserver.log) == 1
    settings.set(NETWORK_PROXY, f"http://127.0.0.1:{proxy.port}")
    with CensusGeocoder(settings.get(GEOCODER_BASE_URL), 2.0, settings=settings) as client:
        assert client.locate(ADDRESS) is None
    assert len(proxy.log) == 1 and len(httpserver.log) == 1


def test_a_proxy_setting_must_be_a_proxy_address() -> None:
    with pytest.raises(RefusedURL, match=r"network\.proxy"):
        Settings().set(NETWORK_PROXY, "proxy.example.org:3128")
    Settings().set(NETWORK_PROXY, "")  # none
