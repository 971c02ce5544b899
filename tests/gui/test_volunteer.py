"""The volunteer view behind the passphrase, and the first start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import Settings
from desktop.signin.form import SigninForm
from desktop.store.engine import open_database
from tests.gui.conftest import PASSPHRASE, unlocked_volunteer
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
    # Still locked: nothing read, nothing shown, no key held.
    assert not page.is_unlocked() and page.opener is None
    assert page.stack.currentIndex() == 0 and page.model.rowCount() == 0
    assert page.passphrase.text() == ""  # the wrong try is not left in the box

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


def test_the_legislators_age_shows_and_flagged_ones_are_re_targeted_or_dropped(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from desktop.store.models import Action, OutboxMessage

    sign_in(
        window,
        SigninForm(
            first_name="Bo", last_name="Chen", place="Amherst", email="bo@example.com",
            consent_email=True, consent_letter=True,
        ),
    )  # fmt: skip

    def flag_the_house() -> None:
        with context.sessions.begin() as session:
            rows = [
                *session.scalars(select(Action).where(Action.chamber == "house")),
                *session.scalars(select(OutboxMessage).where(OutboxMessage.chamber == "house")),
            ]
            for row in rows:
                row.member_id, row.state = "ocd-person/a-former-member", "flagged"

    def house_states() -> set[str]:
        with context.sessions() as session:
            return {
                *session.scalars(select(Action.state).where(Action.chamber == "house")),
                *session.scalars(
                    select(OutboxMessage.state).where(OutboxMessage.chamber == "house")
                ),
            }

    flag_the_house()
    window.show_volunteer()
    page = window.volunteer
    assert page is not None
    assert "Legislators as of 2026-04-15" in window.dataset_panel.age.text()
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    outbox = page.outbox
    assert outbox is not None
    page.tabs.setCurrentWidget(outbox)
    qtbot.waitUntil(lambda: "1 letter and 1 email" in outbox.flagged.text())
    qtbot.mouseClick(outbox.retarget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: house_states() == {"ready", "queued"})
    qtbot.waitUntil(lambda: not outbox.flagged.isVisible())

    flag_the_house()
    outbox.refresh()
    qtbot.waitUntil(lambda: outbox.drop_button.isVisible())
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes
    )  # Qt's modal question, answered as a volunteer would
    qtbot.mouseClick(outbox.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: house_states() == {"skipped"})


def test_the_kiosk_settings_are_changed_from_the_volunteer_view(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from PySide6.QtWidgets import QCheckBox, QSpinBox

    from desktop.settings import DATA_MAX_AGE_DAYS, GEOCODER_ONLINE, IDLE_CLEAR_SECONDS

    window.show_volunteer()
    page = window.volunteer
    assert page is not None
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.mouseClick(page.buttons["preferences"], Qt.MouseButton.LeftButton)
    dialog = page.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.dataset_panel.warning.isVisibleTo(window.dataset_panel) == (
        (dt.date.today() - dt.date(2026, 4, 15)).days > 120
    )
    idle = dialog.findChild(QSpinBox, IDLE_CLEAR_SECONDS.key)
    idle.selectAll()
    type_text(qtbot, idle, "5")  # below the 20-second floor: the box will not take it
    assert idle.value() >= 20
    idle.setValue(120)
    # The dataset's legislators are of 2026-04-15: past the default 120 days in tests run
    # since mid-August 2026, within ten years for a long while.
    dialog.findChild(QSpinBox, DATA_MAX_AGE_DAYS.key).setValue(3650)
    online = dialog.findChild(QCheckBox, GEOCODER_ONLINE.key)
    online.setChecked(True)
    dialog.save()
    assert dialog.message.text() == "Settings saved."
    reread = Settings(context.settings.path)
    assert reread.get(IDLE_CLEAR_SECONDS) == 120
    assert reread.get(DATA_MAX_AGE_DAYS) == 3650 and reread.get(GEOCODER_ONLINE) is True
    window.show_volunteer()  # the age warning reads the new limit
    assert not window.dataset_panel.warning.isVisibleTo(window.dataset_panel)


def test_a_possible_duplicate_is_merged_and_split_back_from_the_volunteer_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    # One family email, two people (or one typed twice: only the volunteer can tell).
    for first in ("Linh", "Minh"):
        form = SigninForm(first_name=first, last_name="Tran", place="Amherst",
                          email="tranfamily@example.org", consent_letter=True)  # fmt: skip
        sign_in(window, form)
    page = unlocked_volunteer(qtbot, window)
    tab = page.duplicates
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    assert tab.pairs.count() == 1
    assert "same email address, another name" in tab.pairs.item(0).text()
    assert tab.later.values["Name"].text() == "Minh Tran"
    assert tab.earlier.values["Name"].text() == "Linh Tran"
    assert tab.later.values["Email"].text() == tab.earlier.values["Email"].text()

    qtbot.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    assert tab.pairs.count() == 0 and tab.merged.count() == 1
    assert "Merged Minh Tran" in tab.message.text()
    assert "Sign-ups: 1" in page.counts.text() and page.model.rowCount() == 1

    tab.merged.setCurrentRow(0)
    assert tab.split_button.isEnabled()
    qtbot.mouseClick(tab.split_button, Qt.MouseButton.LeftButton)
    assert tab.merged.count() == 0
    assert "Sign-ups: 2" in page.counts.text() and page.model.rowCount() == 2
    names = {page.model.index(r, 1).data() for r in range(2)}
    assert names == {"Linh Tran", "Minh Tran"}

    qtbot.mouseClick(page.findChild(type(page.unlock_button), "lock"), Qt.MouseButton.LeftButton)
    assert tab.pairs.count() == 0 and tab.later.values["Name"].text() == ""


def test_keep_apart_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    for first in ("Wei", "Mei"):
        sign_in(window, SigninForm(first_name=first, last_name="Chen", place="Amherst",
                                   phone="617 555 0142"))  # fmt: skip
    page = unlocked_volunteer(qtbot, window)
    tab = page.duplicates
    assert tab is not None
    assert tab.pairs.count() == 1
    qtbot.mouseClick(tab.apart_button, Qt.MouseButton.LeftButton)
    assert tab.pairs.count() == 0 and "Kept apart" in tab.message.text()
    tab.refresh()
    assert tab.pairs.count() == 0 and "Sign-ups: 2" in page.counts.text()
