"""The volunteer view locks itself: when left for the kiosk, and when left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.signin.form import SigninForm
from tests.gui.conftest import unlocked_volunteer
from tests.gui.test_volunteer import sign_in


def test_back_to_the_kiosk_locks_the_view_and_forgets_the_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(window, SigninForm(first_name="Rosa", last_name="Diaz", place="Florence"))
    page = unlocked_volunteer(qtbot, window)
    assert page.model.rowCount() == 1
    back = page.findChild(QPushButton, "backToKiosk")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.signin
    assert not page.is_unlocked() and page.opener is None
    assert page.model.rowCount() == 0  # no opened record left in memory
    # Ctrl+Shift+V at the kiosk: the passphrase is asked again, no name is shown.
    window.show_volunteer()
    assert page.stack.currentIndex() == 0 and page.passphrase.hasFocus()


def test_left_alone_the_view_locks_itself_and_a_key_press_keeps_it_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = unlocked_volunteer(qtbot, window)
    assert page.idle_lock.isActive()  # 2 minutes by default; shortened here
    page.idle_lock.setInterval(400)
    page.idle_lock.start()
    qtbot.wait(250)
    qtbot.keyClick(page.search, Qt.Key.Key_A)  # the volunteer types: the wait starts again
    qtbot.wait(250)
    assert page.is_unlocked()
    with qtbot.waitSignal(page.locked, timeout=2000):
        pass
    assert not page.is_unlocked() and page.stack.currentIndex() == 0
    assert "Locked after a while" in page.unlock_error.text()


def test_the_unlocked_view_counts_letters_without_a_street_address(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(window, SigninForm(first_name="Ana", last_name="Lima", place="Florence",
                               consent_letter=True))  # fmt: skip
    sign_in(window, SigninForm(first_name="Rosa", last_name="Diaz", place="Florence",
                               street_address="12 Main St", consent_letter=True))  # fmt: skip
    page = unlocked_volunteer(qtbot, window)
    qtbot.waitUntil(lambda: "without a street address: 2" in page.counts.text())
    page.lock()
    qtbot.waitUntil(lambda: "street address" not in page.counts.text())  # none known locked
