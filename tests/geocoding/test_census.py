"""The Census geocoder client over real HTTP on loopback, answering in the Census's shape."""

from __future__ import annotations

import json
import logging
import socket
import time

import pytest
import requests

from desktop.geocoding.census import (
    AmbiguousMatch,
    CensusGeocoder,
    GeocodeMatch,
    GeocoderUnavailable,
    metres_between,
)
from tests.geocoding.census_server import FakeCensus, census_match

ADDRESS = "4187 Wianno Avenue, Osterville, MA 02655"
MATCHED = "4187 WIANNO AVE, OSTERVILLE, MA, 02655"
LON, LAT = -70.386121, 41.628453


def test_a_match_gives_its_point_zip_and_side(geocoder: CensusGeocoder, census: FakeCensus) -> None:
    census.matches = [census_match(MATCHED, LON, LAT, zip_code="02655", side="R")]

    answer = geocoder.locate(ADDRESS)

    assert answer == GeocodeMatch(LON, LAT, MATCHED, zip="02655", side="R")


def test_the_request_carries_the_address_benchmark_and_format(
    geocoder: CensusGeocoder, census: FakeCensus
) -> None:
    geocoder.locate(ADDRESS)

    assert census.queries == [
        {"address": [ADDRESS], "benchmark": ["Public_AR_Current"], "format": ["json"]}
    ]


def test_a_base_url_with_a_trailing_slash_works(base_url: str, census: FakeCensus) -> None:
    census.matches = [census_match(MATCHED, LON, LAT)]
    with CensusGeocoder(base_url + "/", timeout=2.0) as client:
        assert isinstance(client.locate(ADDRESS), GeocodeMatch)


def test_no_match_is_none(geocoder: CensusGeocoder, census: FakeCensus) -> None:
    census.matches = []
    assert geocoder.locate("1 Nowhere Lane, Osterville, MA") is None


def test_matches_a_few_metres_apart_give_the_first(
    geocoder: CensusGeocoder, census: FakeCensus
) -> None:
    # Overlapping address ranges: the same house, interpolated twice ~5 m apart.
    census.matches = [
        census_match(MATCHED, LON, LAT, side="L"),
        census_match(MATCHED, LON + 0.00005, LAT + 0.00002, side="R"),
    ]

    answer = geocoder.locate(ADDRESS)

    assert isinstance(answer, GeocodeMatch)
    assert answer.side == "L"


def test_matches_far_apart_are_ambiguous_never_a_guess(
    geocoder: CensusGeocoder, census: FakeCensus
) -> None:
    # "12 Main St, Barnstable" without a village: Hyannis and Cotuit both have one.
    hyannis = census_match("12 MAIN ST, HYANNIS, MA, 02601", -70.2834, 41.6529, zip_code="02601")
    cotuit = census_match("12 MAIN ST, COTUIT, MA, 02635", -70.4367, 41.6168, zip_code="02635")
    census.matches = [hyannis, cotuit]

    answer = geocoder.locate("12 Main St, Barnstable, MA")

    assert isinstance(answer, AmbiguousMatch)
    assert [m.zip for m in answer.matches] == ["02601", "02635"]
    assert [m.matched_address for m in answer.matches] == [
        "12 MAIN ST, HYANNIS, MA, 02601",
        "12 MAIN ST, COTUIT, MA, 02635",
    ]


def test_metres_between_is_about_right() -> None:
    a = GeocodeMatch(-71.0, 42.0, "a", None, None)
    b = GeocodeMatch(-71.0, 42.001, "b", None, None)  # 0.001 degree of latitude: ~111 m
    assert metres_between(a, b) == pytest.approx(111.2, abs=0.5)
    assert metres_between(a, a) == 0.0


def test_missing_zip_and_side_are_none(geocoder: CensusGeocoder, census: FakeCensus) -> None:
    match = census_match(MATCHED, LON, LAT)
    del match["tigerLine"]
    match["addressComponents"]["zip"] = ""
    census.matches = [match]

    answer = geocoder.locate(ADDRESS)

    assert answer == GeocodeMatch(LON, LAT, MATCHED, zip=None, side=None)


def test_a_slow_geocoder_times_out(base_url: str, census: FakeCensus) -> None:
    census.delay = 0.6
    with CensusGeocoder(base_url, timeout=0.2) as client:
        started = time.monotonic()
        with pytest.raises(GeocoderUnavailable) as caught:
            client.locate(ADDRESS)
        elapsed = time.monotonic() - started

    assert caught.value.kind == "timeout"
    assert str(caught.value) == "The address lookup service did not answer within 0.2 seconds."
    assert elapsed < 0.55


