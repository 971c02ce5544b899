"""The volunteer view's Report tab: the event's picture on screen, and saved for the coalition.

Tables on the left (the totals and languages, each House and Senate district, each town),
a map on the right (sign-ups by district, or positions after the visits, each with
Greater Boston inset). Everything is counted and drawn in a worker thread
(desktop/lobby/picture.py), so the window never waits for matplotlib; the maps are drawn
again only when what they show changed. The tab refreshes when it is shown and when the
volunteer view's counts change while it is in sight.

On screen the numbers are exact (the view is behind the passphrase); "Save as PDF…" and
"Export counts…" write files for outside the laptop, where a count of fewer than 5 signers
shows "fewer than 5" (desktop/lobby/report.py).
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.pages.report_tables import ReportTables
from desktop.gui.widgets.named import named
from desktop.gui.widgets.scaled_image import ScaledImage
from desktop.gui.workers import Pool, run_in_background
from desktop.lobby.map_text import MapText

if TYPE_CHECKING:
    from desktop.districts.dataset import Dataset
    from desktop.lobby.picture import Picture
    from desktop.store.sessions import SessionFactory


class ReportTab(QWidget):
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event_id: str,
        pool: Pool,
        parent: QWidget | None = None,
    ) -> None:
        """`pool`: where the counting and drawing run (not the database writes' pool: a
        drawing must not hold up a sign-in's save)."""
        super().__init__(parent)
        self.sessions, self.dataset, self.event_id, self.pool = sessions, dataset, event_id, pool
        self._drawn_key: Hashable | None = None
        self._running = False
        self._again = False
        self.maps: dict[str, bytes] = {}
        self.tables = ReportTables(self)
        self.choice = named(QComboBox(), "reportMapChoice")
        for name, title in (
            ("signups:house", self.tr("Sign-ups by House district")),
            ("signups:senate", self.tr("Sign-ups by Senate district")),
            ("positions:house", self.tr("Positions after the visits: House")),
            ("positions:senate", self.tr("Positions after the visits: Senate")),
        ):
            self.choice.addItem(title, name)
        self.choice.setAccessibleName(self.tr("Map"))
        self.choice.currentIndexChanged.connect(lambda _index: self._show_map())
        self.map = named(ScaledImage(), "reportMap")
        self.map.setAccessibleName(self.tr("Map of Massachusetts by district"))
        self.status = named(QLabel(), "reportStatus")
        self.status.setWordWrap(True)
        self.save_button = named(QPushButton(self.tr("Save as PDF…")), "reportPdf")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.csv_button = named(QPushButton(self.tr("Export counts…")), "reportCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        # Near the top, under the choice of map: at hand on a small screen, where the view
        # scrolls; the status says what is being counted or drawn.
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.csv_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.choice)
        right_layout.addLayout(row)
        right_layout.addWidget(self.map, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tables.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def map_text(self) -> MapText:
        """The maps' words in the volunteer's language."""
        return MapText(
            signups_title=self.tr("Sign-ups by district"),
            positions_title=self.tr("Positions after the visits, by district"),
            chambers={"house": self.tr("House districts"), "senate": self.tr("Senate districts")},
            inset=self.tr("Greater Boston"),
            classes=(
                self.tr("fewer than 5"), self.tr("5 to 9"), self.tr("10 to 24"),
                self.tr("25 to 49"), self.tr("50 to 99"), self.tr("100 or more"),
            ),
            positions={
                "supports": self.tr("Supports"), "undecided": self.tr("Undecided"),
                "opposes": self.tr("Opposes"), "not_said": self.tr("Did not say"),
            },
            not_visited=self.tr("Not visited"),
        )  # fmt: skip

    # -- counting and drawing, in the background ----------------------------------------

    def refresh(self) -> None:
        """Count again, and draw the maps again if they changed. A refresh asked for while
        one runs is done once it ends (counts that changed meanwhile are not lost)."""
        if self._running:
            self._again = True
            return
        from desktop.lobby.picture import draw_picture

        self._running, self._again = True, False
        sessions, dataset, event_id = self.sessions, self.dataset, self.event_id
        text, drawn = self.map_text(), self._drawn_key
        self.status.setText(self.tr("Counting…"))
        run_in_background(
            self.pool,
            lambda task: draw_picture(sessions, dataset, event_id, text, drawn, task.progress),
            self._show,
            self._failed,
            self._progress,
        )

    def counts_changed(self) -> None:
        """The volunteer view's counts changed: follow them if this tab is in sight."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _progress(self, step: str) -> None:
        self.status.setText(
            self.tr("Drawing the sign-ups map…")
            if step == "signups"
            else self.tr("Drawing the positions map…")
        )

    def _show(self, picture: Picture) -> None:
        self._running = False
        self.tables.show_report(picture.report)
        if picture.maps is not None:
            self.maps, self._drawn_key = picture.maps, picture.key
            self._show_map()
        self.status.setText(self.tr("Up to date."))
        if self._again:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.status.setText(self.tr("Could not make the report: %1").replace("%1", str(error)))

    def _show_map(self) -> None:
        png = self.maps.get(str(self.choice.currentData()))
        if png is not None:
            self.map.set_png(png)

    # -- files for the coalition ----------------------------------------------------------

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as PDF"), "event-report.pdf", "PDF (*.pdf)"
            )
        if path:
            self._write(Path(path), "pdf")

    def export_csv(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the event's counts"), "event-counts.csv", "CSV (*.csv)"
            )
        if path:
            self._write(Path(path), "csv")

    def _write(self, out: Path, kind: str) -> None:
        from desktop.lobby.report_files import write_report_file

        sessions, dataset, event_id = self.sessions, self.dataset, self.event_id
        for button in (self.save_button, self.csv_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", str(out)))
        run_in_background(
            self.pool,
            lambda _task: write_report_file(sessions, dataset, event_id, out, kind),
            lambda _done: self._written(self.tr("Saved to %1.").replace("%1", str(out))),
            lambda error: self._written(self.tr("Not saved: %1").replace("%1", str(error))),
        )

    def _written(self, text: str) -> None:
        for button in (self.save_button, self.csv_button):
            button.setEnabled(True)
        self.status.setText(text)
