"""A real main window over a real SQLite file, driven the way a volunteer would."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.gui.app import main_window
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations, qm_path, translations_dir
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.volunteer import VolunteerPage
from desktop.gui.style import apply_style
from desktop.gui.workers import Pools
from desktop.organizer import initialize
from desktop.privacy.keys import KdfCost
from desktop.settings import GEOCODER_ONLINE, IDLE_CLEAR_SECONDS, IDLE_COUNTDOWN_SECONDS, Settings
from desktop.store.engine import open_database

PASSPHRASE = "kettle orbit plum seventy"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build any missing or stale .qm (as `make translations` does) so language tests can run."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(translations_dir().glob("tabling_*.ts")):
        qm = qm_path(ts.stem.removeprefix("tabling_"))
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tabling.db"


@pytest.fixture
def context(db_path: Path, tmp_path: Path, dataset: Dataset) -> AppContext:
    sessions = open_database(f"sqlite:///{db_path}")
    with sessions.begin() as session:
        initialize(session, PASSPHRASE, cost=KdfCost.MIN)
        create_event(
            session, EventSpec("Spring Fair", dt.date(2026, 5, 2), "Dudley Square, Roxbury")
        )
    settings = Settings(tmp_path / "settings.json")
    settings.set(GEOCODER_ONLINE, False)  # tests that go online point it at loopback
    return AppContext(sessions, dataset, settings)


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication):  # type: ignore[no-untyped-def]
    translations = Translations(qapp)

    def make(context: AppContext) -> MainWindow:
        apply_style(qapp)
        window = main_window(context, Pools.inline(), translations)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    translations.switch("en")


@pytest.fixture
def window(make_window, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    made: MainWindow = make_window(context)
    return made


@pytest.fixture
def fast_idle(context: AppContext) -> AppContext:
    context.settings.set(IDLE_CLEAR_SECONDS, 3)
    context.settings.set(IDLE_COUNTDOWN_SECONDS, 2)
    return context


def unlocked_volunteer(qtbot: QtBot, window: MainWindow) -> VolunteerPage:
    """The volunteer view, opened and unlocked with the passphrase typed as a volunteer would."""
    from PySide6.QtCore import Qt

    from tests.gui.typing import type_text

    window.show_volunteer()
    page = window.volunteer
    assert page is not None
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.is_unlocked()
    return page


def next_person(qtbot: QtBot, window: MainWindow) -> None:
    """Tap "Next person" once it takes taps (a moment after the thank-you shows)."""
    from PySide6.QtCore import Qt

    thank_you = window.thank_you
    assert thank_you is not None
    qtbot.waitUntil(thank_you.next_button.isEnabled, timeout=3000)
    qtbot.mouseClick(thank_you.next_button, Qt.MouseButton.LeftButton)
