"""The status bar's hub: synchronised when, how many laptops the hub has seen, or why not.

Shown only on a laptop that joined a hub. It syncs in the background on its own
schedule (and at once when asked), in the network pool, without the organizer's key: what
travels is sealed already. A sync that brought something emits `synced`, so the volunteer
view shows the other laptops' sign-ups and letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.gui.widgets.named import named
from desktop.gui.workers import Pools, logged, run_in_background

if TYPE_CHECKING:
    from desktop.hub.background import HubRound

SYNC_EVERY_MS = 60_000


class HubStatus(QWidget):
    synced = Signal(object)  # HubRound, when something was pulled

    def __init__(
        self,
        pools: Pools,
        sync_once: Callable[[], HubRound],
        last_sync: Callable[[], dt.datetime | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pools, self.sync_once = pools, sync_once
        self.running = False
        self.last: HubRound | None = None
        self.before: dt.datetime | None = None  # the last sync of an earlier run of the app
        self.problem = ""  # why the last attempt failed, in plain words
        self.label = named(QLabel(), "hubLabel")
        self.label.setAccessibleName(self.tr("Coalition hub"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self._render()
        run_in_background(self.pools.database, lambda _task: last_sync(), self._before,
                          logged("reading when the hub was last synced"))  # fmt: skip

    def _before(self, when: dt.datetime | None) -> None:
        self.before = when
        self._render()

    def sync_now(self) -> None:
        if self.running:
            return  # one at a time: the next round comes on the timer
        self.running = True
        self._render()
        run_in_background(self.pools.network, lambda _task: self.sync_once(), self._done,
                          self._failed)  # fmt: skip

    def _done(self, round_: HubRound) -> None:
        self.running, self.last, self.problem = False, round_, ""
        self.label.setToolTip("")
        self._render()
        if round_.report.pulled or round_.report.records_pulled or round_.report.events_pulled:
            self.synced.emit(round_)

    def _failed(self, error: BaseException) -> None:
        from desktop.hub.errors import HubError

        self.running = False
        self.problem = self.tr("not reachable")
        # What the hub or the network said, for the organizer (a HubError names no one).
        self.label.setToolTip(str(error) if isinstance(error, HubError) else "")
        logged("syncing with the hub")(error)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        if self.running and self.last is None:
            self.label.setText(self.tr("Hub: syncing…"))
            return
        when = self.last.at if self.last is not None else self.before
        if self.problem:
            text = self.tr("Hub: %1").replace("%1", self.problem)
            if when is not None:
                text += " · " + self.tr("last synced at %1").replace("%1", when.strftime("%H:%M"))
        elif self.last is not None:
            text = self.tr("Hub: synced at %1 · %n laptop(s) seen", "", self.last.laptops).replace(
                "%1", self.last.at.strftime("%H:%M")
            )
        elif when is not None:
            text = self.tr("Hub: last synced at %1").replace("%1", when.strftime("%H:%M"))
        else:
            text = self.tr("Hub: not synced yet")
        self.label.setText(text)
