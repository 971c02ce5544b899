"""Retention in the window: the daily purge, and the volunteer view's Holdings tab with its wipe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.holdings_tab import HoldingsTab
from desktop.gui.purging import DAY_MS
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import mark_printed
from desktop.store.engine import open_database
from desktop.store.models import Action, Event, EventCount, Signup
from tests.gui.conftest import PASSPHRASE, unlocked_volunteer


def sign_in_and_print(window: MainWindow, context: AppContext) -> None:
    assert window.signin is not None
    window.signin.service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", consent_letter=True)
    )
    with context.sessions.begin() as session:
        letters = list(session.scalars(select(Action.id).where(Action.kind == "letter")))
        assert mark_printed(session, letters) == 2


def holdings_tab(window: MainWindow) -> HoldingsTab:
    page = window.volunteer
    assert page is not None
    for index in range(page.tabs.count()):
        tab = page.tabs.widget(index)
        if isinstance(tab, HoldingsTab):
            page.tabs.setCurrentIndex(index)
            return tab
    raise AssertionError("no Holdings tab")


def test_the_window_purges_what_is_due_in_the_background_and_daily(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    assert window.daily_purge.timer.isActive() and window.daily_purge.timer.interval() == DAY_MS
    sign_in_and_print(window, context)
    window.daily_purge.run()  # nothing due yet: 30 days have not passed
    with context.sessions() as session:
        assert len(session.scalars(select(Signup)).all()) == 1
        session.scalars(select(Event)).one().retention_days = 0
        session.commit()
    with qtbot.waitSignal(window.daily_purge.purged, timeout=5000) as purged:
        window.daily_purge.run()
    assert [p.signups for p in purged.args[0]] == [1]
    with context.sessions() as session:
        assert session.scalars(select(Signup)).all() == []
        assert session.get(EventCount, (session.scalars(select(Event.id)).one(), "signups", "all"))


def test_the_holdings_tab_shows_what_is_held_changes_retention_and_wipes(
    qtbot: QtBot, window: MainWindow, context: AppContext, db_path: Path
) -> None:
    sign_in_and_print(window, context)
    unlocked_volunteer(qtbot, window)
    tab = holdings_tab(window)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 0).text() == "Spring Fair"
    assert tab.table.item(0, 2).text() == "1"
    assert tab.days.value() == 30
    tab.days.setValue(12)
    qtbot.mouseClick(
        tab.findChild(type(tab.wipe_button), "saveRetention"), Qt.MouseButton.LeftButton
    )
    with context.sessions() as session:
        assert session.scalars(select(Event)).one().retention_days == 12
    assert "12" in tab.message.text()

    tab.wiped.disconnect()  # the app would quit after a wipe; this test goes on
    tab.wipe("not the passphrase")
    assert "not right" in tab.message.text() and db_path.exists()
    with qtbot.waitSignal(tab.wiped, timeout=10_000):
        tab.wipe(PASSPHRASE)
    assert not db_path.exists()
    assert "start it again" in tab.message.text()
    # A new first start: a new database, with no key and no event (what the window,
    # still open here, reads until it closes).
    with open_database(f"sqlite:///{db_path}")() as session:
        assert session.scalars(select(Event)).all() == []
