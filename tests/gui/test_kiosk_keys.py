"""The kiosk by keyboard and by a hurried tap: Enter ticks, the thank-you counts down, a
late tap neither goes to the next person too soon nor shows the next one red errors."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import PRINT_AT_TABLE
from tests.gui.conftest import next_person
from tests.gui.test_signin import type_into


def test_enter_ticks_the_focused_checkbox_and_clicks_the_focused_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    letter = page.fields.consents["consent_letter"]
    letter.setFocus()
    qtbot.keyClick(letter, Qt.Key.Key_Return)
    assert letter.isChecked()
    qtbot.keyClick(letter, Qt.Key.Key_Enter)
    assert not letter.isChecked()
    type_into(qtbot, window, first_name="Ana", last_name="Lima", place="Florence")
    page.submit_button.setFocus()
    qtbot.keyClick(page.submit_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.thank_you


def _seconds(text: str) -> int:
    found = re.search(r"(\d+) seconds", text)
    return int(found.group(1)) if found else 99


def test_the_thank_you_counts_down_and_next_person_waits_a_moment(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    context.settings.set(PRINT_AT_TABLE, False)
    type_into(qtbot, window, first_name="Ana", last_name="Lima", place="Florence")
    page = window.signin
    assert page is not None and page.fields is not None
    page.fields.consents["consent_letter"].setChecked(True)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    thank_you = window.thank_you
    assert thank_you is not None and window.stack.currentWidget() is thank_you
    assert "closes in 20 seconds" in thank_you.countdown.text()
    # A second tap, meant for Sign in, lands nowhere: Next person takes none yet. (The
    # moment is stretched here, so a slow machine cannot let it pass before the tap.)
    thank_you.arming.start(60_000)
    assert not thank_you.next_button.isEnabled()
    qtbot.mouseClick(thank_you.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is thank_you
    thank_you.arming.start(0)
    # ...and it sits away from where Sign in was (under the card, bottom right).
    next_at = thank_you.next_button.mapTo(window, thank_you.next_button.rect().center())
    sign_in_at = page.submit_button.mapTo(window, page.submit_button.rect().center())
    assert next_at.y() < window.height() / 2 < sign_in_at.y()
    # Printing at the table is off: the page says what happens to the letters instead.
    assert "volunteer will print them" in thank_you.print_status.text()
    # It counts down (a busy machine may skip a second, never stand still).
    qtbot.waitUntil(lambda: _seconds(thank_you.countdown.text()) < 20, timeout=10_000)
    next_person(qtbot, window)
    assert window.stack.currentWidget() is page


def test_a_tap_on_an_empty_form_shows_no_red_errors(qtbot: QtBot, window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert not any(error.isVisible() for error in page.fields.errors.values())
    assert "Type your name and town" in page.status.text()


def test_a_chinese_name_is_written_family_name_first_as_on_the_letter(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None
    qtbot.mouseClick(page.language_bar.buttons["zh"], Qt.MouseButton.LeftButton)
    type_into(qtbot, window, first_name="小明", last_name="王", place="Florence")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    thank_you = window.thank_you
    assert thank_you is not None and window.stack.currentWidget() is thank_you
    shown = " ".join(thank_you.spoken_texts())
    assert "王小明" in shown and "小明 王" not in shown
