"""Running `tabling` as a script does (`python -m desktop ...`), with an initialised user folder
and an event: fixtures for every test of the command line (a plugin of tests/conftest.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "kettle orbit plum seventy"
HEADER = (
    "first_name,last_name,address,town,zip,email,phone,language,"
    "consent_email,consent_letter,consent_updates_email\n"
)


def tabling(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def event_id(passphrase_file: Path) -> str:
    assert tabling("init", "--passphrase-file", str(passphrase_file)).returncode == 0
    made = tabling("event", "create", "--name", "Fair", "--date", "2026-12-01", "--place", "Hall")
    assert made.returncode == 0, made.stderr
    return made.stdout.strip()
