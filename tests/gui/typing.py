"""Typing text as a person would: keys for ASCII, an input method's commit for the rest.

QTest can only synthesize key presses for characters on a keyboard layout; names like
"João" or "王小明" arrive through the input method, as an InputMethod event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)
