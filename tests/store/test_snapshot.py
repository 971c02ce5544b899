"""The start-up snapshot (plain sqlite3) says what the ORM says, or nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from desktop.events import EventSpec, create_event
from desktop.organizer import initialize
from desktop.privacy.keys import KdfCost
from desktop.store.engine import open_database
from desktop.store.snapshot import read_snapshot


def test_a_ready_database_gives_the_current_event_and_keys(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    sessions = open_database(url)
    assert read_snapshot(url) is None  # no keys, no event yet
    with sessions.begin() as session:
        keys = initialize(session, "kettle orbit plum seventy", cost=KdfCost.MIN)
        event = create_event(
            session,
            EventSpec(
                "Fair", dt.date(2026, 5, 2), "Hall", actions=["letter"], languages=["en", "es"]
            ),
        )
        event_id = event.id
    snapshot = read_snapshot(url)
    assert snapshot is not None
    assert (snapshot.event_id, snapshot.event_name, snapshot.campaign_id) == (
        event_id,
        "Fair",
        "safe-communities-act",
    )
    assert snapshot.actions == ("letter",) and snapshot.languages == ("en", "es")
    assert snapshot.keys == keys


def test_no_snapshot_for_an_old_schema_a_missing_file_or_another_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, "kettle orbit plum seventy", cost=KdfCost.MIN)
        create_event(session, EventSpec("Fair", dt.date(2026, 5, 2), "Hall"))
        session.execute(
            text("UPDATE alembic_version SET version_num = '0000' WHERE version_num = '0007'")
        )
    assert read_snapshot(url) is None
    assert read_snapshot(f"sqlite:///{tmp_path / 'absent.sqlite'}") is None
    assert read_snapshot("postgresql://localhost/tabling") is None


def test_the_kiosk_opens_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with open_database(url).begin() as session:
        initialize(session, "kettle orbit plum seventy", cost=KdfCost.MIN)
        create_event(session, EventSpec("Fair", dt.date(2026, 5, 2), "Hall"))
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.gui.app import build_context, create_window\n"
        "from desktop.gui.workers import Pools\n"
        "app = QApplication([])\n"
        f"window = create_window(build_context({url!r}), app, Pools())\n"
        "window.show()\n"
        "assert window.signin is not None and window.signin.fields is not None\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "TABLING_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
