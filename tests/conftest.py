"""Shared test set-up: a fresh TABLING_HOME per test, no network beyond loopback.

Tests read the committed dataset (data/districts.sqlite) and, where they compare it
with its sources, ../shared/data/ma beside the project.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.districts.dataset import Dataset

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A real CUPS queue backed by cups-pdf, for every test that prints (tests/printing, tests/gui).
pytest_plugins = ["tests.cups_queue", "tests.cli_run", "tests.secret_service", "tests.pg_server"]

SOURCE_DIR = paths.default_source_dir()
needs_sources = pytest.mark.skipif(
    not SOURCE_DIR.is_dir(), reason=f"the Massachusetts sources are not at {SOURCE_DIR}"
)


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return True  # a Unix socket path stays on this machine


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """The one loopback HTTP server of the session (pytest-httpserver) listens on 127.0.0.1.

    Declared once here: the server is started by whichever test first asks for it, and
    a module's own declaration would count only when that module happened to be first.
    """
    return ("127.0.0.1", 0)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise OSError(f"tests may not reach the network ({address!r})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture(autouse=True)
def tabling_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TABLING_HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return Dataset(paths.dataset_path())
