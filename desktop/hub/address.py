"""Where the hub is, and the rule for reaching it: TLS with the server's certificate and
name verified (`sslmode=verify-full`), except over a Unix socket or to this machine.

A hub's address is a SQLAlchemy/libpq URL, `postgresql://user@host:port/db?sslmode=...`;
`postgresql+psycopg://` is what SQLAlchemy is told either way.
"""

from __future__ import annotations

import ipaddress

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.hub.errors import HubAddressError

DRIVER = "postgresql+psycopg"


def _local(host: str | None) -> bool:
    if not host or host.startswith("/"):
        return True  # a Unix socket: this machine, no network
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked(url: str) -> URL:
    """The hub's URL for SQLAlchemy; HubAddressError when it is not a PostgreSQL URL, or
    when it leaves this machine without `sslmode=verify-full`."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise HubAddressError(
            "That is not a hub address: give one like "
            "postgresql://user@hub.example.org/coalition?sslmode=verify-full"
        ) from None
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise HubAddressError(
            "The hub is a PostgreSQL database: its address starts postgresql:// and names "
            "the database (postgresql://user@hub.example.org/coalition?sslmode=verify-full)."
        )
    socket_host = parsed.query.get("host")
    host = socket_host if isinstance(socket_host, str) else parsed.host
    sslmode = parsed.query.get("sslmode")
    if not _local(host) and sslmode != "verify-full":
        raise HubAddressError(
            f"The hub at {parsed.host} would be reached without checking its certificate: "
            "add ?sslmode=verify-full to its address (and sslrootcert=FILE if its certificate "
            "is the coalition's own). Only a hub on this machine may go without."
        )
    return parsed.set(drivername=DRIVER)


def shown(url: URL) -> str:
    """The address without its password, for messages and settings."""
    return url.render_as_string(hide_password=True).replace(f"{DRIVER}://", "postgresql://", 1)
