"""How old the legislators' data is, and a button that updates it (the volunteer view).

"Legislators as of 2026-04-15 (40 days ago)", a plain warning past the
`data.max_age_days` setting, and "Update legislators…": the members, rooms and phones
from the Legislature's API (and the district maps too when ticked); the download, checks and
build run in the network pool with their progress shown; then the running app's one
Dataset reads the new file (update.adopt) and the waiting letters and emails are
re-targeted in the database pool. A failure shows its one sentence and changes nothing.

Placed by the main window: DatasetPanel(context.dataset, context.settings, pools,
context.sessions). `updated` carries the UpdateResult once the new data is in use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.districts.dataset import Dataset
from desktop.gui.widgets.named import named
from desktop.gui.workers import Cancelled, Handle, Pools, Task, run_in_background
from desktop.settings import (
    DATA_LEGISLATURE_URL,
    DATA_MASSGIS_BASE,
    DATA_MAX_AGE_DAYS,
    DATA_ROSTER_URL,
    Settings,
)
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from desktop.districts.update_result import UpdateResult


class DatasetPanel(QWidget):
    updated = Signal(object)  # UpdateResult

    def __init__(
        self,
        dataset: Dataset,
        settings: Settings,
        pools: Pools,
        sessions: SessionFactory | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.dataset, self.settings, self.pools, self.sessions = dataset, settings, pools, sessions
        self.today = today
        self.running = False
        self._update: Handle | None = None
        self.age = named(QLabel(), "datasetAge")
        self.warning = named(QLabel(), "datasetWarning")
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.button = named(QPushButton(self.tr("Update legislators…")), "updateLegislators")
        self.button.clicked.connect(self.start_update)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelUpdate")
        self.cancel_button.clicked.connect(self.cancel_update)
        self.cancel_button.hide()
        # Members change every session; the maps once a decade: a roster update is the usual.
        # Beside the button, not on a line of its own: this panel sits above every tab, and
        # a line less keeps the tabs' buttons on a 768-pixel screen.
        self.maps = named(QCheckBox(self.tr("With the district maps")), "updateMaps")
        self.maps.setToolTip(self.tr("Also download the district maps (they change once a decade)"))
        self.maps.setAccessibleDescription(self.maps.toolTip())
        self.status = named(QLabel(), "datasetStatus")
        self.status.setWordWrap(True)
        self.summary = named(QPlainTextEdit(), "datasetSummary")
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What the update changed"))
        self.summary.hide()
        self.age.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.age, 1)
        top.addWidget(self.maps)
        top.addWidget(self.button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        for widget in (self.warning, self.status, self.summary):
            layout.addWidget(widget)
        self.show_age()

    def show_age(self) -> None:
        as_of = dt.date.fromisoformat(self.dataset.as_of)
        days = (self.today() - as_of).days
        ago = {0: self.tr("today"), 1: self.tr("yesterday")}.get(
            max(days, 0), self.tr("%n days ago", "", days)
        )
        self.age.setText(
            self.tr("Legislators as of %1 (%2)").replace("%1", as_of.isoformat()).replace("%2", ago)
        )
        limit = self.settings.get(DATA_MAX_AGE_DAYS)
        self.warning.setText(
            self.tr(
                "This list is more than %1 days old: some members may have changed. Update it while the laptop is online."
            ).replace("%1", str(limit))
        )
        self.warning.setVisible(days > limit)

    # -- the update ----------------------------------------------------------------------

    def start_update(self) -> None:
        if self.running:
            return
        from desktop.districts.roster_update import update_roster
        from desktop.districts.swap import target_path
        from desktop.districts.update import update_dataset

        self.running = True
        self.button.setEnabled(False)
        self.maps.setEnabled(False)
        self.summary.hide()
        self.status.setText(self.tr("Starting the update…"))
        current, target = self.dataset.path, target_path()
        base = self.settings.get(DATA_MASSGIS_BASE)
        legislature = self.settings.get(DATA_LEGISLATURE_URL)
        openstates = self.settings.get(DATA_ROSTER_URL) or None
        with_maps = self.maps.isChecked()

        def work(task: Task) -> UpdateResult:
            def emit(line: str) -> None:
                task.check()  # Cancel: stops at the next step, before anything is swapped in
                task.progress(line)

            if with_maps:
                return update_dataset(current, target, base, legislature, openstates, progress=emit)
            return update_roster(current, target, legislature, openstates, progress=emit)

        self.cancel_button.show()
        self._update = Handle()
        run_in_background(
            self.pools.network,
            work,
            self._updated,
            self._failed,
            on_progress=self._show_progress,
            handle=self._update,
        )

    def cancel_update(self) -> None:
        if self._update is not None:
            self._update.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _show_progress(self, line: str) -> None:
        self.status.setText(line)

    def _updated(self, result: UpdateResult) -> None:
        from desktop.districts.swap import adopt

        adopt(self.dataset, result.path)
        self.show_age()
        lines = list(result.summary())
        if self.sessions is None:
            self._finish(result, lines)
            return
        self.status.setText(self.tr("Updating the waiting letters and emails…"))
        from desktop.signin.retarget import retarget

        sessions, dataset = self.sessions, self.dataset
        run_in_background(
            self.pools.database,
            lambda _task: retarget(sessions, dataset),
            lambda report: self._finish(result, lines + report.lines()),
            lambda error: self._finish(
                result,
                [
                    *lines,
                    self.tr(
                        "The waiting letters and emails could not be re-targeted (%1); update again to retry."
                    ).replace("%1", str(error)),
                ],
            ),
        )

    def _finish(self, result: UpdateResult, lines: list[str]) -> None:
        self.running = False
        self.cancel_button.hide()
        self.button.setEnabled(True)
        self.maps.setEnabled(True)
        self.status.setText(self.tr("The legislators are up to date."))
        self.summary.setPlainText("\n".join(lines))
        self.summary.show()
        self.updated.emit(result)

    def _failed(self, error: BaseException) -> None:
        from desktop.districts.update_result import UpdateFailed

        self.running = False
        self.cancel_button.hide()
        if isinstance(error, Cancelled):
            self.button.setEnabled(True)
            self.maps.setEnabled(True)
            self.status.setText(self.tr("Cancelled: the legislators' data was not changed."))
            return
        self.button.setEnabled(True)
        self.maps.setEnabled(True)
        if isinstance(error, UpdateFailed):
            self.status.setText(str(error))
        else:
            self.status.setText(
                self.tr("The update stopped (%1); the legislators' data was not changed.").replace(
                    "%1", str(error) or type(error).__name__
                )
            )
