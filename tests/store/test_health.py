"""Damaged, newer and read-only databases, and a malformed campaign: one sentence, nothing changed.

On the command line and in the window (a dialog, and the same sentence on stderr).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from desktop.campaigns import campaigns_dir

PASSPHRASE = "kettle orbit plum seventy"


# Root writes any file whatever its mode: a child that must meet a read-only file runs
# without the capabilities that let root ignore permissions (setpriv, from util-linux).
AS_ORDINARY_USER = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    if os.name == "posix" and os.geteuid() == 0
    else []
)


def run(
    home: Path, *args: str, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TABLING_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*(prefix or []), sys.executable, *args], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip


def tabling(
    home: Path, *args: str, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run(home, "-m", "desktop", *args, prefix=prefix)


# The window's start, with a timer that closes the dialog it shows (offscreen, in a child).
WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv[:1])\n"
    "def close_dialogs():\n"
    "    for widget in QApplication.topLevelWidgets():\n"
    "        widget.close()\n"
    "QTimer.singleShot(1500, close_dialogs)\n"
    "QTimer.singleShot(3000, app.quit)\n"
    "from desktop.gui.app import run\n"
    "sys.exit(run())\n"
)


@pytest.fixture
def home(tmp_path: Path) -> tuple[Path, str]:
    """A data folder with a database and an event; (folder, event id)."""
    folder = tmp_path / "home"
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    assert tabling(folder, "init", "--passphrase-file", str(secret)).returncode == 0
    made = tabling(
        folder, "event", "create", "--name", "Fair", "--date", "2026-12-01", "--place", "Hall"
    )
    return folder, made.stdout.strip()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def newer(db: Path) -> None:
    with closing(sqlite3.connect(db)) as connection, connection:
        # The main line's row (the re-sealing branch keeps a row of its own beside it).
        connection.execute(
            "UPDATE alembic_version SET version_num = '0099' WHERE version_num = '0007'"
        )


def garbage(db: Path) -> None:
    db.write_bytes(b"this is not a database at all " * 200)


def torn(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # one page overwritten: a bad sector, a torn copy
    db.write_bytes(bytes(data))


DAMAGE: list[tuple[str, Callable[[Path], None], str]] = [
    ("newer", newer, "was written by a newer version of this app (its schema is 0099"),
    ("garbage", garbage, "is damaged (it is not an SQLite database)"),
    ("torn", torn, "is damaged"),
]


@pytest.mark.parametrize(("damage", "says"), [d[1:] for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_a_damaged_or_newer_database_is_named_and_left_alone(
    home: tuple[Path, str], damage: Callable[[Path], None], says: str
) -> None:
    folder, _event = home
    db = folder / "tabling.db"
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db)
    before = digest(db)
    done = tabling(folder, "event", "list")
    assert done.returncode == 1
    assert done.stderr.startswith(f"tabling: The database {db} ") and says in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    window = run(folder, "-c", WINDOW)
    assert window.returncode == 1, window.stderr
    assert says in window.stderr and "Traceback" not in window.stderr
    assert digest(db) == before


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_read_only_database_says_so_before_anyone_signs_in(home: tuple[Path, str]) -> None:
    folder, _event = home
    db = folder / "tabling.db"
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.chmod(0o444)
    before = digest(db)
    done = tabling(folder, "event", "list", prefix=AS_ORDINARY_USER)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"tabling: The database {db} cannot be written (the file is read-only): make it"
        " writable, or copy the file to a folder you can write to and open it there."
    )
    window = run(folder, "-c", WINDOW, prefix=AS_ORDINARY_USER)
    assert window.returncode == 1 and "cannot be written" in window.stderr
    assert digest(db) == before


def test_a_malformed_campaign_is_named_with_its_line(
    home: tuple[Path, str], tmp_path: Path
) -> None:
    folder, event_id = home
    own = folder / "campaigns"
    own.mkdir()
    text = (campaigns_dir() / "safe-communities-act.yaml").read_text(encoding="utf-8")
    (own / "safe-communities-act.yaml").write_text(
        text.replace("title:", "title: [", 1), encoding="utf-8"
    )
    done = tabling(folder, "letters", "--event", event_id, "--out", str(tmp_path / "x.pdf"),
                   "--passphrase-file", str(tmp_path / "passphrase"))  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"tabling: The campaign file {own / 'safe-communities-act.yaml'}, line "
    )
    assert "fix it, or remove it" in done.stderr and "Traceback" not in done.stderr
    window = run(folder, "-c", WINDOW)
    assert window.returncode == 1 and "The campaign file" in window.stderr
