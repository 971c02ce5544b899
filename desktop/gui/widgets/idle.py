"""Clearing a half-filled form that was left alone, after a visible countdown.

Any key, click or touch on the page starts the wait again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget


class IdleWatcher(QObject):
    """Counts seconds without input while `is_active()`; warns, then times out."""

    countdown = Signal(int)  # seconds left; 0 hides the warning
    timed_out = Signal()

    def __init__(
        self,
        watched: QWidget,
        is_active: Callable[[], bool],
        idle_seconds: int,
        countdown_seconds: int,
    ) -> None:
        super().__init__(watched)
        self._is_active = is_active
        self.idle_seconds = idle_seconds
        self.countdown_seconds = min(countdown_seconds, idle_seconds)
        self._idle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        watched.installEventFilter(self)
        for child in watched.findChildren(QWidget):
            child.installEventFilter(self)

    def watch(self, widget: QWidget) -> None:
        """Also count input on a widget added later (a rebuilt form)."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.Wheel,
        ):
            self.reset()
        return False

    def reset(self) -> None:
        if self._idle >= self.idle_seconds - self.countdown_seconds:
            self.countdown.emit(0)
        self._idle = 0

    def _tick(self) -> None:
        if not self._is_active():
            self._idle = 0
            return
        self._idle += 1
        left = self.idle_seconds - self._idle
        if left <= 0:
            self._idle = 0
            self.countdown.emit(0)
            self.timed_out.emit()
        elif left <= self.countdown_seconds:
            self.countdown.emit(left)


class IdleBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleBanner")
        self.setWordWrap(True)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        if seconds <= 0:
            self.hide()
            return
        self.setText(
            self.tr(
                "Still there? This form clears in %1 seconds. Touch any key to keep it."
            ).replace("%1", str(seconds))
        )
        self.show()
