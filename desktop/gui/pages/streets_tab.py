"""The volunteer view's Streets tab: street ranges prepared for the event, and getting more.

Split towns (Boston, Worcester, ...) need a street address to decide districts. With a
county's Census street ranges on the laptop, that works offline at the table. This tab
lists the counties prepared and how old their data is, offers the event's counties
first, downloads one while online (with progress and Cancel), or imports a file already
on disk. A failed or cancelled download leaves the county's previous ranges as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.named import named
from desktop.gui.workers import Cancelled, Handle, Pool, Task, run_in_background
from desktop.streets.counties import MASSACHUSETTS_COUNTIES

if TYPE_CHECKING:
    from desktop.streets.importer import ImportReport
    from desktop.streets.store import County

HEADERS = (
    QT_TRANSLATE_NOOP("StreetsTab", "County"),
    QT_TRANSLATE_NOOP("StreetsTab", "Street segments"),
    QT_TRANSLATE_NOOP("StreetsTab", "Imported"),
    QT_TRANSLATE_NOOP("StreetsTab", "Age"),
)


class StreetsTab(QWidget):
    streets_changed = Signal()  # the main window opens the street table again

    def __init__(
        self,
        pool: Pool,
        event_counties: Callable[[], tuple[str, ...]],
        base_url: Callable[[], str],
        store_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("streetsTab")
        self.pool, self.event_counties, self.store_path = pool, event_counties, store_path
        self.base_url = base_url  # the streets.base_url setting, read when downloading
        self._running: Handle | None = None  # a download or an import: Cancel stops it

        intro = QLabel(
            self.tr(
                "In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event's counties before the event, while online: then addresses are decided at the table without internet."
            )
        )
        intro.setWordWrap(True)
        self.table = named(QTableWidget(0, len(HEADERS)), "streetCounties")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StreetsTab", h) for h in HEADERS]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Counties prepared"))
        self.county = named(QComboBox(), "streetCounty")
        self.county.setAccessibleName(self.tr("County to download"))
        for fips, name in MASSACHUSETTS_COUNTIES.items():
            self.county.addItem(name, fips)
        self.download_button = named(
            QPushButton(self.tr("Download street ranges")), "downloadStreets"
        )
        self.download_button.clicked.connect(self.download)
        self.import_button = named(QPushButton(self.tr("Import a file…")), "importStreets")
        self.import_button.clicked.connect(self.choose_file)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelStreets")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.needs = named(QLabel(), "streetsNeeded")  # what the event's towns need
        self.needs.setWordWrap(True)
        self.status = named(QLabel(), "streetsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for widget in (self.county, self.download_button, self.import_button, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.needs)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)

    # -- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        def work() -> tuple[list[County], tuple[str, ...]]:
            from desktop.streets.store import open_streets

            table = open_streets(self.store_path)
            try:
                counties = list(table.counties()) if table else []
            finally:
                if table:
                    table.close()
            return counties, self.event_counties()

        run_in_background(self.pool, lambda _task: work(), self._show, self._failed)

    def _show(self, listing: tuple[list[County], tuple[str, ...]]) -> None:
        counties, wanted = listing
        self.table.setRowCount(len(counties))
        prepared = set()
        for row, county in enumerate(counties):
            imported = county.imported_at
            prepared.add(county.fips)
            cells = (
                county.name,
                QLocale().toString(county.segments),
                imported.astimezone().strftime("%Y-%m-%d"),
                self.age_text(imported),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        missing = [fips for fips in wanted if fips not in prepared]
        if missing:
            self.county.setCurrentIndex(self.county.findData(missing[0]))
            names = ", ".join(MASSACHUSETTS_COUNTIES[f] for f in missing)
            self.needs.setText(
                self.tr("The event's split towns need: %1. Not prepared yet.").replace("%1", names)
            )
        elif wanted:
            self.needs.setText(self.tr("The event's counties are prepared."))
        else:
            self.needs.setText(self.tr("Choose the counties of the towns you expect signers from."))

    def age_text(self, imported_at: dt.datetime, now: dt.datetime | None = None) -> str:
        days = ((now or dt.datetime.now(dt.UTC)) - imported_at).days
        return self.tr("today") if days <= 0 else self.tr("%n day(s)", "", days)

    # -- getting ranges ----------------------------------------------------------------

    def download(self) -> None:
        fips = str(self.county.currentData())
        self._start(
            self.tr("Downloading %1…").replace("%1", self.county.currentText()),
            lambda task: self._download(fips, task),
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Census street ranges"),
            "",
            self.tr("Census ADDRFEAT files (*addrfeat*.zip)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self._start(
            self.tr("Importing %1…").replace("%1", path.name), lambda task: self._import(path, task)
        )

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def _start(self, text: str, work: Callable[[Task], ImportReport]) -> None:
        self.status.setText(text)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.download_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self._running = Handle()
        run_in_background(
            self.pool,
            work,
            self._done,
            self._failed,
            on_progress=lambda step: self._show_progress(*step),
            handle=self._running,
        )

    @staticmethod
    def _report(what: str, task: Task) -> Callable[[int, int], None]:
        def progress(done: int, total: int) -> None:
            task.check()  # Cancel: stops here, before the store is replaced
            task.progress((what, done, total))

        return progress

    def _download(self, fips: str, task: Task) -> ImportReport:
        from desktop.streets.download import download_county

        return download_county(
            fips,
            base_url=self.base_url(),
            store_path=self.store_path,
            download_progress=self._report("downloading", task),
            import_progress=self._report("importing", task),
        )

    def _import(self, path: Path, task: Task) -> ImportReport:
        from desktop.streets.importer import import_addrfeat

        progress = self._report("importing", task)
        return import_addrfeat(path, store_path=self.store_path, progress=progress)

    def _show_progress(self, what: str, done: int, total: int) -> None:
        # Bytes can pass 2**31 in a large county file: the bar counts in kilobytes then.
        scale = 1024 if what == "downloading" else 1
        self.bar.setRange(0, max(total // scale, 0))
        self.bar.setValue(done // scale)
        self.bar.setFormat(
            self.tr("Downloading %p%") if what == "downloading" else self.tr("Importing %p%")
        )

    def _finish(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.download_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _done(self, report: ImportReport) -> None:
        self._finish()
        county = report.county
        skipped = report.skipped_ranges
        text = (
            self.tr("%1: %2 street segments ready.")
            .replace("%1", county.name)
            .replace("%2", QLocale().toString(county.segments))
        )
        if skipped:
            text += " " + self.tr(
                "%n range(s) without a usable house number were left out.", "", skipped
            )
        self.status.setText(text)
        self.streets_changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled. The street ranges are as they were."))
        else:
            self.status.setText(
                self.tr("%1 The street ranges are as they were.").replace("%1", str(error))
            )
