"""Files with personal data: private modes from the window and the command line, safe exports."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.signin.exporter import _cell

PASSPHRASE = "kettle orbit plum seventy"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def tabling(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TABLING_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip


@pytest.fixture
def event(tmp_path: Path) -> tuple[Path, str, Path]:
    """A data folder made by the command line, with one sign-up; (home, event id, passphrase)."""
    home = tmp_path / "home-cli"
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    assert tabling(home, "init", "--passphrase-file", str(secret)).returncode == 0
    made = tabling(
        home, "event", "create", "--name", "Fair", "--date", "2026-12-01", "--place", "Hall"
    )
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "first_name,last_name,town\n"
        "\u202egnp.exe,\x1b[31mRed,Amherst\n",  # a bidi override and a terminal escape
        encoding="utf-8",
    )
    assert tabling(home, "import", str(sheet), "--event", made.stdout.strip()).returncode == 0
    return home, made.stdout.strip(), secret


def export(
    home: Path, event_id: str, secret: Path, target: Path
) -> subprocess.CompletedProcess[str]:
    return tabling(
        home, "export", "signups", "--event", event_id, "--csv", str(target),
        "--passphrase-file", str(secret),
    )  # fmt: skip


def test_the_command_line_keeps_the_data_folder_private(event: tuple[Path, str, Path]) -> None:
    home, _event_id, _secret = event
    assert mode(home) == 0o700
    assert mode(home / "tabling.db") == 0o600


def test_an_export_replacing_a_readable_file_makes_it_private(
    event: tuple[Path, str, Path], tmp_path: Path
) -> None:
    home, event_id, secret = event
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    done = export(home, event_id, secret, target)
    assert done.returncode == 0, done.stderr
    assert mode(target) == 0o600
    text = target.read_text(encoding="utf-8")
    assert "\u202e" not in text and "\x1b" not in text
    assert "gnp.exe" in text and "[31mRed" in text  # the rest of what they typed is kept


def test_an_export_never_writes_through_a_link(
    event: tuple[Path, str, Path], tmp_path: Path
) -> None:
    home, event_id, secret = event
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("keep me")
    link = tmp_path / "out.csv"
    link.symlink_to(elsewhere)
    done = export(home, event_id, secret, link)
    assert done.returncode == 2
    assert "is a link to another file" in done.stderr and "Traceback" not in done.stderr
    assert elsewhere.read_text() == "keep me"


def test_an_export_to_a_missing_folder_says_so_in_one_sentence(
    event: tuple[Path, str, Path], tmp_path: Path
) -> None:
    home, event_id, secret = event
    done = export(home, event_id, secret, tmp_path / "no-such-folder" / "out.csv")
    assert done.returncode == 2
    assert done.stderr.strip().endswith(
        "does not exist: create it first, or choose another folder."
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        ("Ana\x00Lima", "Ana Lima"),
        ("\x1b]0;pwned\x07Rosa", " ]0;pwned Rosa"),
        ("\u202eexe.jpg", "exe.jpg"),
        ("Nguyễn\u2067Thị\u2069", "NguyễnThị"),
        ("12 Main St\nApt 2", "12 Main St Apt 2"),
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
    ],
)
def test_an_exported_cell_has_no_control_or_override_characters(typed: str, exported: str) -> None:
    assert _cell(typed) == exported


def test_the_window_makes_the_data_folder_and_log_private(tmp_path: Path) -> None:
    """The window's start-up path, in a process of its own, offscreen, quit at once."""
    home = tmp_path / "home-window"
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import sys\n"
        "app = QApplication(sys.argv[:1])\n"
        "QTimer.singleShot(500, app.quit)\n"
        "from desktop.gui.app import run\n"
        "sys.exit(run())\n"
    )
    env = {**os.environ, "TABLING_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert mode(home) == 0o700
    assert mode(home / "logs") == 0o700
    assert mode(home / "logs" / "tabling.log") == 0o600
