"""A real Secret Service for the tests that need a keyring: GNOME Keyring on a private
D-Bus session bus, started here and stopped afterwards.

`secret_service` (each test) points the `keyring` library at it, with a fresh login
keyring unlocked as a desktop session unlocks it; the suite otherwise runs with no secure
keyring (what CI and a server have), so both ways are tested. A keyring missing from the
machine is a test failure, not a skip: CI installs it (`gnome-keyring dbus-daemon`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

APT_PACKAGES = "gnome-keyring dbus-daemon"
LOGIN_PASSWORD = "test login password"


def _start(folder: Path) -> tuple[dict[str, str], list[int]]:
    missing = [name for name in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(name)]
    if missing:
        pytest.fail(
            f"The keyring tests need a real Secret Service and this machine lacks "
            f"{', '.join(missing)}. On Debian or Ubuntu, as root: apt-get install -y "
            f"--no-install-recommends {APT_PACKAGES}",
            pytrace=False,
        )
    home, runtime = folder / "home", folder / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    address = f"unix:path={folder / 'bus'}"
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", f"--address={address}", "--print-pid"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    bus.stdout.readline()  # the pid: the bus is listening
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=LOGIN_PASSWORD.encode(),
        env=env,
        capture_output=True,
        timeout=30,
        check=True,
    )
    pids = [bus.pid]
    for line in daemon.stdout.decode().splitlines():
        if line.startswith("GNOME_KEYRING_PID="):
            pids.append(int(line.split("=", 1)[1]))
    return {"DBUS_SESSION_BUS_ADDRESS": address, "HOME": str(home)}, pids


@pytest.fixture(scope="session")
def secret_service_bus() -> Iterator[dict[str, str]]:
    folder = Path(tempfile.mkdtemp(prefix="tabling-keyring-"))
    env, pids = _start(folder)
    try:
        yield env
    finally:
        for pid in reversed(pids):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        time.sleep(0.2)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def secret_service(
    secret_service_bus: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The keyring library talking to the test's Secret Service, then back to none."""
    import keyring
    from keyring.backends import SecretService

    # Before the bus is named: the library picks its default once, on first use, and the
    # default must stay "none" for the tests that follow.
    before = keyring.get_keyring()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_bus["DBUS_SESSION_BUS_ADDRESS"])
    keyring.set_keyring(SecretService.Keyring())
    _forget_ours()
    try:
        yield
    finally:
        _forget_ours()  # each test starts with an empty keyring
        keyring.set_keyring(before)


def _forget_ours() -> None:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        for item in collection.search_items({"service": "tabling"}):
            item.delete()
    finally:
        connection.close()
