"""Enter on a focused checkbox or button does what a click would.

Qt's own widgets take Space there and let Enter fall through to the window, where on the
kiosk it did nothing (or, on a line edit, submitted the form): a signer who tabs to "Print
a letter for me to sign" and presses Enter expects it ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterClicks(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractButton)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER_KEYS
            and not event.isAutoRepeat()
        ):
            if watched.isEnabled():
                watched.click()
            return True
        return False


def enter_clicks(root: QWidget, filter_: EnterClicks) -> None:
    """Make Enter click every button and checkbox under `root` (and `root` itself)."""
    buttons = root.findChildren(QAbstractButton)
    if isinstance(root, QAbstractButton):
        buttons.append(root)
    for button in buttons:
        button.installEventFilter(filter_)
