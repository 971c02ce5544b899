"""The Action Network client over real HTTP on loopback: a fake people endpoint, a dropping proxy.

Nothing of ours is mocked: requests go through `requests`, a socket, and a server that
records when each one arrived.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import TypedDict

import pytest
from pytest_httpserver import HTTPServer

from desktop.outbox.crm import (
    ActionNetwork,
    CrmPermanentError,
    CrmTransientError,
)
from desktop.outbox.crm_person import CrmPerson
from desktop.outbox.pacing import RateLimiter, parse_retry_after
from tests.outbox.http_server import DroppingProxy, FakeActionNetwork

API_KEY = "an-test-key-5f2c9e0d7b"


class Fast(TypedDict):
    backoff_base: float
    backoff_cap: float
    timeout: float


FAST: Fast = {"backoff_base": 0.01, "backoff_cap": 0.05, "timeout": 2.0}  # a quick test suite


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeActionNetwork:
    handler = FakeActionNetwork(API_KEY, known_tags=["event-a", "event-b"])
    handler.serve(httpserver)
    return handler


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/api/v2")  # http://127.0.0.1:PORT/api/v2


@pytest.fixture
def client(base_url: str, fake: FakeActionNetwork) -> Iterator[ActionNetwork]:
    with ActionNetwork(base_url, API_KEY, **FAST) as network:
        yield network


def person(email: str = "jane@example.org", given: str = "Jane", family: str = "Doe") -> CrmPerson:
    return CrmPerson(
        given_name=given,
        family_name=family,
        email=email,
        phone="+16175550123",
        postal_code="02139",
        locality="Cambridge",
        language="es",
    )


def test_signup_sends_the_signup_helper_format(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    identifier = client.signup(person(), ["Cambridge library 2025-05-01", "safe-communities-act"])

    assert identifier.startswith("action_network:")
    assert fake.people["jane@example.org"]["identifiers"] == [identifier]
    (arrival,) = fake.arrivals
    assert arrival.status == 201
    assert arrival.body == {
        "person": {
            "given_name": "Jane",
            "family_name": "Doe",
            "email_addresses": [{"address": "jane@example.org", "status": "subscribed"}],
            # Digits with the country code, as Action Network documents phone numbers.
            "phone_numbers": [
                {"number": "16175550123", "number_type": "Mobile", "status": "subscribed"}
            ],
            "postal_addresses": [
                {"postal_code": "02139", "locality": "Cambridge", "region": "MA", "country": "US"}
            ],
            "languages_spoken": ["es"],
        },
        "add_tags": ["Cambridge library 2025-05-01", "safe-communities-act"],
    }


def test_the_same_email_twice_updates_one_person(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    first = client.signup(person(given="Jane", family="Doe"), ["event-a"])
    second = client.signup(person(given="Janet", family="Doe-Smith"), ["event-b"])

    assert first == second
    assert list(fake.people) == ["jane@example.org"]
    assert fake.people["jane@example.org"]["given_name"] == "Janet"
    assert fake.people["jane@example.org"]["family_name"] == "Doe-Smith"
    assert fake.tags["jane@example.org"] == ["event-a", "event-b"]
    assert [a.status for a in fake.arrivals] == [201, 200]


def test_empty_fields_are_left_out_so_an_update_blanks_nothing(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    sparse = CrmPerson("Ana", " ", "ana@example.org", None, None, None, "pt-BR")
    client.signup(sparse, ["", "event"])

    assert fake.arrivals[0].body == {
        "person": {
            "given_name": "Ana",
            "email_addresses": [{"address": "ana@example.org", "status": "subscribed"}],
            "languages_spoken": ["pt"],
        },
        "add_tags": ["event"],
    }


def test_a_person_without_email_or_phone_is_refused_before_sending(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    with pytest.raises(CrmPermanentError, match="email address or a phone number"):
        client.signup(CrmPerson("No", "Contact", None, " ", "02139", None, None), [])
    assert fake.arrivals == []


def test_429_waits_for_retry_after_then_succeeds(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    fake.fail_next(429, headers={"Retry-After": "1"}, body='{"error": "slow down"}')

    assert client.signup(person(), ["event"]).startswith("action_network:")

    throttled, retried = fake.arrivals
    assert (throttled.status, retried.status) == (429, 201)
    assert retried.at - throttled.at >= 1.0
    assert len(fake.people) == 1


def test_retry_after_as_an_http_date(client: ActionNetwork, fake: FakeActionNetwork) -> None:
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    # HTTP dates have whole seconds: the wait is between 1 and 2 seconds, far above the
    # test's backoff of at most 0.05 s.
    fake.fail_next(503, headers={"Retry-After": soon.strftime("%a, %d %b %Y %H:%M:%S GMT")})

    client.signup(person(), ["event"])

    throttled, retried = fake.arrivals
    assert retried.at - throttled.at >= 0.5


def test_503_twice_then_success(client: ActionNetwork, fake: FakeActionNetwork) -> None:
    fake.fail_next(503, count=2)

    client.signup(person(), ["event"])

    assert [a.status for a in fake.arrivals] == [503, 503, 201]
    assert len(fake.people) == 1


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_are_retried(
    client: ActionNetwork, fake: FakeActionNetwork, status: int
) -> None:
    fake.fail_next(status)
    client.signup(person(), ["event"])
    assert [a.status for a in fake.arrivals] == [status, 201]


def test_persistent_503_gives_up_as_transient(base_url: str, fake: FakeActionNetwork) -> None:
    fake.fail_next(503, count=10)
    with (
        ActionNetwork(base_url, API_KEY, max_attempts=3, **FAST) as network,
        pytest.raises(CrmTransientError, match="after 3 attempts") as caught,
    ):
        network.signup(person(), ["event"])
    assert caught.value.status == 503
    assert len(fake.arrivals) == 3


def test_a_long_retry_after_is_handed_back_not_slept(
    base_url: str, fake: FakeActionNetwork
) -> None:
    fake.fail_next(429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    with ActionNetwork(base_url, API_KEY, max_retry_after=60, **FAST) as network:
        with pytest.raises(CrmTransientError) as caught:
            network.signup(person(), ["event"])
        assert caught.value.retry_after == 3600
        assert len(fake.arrivals) == 1
        # Nor is the client frozen for an hour: the runner decides when to try again.
        network.signup(person(), ["event"])
    assert time.monotonic() - started < 1


def test_dropped_connections_are_retried(httpserver: HTTPServer, fake: FakeActionNetwork) -> None:
    with (
        DroppingProxy(httpserver.host, httpserver.port, drop_first=2) as proxy,
        ActionNetwork(proxy.url(), API_KEY, **FAST) as network,
    ):
        identifier = network.signup(person(), ["event"])
        assert proxy.connections == 3
    assert fake.people["jane@example.org"]["identifiers"] == [identifier]
    assert len(fake.arrivals) == 1  # the dropped ones never reached the server


def test_a_server_that_never_answers_times_out_and_is_retried(
    httpserver: HTTPServer, fake: FakeActionNetwork
) -> None:
    with (
        DroppingProxy(httpserver.host, httpserver.port, stall_first=1) as proxy,
        ActionNetwork(proxy.url(), API_KEY, backoff_base=0.01, timeout=0.3) as network,
    ):
        started = time.monotonic()
        network.signup(person(), ["event"])
        assert time.monotonic() - started >= 0.3
        assert proxy.connections == 2
    assert len(fake.people) == 1


def test_connection_refused_gives_up_as_transient() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed on leaving: nothing listens there any more
    with (
        ActionNetwork(f"http://127.0.0.1:{port}/api/v2", API_KEY, max_attempts=3, **FAST) as net,
        pytest.raises(CrmTransientError, match="after 3 attempts") as caught,
    ):
        net.signup(person(), ["event"])
    assert "ConnectionError" in str(caught.value)
    assert caught.value.status is None


def test_a_bad_key_is_permanent_and_the_key_is_never_shown(
    base_url: str, fake: FakeActionNetwork, caplog: pytest.LogCaptureFixture
) -> None:
    wrong_key = "wrong-key-0000-secret"
    caplog.set_level(logging.DEBUG)
    with (
        ActionNetwork(base_url, wrong_key, **FAST) as network,
        pytest.raises(CrmPermanentError) as caught,
    ):
        network.signup(person(), ["event"])

    assert caught.value.status == 401
    assert "API Key invalid or not present" in str(caught.value)
    assert wrong_key not in str(caught.value)
    assert wrong_key not in repr(network)
    assert wrong_key not in caplog.text
    assert "jane@example.org" not in caplog.text
    assert len(fake.arrivals) == 1  # not retried


def test_an_echoed_key_is_blanked_out(base_url: str, fake: FakeActionNetwork) -> None:
    fake.fail_next(400, body=f'{{"error": "key {API_KEY} may not add tag x"}}')
    with (
        ActionNetwork(base_url, API_KEY, **FAST) as network,
        pytest.raises(CrmPermanentError) as caught,
    ):
        network.signup(person(), ["x"])
    assert API_KEY not in str(caught.value)
    assert API_KEY not in caught.value.server_message
    assert "[API key] may not add tag x" in str(caught.value)
    assert caught.value.status == 400


def test_a_wifi_login_page_is_transient(base_url: str, fake: FakeActionNetwork) -> None:
    fake.fail_next(200, body="<html>Welcome to the library wifi</html>")
    with (
        ActionNetwork(base_url, API_KEY, **FAST) as network,
        pytest.raises(CrmTransientError, match="not Action Network's JSON"),
    ):
        network.signup(person(), ["event"])


def test_redirects_are_not_followed(base_url: str, fake: FakeActionNetwork) -> None:
    fake.fail_next(302, headers={"Location": "http://127.0.0.1:9/portal"})
    with (
        ActionNetwork(base_url, API_KEY, **FAST) as network,
        pytest.raises(CrmTransientError, match="redirected"),
    ):
        network.signup(person(), ["event"])
    assert len(fake.arrivals) == 1


def test_at_most_four_requests_in_any_second(
    client: ActionNetwork, fake: FakeActionNetwork
) -> None:
    for number in range(12):
        client.signup(person(email=f"p{number}@example.org"), ["event"])

    times = sorted(a.at for a in fake.arrivals)
    assert len(times) == 12 and len(fake.people) == 12
    tolerance = 0.05  # arrival jitter on a busy test machine
    for start in times:
        in_window = [t for t in times if start <= t < start + 1.0 - tolerance]
        assert len(in_window) <= 4, in_window
    assert times[-1] - times[0] >= 11 * 0.25 - tolerance


def test_the_rate_limit_holds_across_threads() -> None:
    limiter = RateLimiter(4.0)
    starts: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(3):
            limiter.acquire()
            with lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    starts.sort()
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert len(starts) == 9
    assert min(gaps) >= 0.25 - 0.01


def test_the_base_url_is_configurable(httpserver: HTTPServer, fake: FakeActionNetwork) -> None:
    httpserver.expect_request("/elsewhere/v2/people", method="POST").respond_with_handler(fake)
    with ActionNetwork(httpserver.url_for("/elsewhere/v2/"), API_KEY, **FAST) as network:
        assert network.people_url == httpserver.url_for("/elsewhere/v2/people")
        network.signup(person(), ["event"])
    assert len(fake.people) == 1
    assert ActionNetwork("https://actionnetwork.org/api/v2", API_KEY).people_url == (
        "https://actionnetwork.org/api/v2/people"
    )


@pytest.mark.parametrize(
    "url", ["http://actionnetwork.org/api/v2", "ftp://127.0.0.1/api", "actionnetwork.org"]
)
def test_the_key_only_travels_over_https_or_loopback(url: str) -> None:
    with pytest.raises(ValueError):
        ActionNetwork(url, API_KEY)


def test_parse_retry_after() -> None:
    now = dt.datetime(2025, 5, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("7", now=now) == 7
    assert parse_retry_after(" 1.5 ", now=now) == 1.5
    assert parse_retry_after("Thu, 01 May 2025 12:00:30 GMT", now=now) == 30
    assert parse_retry_after("Thu, 01 May 2025 11:00:00 GMT", now=now) == 0
    assert parse_retry_after("-3", now=now) == 0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


def test_person_repr_hides_personal_data() -> None:
    assert "jane" not in repr(person()).lower()
