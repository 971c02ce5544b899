"""The hub's address rule judges every place libpq would connect to, not only the URL's
host: a second host, a `hostaddr` or a service entry cannot take the connection off this
machine without `sslmode=verify-full`."""

from __future__ import annotations

import pytest

from desktop.hub.address import checked, shown
from desktop.hub.errors import HubAddressError


@pytest.mark.parametrize(
    "url",
    [
        # libpq tries each host in turn: the second one is on the network
        "postgresql://o@/c?host=/run/postgresql,hub.example.org",
        "postgresql://o@/c?host=127.0.0.1:5432&host=hub.example.org:5432",
        # a local name, but hostaddr is where libpq connects
        "postgresql://o@localhost/c?hostaddr=198.51.100.7",
        "postgresql://o@localhost/c?hostaddr=127.0.0.1,198.51.100.7",
        # another machine's name, reached on loopback (a tunnel): its certificate counts
        "postgresql://o@hub.example.org/c?hostaddr=127.0.0.1",
    ],
)
def test_an_address_leaving_this_machine_any_way_needs_verify_full(url: str) -> None:
    with pytest.raises(HubAddressError, match=r"sslmode=verify-full"):
        checked(url)
    assert checked(f"{url}&sslmode=verify-full" if "?" in url else url).database == "c"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://o@/c",  # the default socket
        "postgresql://o@/c?host=/run/postgresql&host=127.0.0.1:5432",
        "postgresql://o@[::1]:5432/c",
        "postgresql://o@/c?host=::1",
        "postgresql://o@localhost/c?hostaddr=127.0.0.1",
    ],
)
def test_an_address_on_this_machine_may_go_without(url: str) -> None:
    assert checked(url).database == "c"


def test_a_service_entry_or_a_password_in_the_query_is_refused() -> None:
    with pytest.raises(HubAddressError, match=r"not as a \?service= entry"):
        checked("postgresql://o@/c?service=hub")
    with pytest.raises(HubAddressError, match="copied into join codes") as refused:
        checked("postgresql://o@hub.example.org/c?sslmode=verify-full&password=s3cret-pw")
    assert "s3cret-pw" not in str(refused.value)
    url = checked("postgresql://o:s3cret-pw@hub.example.org/c?sslmode=verify-full")
    assert "s3cret-pw" not in shown(url) and shown(url).startswith("postgresql://o:***@")
