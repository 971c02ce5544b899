"""Where the hub is, and the rule for reaching it: TLS with the server's certificate and
name verified (`sslmode=verify-full`), except over a Unix socket or to this machine.

A hub's address is a SQLAlchemy/libpq URL, `postgresql://user@host:port/db?sslmode=...`;
`postgresql+psycopg://` is what SQLAlchemy is told either way.

"This machine" is judged on everything libpq would connect to, not only the URL's host:
`?host=` (which replaces it, and may list several hosts, any of which libpq may use),
`?hostaddr=` (the address libpq connects to, whatever the name says), and `?service=`
(a pg_service.conf entry that may name any host: refused, since it cannot be judged).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.hub.errors import HubAddressError

DRIVER = "postgresql+psycopg"
EXAMPLE = "postgresql://user@hub.example.org/coalition?sslmode=verify-full"


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False


def _local(host: str | None) -> bool:
    if not host or host.startswith("/"):
        return True  # a Unix socket (libpq's default when none is named): no network
    return host == "localhost" or _loopback(host)


def _listed(value: str | tuple[str, ...] | None) -> Iterator[str]:
    """Each entry of a query value: repeated (`?host=a&host=b`) or comma-separated."""
    for item in (value,) if isinstance(value, str) else value or ():
        yield from item.split(",")


def _without_port(host: str) -> str:
    """SQLAlchemy's multi-host form is `?host=name:port`; a socket path or a bare IPv6
    address keeps its colons."""
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    if not host.startswith("/") and host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def _stays_here(parsed: URL) -> bool:
    hosts: list[str | None] = [_without_port(h) for h in _listed(parsed.query.get("host"))]
    hosts = hosts or [parsed.host]
    addresses = [a for a in _listed(parsed.query.get("hostaddr")) if a]
    # A name of this machine is not enough when hostaddr sends the connection elsewhere,
    # nor a loopback hostaddr when the name is another's: its certificate is checked.
    return all(_local(h) for h in hosts) and all(_loopback(a) for a in addresses)


def _where(parsed: URL) -> str:
    hosts = ", ".join(_listed(parsed.query.get("host"))) or parsed.host or "the default socket"
    addresses = ", ".join(_listed(parsed.query.get("hostaddr")))
    return f"{hosts} (address {addresses})" if addresses else hosts


def checked(url: str) -> URL:
    """The hub's URL for SQLAlchemy; HubAddressError when it is not a PostgreSQL URL, or
    when it leaves this machine without `sslmode=verify-full`."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise HubAddressError(f"That is not a hub address: give one like {EXAMPLE}") from None
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise HubAddressError(
            "The hub is a PostgreSQL database: its address starts postgresql:// and names "
            f"the database ({EXAMPLE})."
        )
    if "service" in parsed.query:
        raise HubAddressError(
            "Give the hub's host, port and database in its address itself, not as a "
            f"?service= entry, so this laptop can tell how it is reached ({EXAMPLE})."
        )
    if "password" in parsed.query:
        raise HubAddressError(
            "A password does not go in the address's ?password=, where it would be shown and "
            "copied into join codes: put it before the host, as "
            "postgresql://user:PASSWORD@host/database, where it is never shown."
        )
    if not _stays_here(parsed) and parsed.query.get("sslmode") != "verify-full":
        raise HubAddressError(
            f"The hub at {_where(parsed)} would be reached without checking its "
            "certificate: add ?sslmode=verify-full to its "
            "address (and sslrootcert=FILE if its certificate is the coalition's own). Only "
            "a hub on this machine may go without."
        )
    return parsed.set(drivername=DRIVER)


def shown(url: URL) -> str:
    """The address without its password, for messages and settings."""
    return url.render_as_string(hide_password=True).replace(f"{DRIVER}://", "postgresql://", 1)
