"""The volunteer view behind the passphrase, and the first start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import Settings
from desktop.signin.form import SigninForm
from desktop.store.engine import open_database
from tests.gui.conftest import PASSPHRASE
from tests.gui.typing import type_text


def sign_in(window: MainWindow, form: SigninForm) -> None:
    assert window.signin is not None
    window.signin.service.submit(form)


def test_the_volunteer_view_is_locked_until_the_passphrase(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(
        window,
        SigninForm(first_name="Ana", last_name="Lima", place="Dorchester", consent_letter=True),
    )
    sign_in(
        window,
        SigninForm(
            first_name="Bo",
            last_name="Chen",
            place="Amherst",
            consent_email=True,
            email="bo@example.com",
        ),
    )
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.volunteer
    assert page is not None and window.stack.currentWidget() is page
    assert not page.is_unlocked() and page.stack.currentIndex() == 0
    assert "Sign-ups: 2" in page.counts.text() and "Pending: 1" in page.counts.text()
    assert page.model.rowCount() == 0

    type_text(qtbot, page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "not right" in page.unlock_error.text()
    assert not page.is_unlocked()

    page.passphrase.clear()
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.is_unlocked() and page.model.rowCount() == 2
    names = {page.model.index(r, 1).data() for r in range(2)}
    assert names == {"Ana Lima", "Bo Chen"}
    actions = {page.model.index(r, 1).data(): page.model.index(r, 6).data() for r in range(2)}
    assert actions["Bo Chen"] == "2 emails"
    assert "waiting" in actions["Ana Lima"]

    type_text(qtbot, page.search, "chen")
    assert page.proxy.rowCount() == 1
    page.search.clear()

    qtbot.mouseClick(page.findChild(type(page.unlock_button), "lock"), Qt.MouseButton.LeftButton)
    assert not page.is_unlocked() and page.model.rowCount() == 0
    assert page.stack.currentIndex() == 0


def test_a_pending_sign_up_is_resolved_from_the_volunteer_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(
        window,
        SigninForm(first_name="Ana", last_name="Lima", place="Dorchester", consent_letter=True),
    )
    window.show_volunteer()
    page = window.volunteer
    assert page is not None
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    record = page.model.rows[0]
    assert record.status == "pending"
    page.resolve(record.id, "16", "1")
    assert "Resolved" in page.message.text()
    resolved = page.model.rows[0]
    assert resolved.status == "resolved" and resolved.house_district
    assert all(a.state == "ready" for a in resolved.actions)
    assert "Pending: 0" in page.counts.text()


def test_first_start_sets_the_passphrase_and_creates_the_event(
    qtbot: QtBot,
    make_window,
    tmp_path: Path,
    dataset: Dataset,  # type: ignore[no-untyped-def]
) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    window = make_window(AppContext(sessions, dataset, Settings(tmp_path / "s.json")))
    setup = window.setup
    assert setup is not None and window.stack.currentWidget() is setup
    type_text(qtbot, setup.passphrase, "short")
    type_text(qtbot, setup.confirm, "short")
    type_text(qtbot, setup.name, "Church fair")
    type_text(qtbot, setup.place, "St. Mary's")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in setup.error.text()
    for field in (setup.passphrase, setup.confirm):
        field.clear()
        type_text(qtbot, field, PASSPHRASE)
    setup.date.setDate(dt.date(2026, 6, 1))
    setup.languages["vi"].setChecked(False)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.signin is not None and window.stack.currentWidget() is window.signin,
        timeout=15000,
    )
    assert window.windowTitle() == "Tabling: Church fair"
    assert "vi" not in window.signin.language_bar.buttons
