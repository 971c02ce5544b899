"""The status bar's outbox: online or offline, how many wait, Sync now, pause and resume.

Connectivity is checked in the background every half minute; when the laptop comes
back online while the organizer has unlocked the app, a sync starts by itself. Sending
runs in the network pool and reports each message as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.gui.widgets.named import named
from desktop.gui.workers import Handle, Pools, Task, logged, run_in_background

if TYPE_CHECKING:
    from desktop.outbox.runner import MessageStatus, SyncReport, SyncRunner

CHECK_EVERY_MS = 30_000


class SyncStatus(QWidget):
    outbox_synced = Signal(object)  # SyncReport
    came_online = Signal()  # the connection returned: pending addresses can be looked up

    def __init__(
        self,
        pools: Pools,
        count: Callable[[], int],
        online: Callable[[], bool],
        make_runner: Callable[[], SyncRunner | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pools, self.count, self.online_check, self.make_runner = (
            pools,
            count,
            online,
            make_runner,
        )
        self.online: bool | None = None
        self.queued = 0
        self.running = False
        self._sending: Handle | None = None  # the run in progress: Pause cancels it
        self.label = named(QLabel(), "syncLabel")
        self.sync_button = named(QPushButton(), "syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.pause_button = named(QPushButton(), "syncPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.pause_button.hide()
        self.bar = named(QProgressBar(), "syncProgress")
        self.bar.hide()
        self.detail = named(QLabel(), "syncDetail")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.detail, self.pause_button, self.sync_button):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._render()

    def check(self) -> None:
        """Count the outbox and test the connection, both off the window's thread."""
        run_in_background(
            self.pools.database,
            lambda _task: self.count(),
            self._counted,
            logged("counting the outbox"),
        )
        run_in_background(
            self.pools.network,
            lambda _task: self.online_check(),
            self._connectivity,
            logged("checking the connection"),
        )

    def _counted(self, count: int) -> None:
        self.queued = count
        self._render()

    def _connectivity(self, online: bool) -> None:
        came_back = online and self.online is False
        self.online = online
        self._render()
        if came_back:
            self.came_online.emit()
        if came_back and self.queued:
            self.sync_now()  # only does anything while the organizer has unlocked the app

    def sync_now(self) -> None:
        if self.running:
            return
        runner = self.make_runner()
        if runner is None:
            self.detail.setText(self.tr("Unlock the volunteer view to send."))
            return
        self.running = True
        self.bar.setRange(0, max(self.queued, 1))
        self.bar.setValue(0)
        self.bar.show()
        self.pause_button.show()
        self.sync_button.setEnabled(False)

        def work(task: Task) -> SyncReport:
            # Each message's status comes back as progress; Pause stops between messages.
            return runner.run(progress=task.progress, should_stop=lambda: task.cancelled)

        self._sending = Handle()

        run_in_background(
            self.pools.network,
            work,
            self._done,
            self._failed,
            on_progress=self._on_status,
            handle=self._sending,
        )

    def toggle_pause(self) -> None:
        if self.running:
            if self._sending is not None:
                self._sending.cancel()
        else:
            self.sync_now()
        self._render()

    def _on_status(self, status: MessageStatus) -> None:
        self.bar.setValue(self.bar.value() + 1)
        state, detail, kind = status.state, status.detail, status.kind
        self.detail.setText(f"{kind}: {state}" + (f" ({detail})" if detail else ""))

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.bar.hide()
        self.sync_button.setEnabled(True)
        if self._sending is None or not self._sending.cancelled:
            self.pause_button.hide()
        self.detail.setText(report.headline())
        self.outbox_synced.emit(report)
        self.check()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.bar.hide()
        self.sync_button.setEnabled(True)
        self.detail.setText(self.tr("Sync stopped: %1").replace("%1", str(error)))

    def _render(self) -> None:
        where = {
            None: self.tr("Checking…"),
            True: self.tr("Online"),
            False: self.tr("Offline"),
        }[self.online]
        self.label.setText(
            self.tr("%1 · %2 to send").replace("%1", where).replace("%2", str(self.queued))
        )
        self.sync_button.setText(self.tr("Sync now"))
        paused = self._sending is not None and self._sending.cancelled
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
