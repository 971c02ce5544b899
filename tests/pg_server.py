"""A real PostgreSQL server for the hub's tests, started here and stopped afterwards.

Debian's `postgresql` package: `initdb` and `pg_ctl` on a fresh temporary folder, listening
on a Unix socket there and on a loopback port. PostgreSQL refuses to run as root, and CI
runs as root, so there the server runs as the `postgres` user the package creates (the
folder is handed to it); run as anyone else, it runs as that user. Local connections on
the socket are trusted (the superuser's, for setting up); TCP connections on loopback
need a password (SCRAM), as a laptop's role does. A missing server is a test failure:
CI installs it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

APT_PACKAGE = "postgresql"
ADMIN_PASSWORD = "organizer-test-password"


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        on_path = shutil.which("pg_ctl")
        if on_path is None:
            pytest.fail(
                "The hub's tests run a real PostgreSQL server and this machine has none. "
                f"On Debian or Ubuntu, as root: apt-get install -y {APT_PACKAGE}",
                pytrace=False,
            )
        return Path(on_path).parent
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class PgServer:
    folder: Path  # also the Unix socket's directory
    port: int
    admin_password: str

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        """A SQLAlchemy URL over the Unix socket (trusted: for setting up)."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}&port={self.port}"

    def tcp_url(self, database: str, user: str = "postgres", password: str = "") -> str:
        """Over loopback TCP, where PostgreSQL asks for the password (SCRAM)."""
        password = password or (self.admin_password if user == "postgres" else "")
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user="postgres", dbname="postgres",
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(sql.encode())

    def new_database(self, name: str) -> str:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    binaries = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="tabling-pg-"))
    if os.geteuid() == 0:
        postgres = pwd.getpwnam("postgres")
        os.chown(folder, postgres.pw_uid, postgres.pw_gid)
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_server_user([
            str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
            "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
        ]),
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    server = PgServer(folder, port, ADMIN_PASSWORD)
    options = f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_server_user([
            str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w",
            "-l", str(folder / "server.log"), "start",
        ]),
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    server.admin(f"ALTER ROLE postgres PASSWORD '{ADMIN_PASSWORD}'")  # for TCP, as an organizer
    try:
        yield server
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
            timeout=120,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)