def test_a_refused_connection_is_unavailable() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = CensusGeocoder(f"http://127.0.0.1:{port}/geocoder", timeout=1.0)
    with client, pytest.raises(GeocoderUnavailable) as caught:
        client.locate(ADDRESS)

    assert caught.value.kind == "connection"
    assert "no connection" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, "<html><body>Internal Server Error</body></html>"),
        (503, "Service Unavailable"),
        # What the Census sends for a request it cannot take.
        (400, json.dumps({"errors": ["Specify a valid address"], "status": "400"})),
        (404, "Not Found"),
    ],
)
def test_an_http_error_is_unavailable(
    geocoder: CensusGeocoder, census: FakeCensus, status: int, body: str
) -> None:
    census.raw = (status, body, "text/html")

    with pytest.raises(GeocoderUnavailable) as caught:
        geocoder.locate(ADDRESS)

    assert caught.value.kind == "http_status"
    assert caught.value.status == status
    assert f"HTTP {status}" in str(caught.value)


def _answer_with(match_changes: dict[str, object]) -> str:
    match = census_match(MATCHED, LON, LAT)
    match.update(match_changes)
    return json.dumps({"result": {"input": {}, "addressMatches": [match]}})


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<html>Geocoder is down for maintenance</html>", id="not-json"),
        pytest.param("", id="empty"),
        pytest.param(json.dumps({"errors": ["oops"]}), id="no-result"),
        pytest.param(json.dumps({"result": {"input": {}}}), id="no-addressMatches"),
        pytest.param(json.dumps({"result": {"addressMatches": {}}}), id="matches-not-a-list"),
        pytest.param(json.dumps([1, 2]), id="a-list"),
        pytest.param(_answer_with({"coordinates": {"x": "-70.38", "y": "41.62"}}), id="strings"),
        pytest.param(_answer_with({"coordinates": {"x": None, "y": 41.6}}), id="null"),
        pytest.param(_answer_with({"coordinates": {"x": True, "y": 41.6}}), id="bool"),
        pytest.param(_answer_with({"coordinates": {"x": -70.3}}), id="no-y"),
        pytest.param(_answer_with({"coordinates": {"x": -700.0, "y": 41.6}}), id="off-earth"),
        pytest.param(_answer_with({"coordinates": [LON, LAT]}), id="coords-list"),
        pytest.param(_answer_with({"matchedAddress": None}), id="no-matched-address"),
        pytest.param('{"result": {"addressMatches": [{"coordinates": {"x": NaN}}]}}', id="nan"),
    ],
)
def test_an_unreadable_answer_is_unavailable(
    geocoder: CensusGeocoder, census: FakeCensus, body: str
) -> None:
    census.raw = (200, body, "application/json")

    with pytest.raises(GeocoderUnavailable) as caught:
        geocoder.locate(ADDRESS)

    assert caught.value.kind == "bad_response"
    assert str(caught.value) == "The address lookup service sent an answer this app cannot read."


def test_errors_and_logs_never_hold_the_address(
    base_url: str, census: FakeCensus, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop")
    census.delay = 0.4
    slow = CensusGeocoder(base_url, timeout=0.1)
    with slow, pytest.raises(GeocoderUnavailable) as caught:
        slow.locate(ADDRESS)
    census.delay = 0.0
    census.matches = [census_match(MATCHED, LON, LAT)]
    with CensusGeocoder(base_url, timeout=2.0) as client:
        client.locate(ADDRESS)

    # requests' own exception quotes the URL and its query string: it must not ride along.
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("desktop")]
    assert ours == [
        "census geocoder unavailable: timeout",
        "census geocoder: match",
    ]
    for text in [*ours, str(caught.value)]:
        assert "wianno" not in text.casefold()
        assert "4187" not in text


def test_a_shared_session_is_used_and_left_open(base_url: str, census: FakeCensus) -> None:
    census.matches = [census_match(MATCHED, LON, LAT)]
    with requests.Session() as session:
        session.headers["User-Agent"] = "tabling-test"
        with CensusGeocoder(base_url, timeout=2.0, session=session) as client:
            client.locate(ADDRESS)
        # Still usable after the client closed: the session is the caller's.
        with CensusGeocoder(base_url, timeout=2.0, session=session) as client:
            assert isinstance(client.locate(ADDRESS), GeocodeMatch)
    assert census.user_agents == ["tabling-test", "tabling-test"]
