"""A real PostgreSQL server on a temporary folder, started and stopped here, with no pytest:
the hub's tests (tests/pg_server.py, their fixture) and its benchmark (benchmarks/hub_bench.py)
both start theirs with `running()`.

Debian's `postgresql` package: `initdb` and `pg_ctl` on a fresh temporary folder, listening
on a Unix socket there and on a loopback port. PostgreSQL refuses to run as root, and CI
runs as root, so there the server runs as the `postgres` user the package creates (the
folder is handed to it); run as anyone else, it runs as that user. Local connections on
the socket are trusted (the superuser's, for setting up); TCP connections on loopback
need a password (SCRAM), as a laptop's role does.

With `tls=`, the server speaks TLS with the certificate and key given, and its TCP port
takes TLS connections only (`hostssl`), as a hub on the network would; `present()` swaps
the certificate (a restart: the postmaster reloads them, but a reload gives no sign of
when it is done).
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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

APT_PACKAGE = "postgresql"
ADMIN_PASSWORD = "organizer-test-password"


class NoServer(RuntimeError):
    """PostgreSQL is not installed here; the message says how to install it."""


@dataclass(frozen=True)
class ServerTls:
    """The certificate the server presents (PEM, its chain) and its private key (PEM)."""

    certificate: bytes
    key: bytes


def bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path is None:
        raise NoServer(
            "The hub's tests and benchmark run a real PostgreSQL server and this machine has "
            f"none. On Debian or Ubuntu, as root: apt-get install -y {APT_PACKAGE}"
        )
    return Path(on_path).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


def _hand_over(path: Path) -> None:
    """The server's user owns it (root made it)."""
    if os.geteuid() == 0:
        postgres = pwd.getpwnam("postgres")
        os.chown(path, postgres.pw_uid, postgres.pw_gid)


@dataclass(frozen=True)
class PgServer:
    folder: Path  # also the Unix socket's directory
    port: int
    admin_password: str
    binaries: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

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

    def present(self, tls: ServerTls) -> None:
        """Present another certificate from now on (the server restarts)."""
        self._write_tls(tls)
        self._pg_ctl("restart", "-m", "fast")

    def go_down(self) -> None:
        """Stop the server as a power cut at the hub would (laptops carry on without it)."""
        self._pg_ctl("stop", "-m", "immediate")

    def come_back(self) -> None:
        """Start it again after go_down() (a server started without TLS)."""
        options = f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-o", options, "start")

    def _write_tls(self, tls: ServerTls) -> None:
        for name, pem in (("server.crt", tls.certificate), ("server.key", tls.key)):
            path = self.data / name
            path.write_bytes(pem)
            path.chmod(0o600)  # PostgreSQL refuses a key others may read
            _hand_over(path)

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(
            _as_server_user([
                str(self.binaries / "pg_ctl"), "-D", str(self.data), "-w",
                "-l", str(self.folder / "server.log"), *args,
            ]),
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def start(tls: ServerTls | None = None) -> PgServer:
    """A new server on a new folder, running; `stop()` it."""
    binaries = bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="tabling-pg-"))
    _hand_over(folder)
    server = PgServer(folder, _free_port(), ADMIN_PASSWORD, binaries)
    subprocess.run(
        _as_server_user([
            str(binaries / "initdb"), "-D", str(server.data), "-U", "postgres", "-E", "UTF8",
            "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
        ]),
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    options = f"-k {folder} -p {server.port} -c listen_addresses=127.0.0.1 -c fsync=off"
    if tls is not None:
        server._write_tls(tls)
        options += " -c ssl=on"  # server.crt and server.key in the data folder: the defaults
        # TCP with TLS only; the socket stays trusted for setting up.
        hba = server.data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostnossl all all 0.0.0.0/0 reject\n"
        )
    server._pg_ctl("-o", options, "start")
    server.admin(f"ALTER ROLE postgres PASSWORD '{ADMIN_PASSWORD}'")  # for TCP, as an organizer
    return server


def stop(server: PgServer) -> None:
    subprocess.run(
        _as_server_user([str(server.binaries / "pg_ctl"), "-D", str(server.data), "-m", "fast",
                         "stop"]),
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    shutil.rmtree(server.folder, ignore_errors=True)


@contextmanager
def running(tls: ServerTls | None = None) -> Iterator[PgServer]:
    server = start(tls)
    try:
        yield server
    finally:
        stop(server)
