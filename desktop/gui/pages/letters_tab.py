"""The volunteer view's letters: every letter not yet printed, by office, to print or save.

Rendering runs in the background with a progress bar and Cancel; a cancelled batch
leaves nothing marked. Letters are marked printed only when the print system accepted
the job. Printing goes through the back end the `printing.backend` setting chooses (CUPS's
`lp`, or Qt's print system); "Printer options…" is Qt's print dialog, for copies and both
sides. Preview shows the batch with Qt's PDF viewer. Marking a batch printed also records its
stacks (desktop/lobby/stacks.py), whose codes the cover sheets carry; "Route sheet…"
writes the walk through the State House that delivers them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.campaigns import Campaign
from desktop.districts.dataset import Dataset
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.fit_columns import fit_columns
from desktop.gui.widgets.named import named
from desktop.gui.workers import Handle, Pools, Task, run_in_background
from desktop.letters.batch import BatchCancelled, BatchReport, render_batch
from desktop.letters.model import LetterJob
from desktop.lobby.stacks import mark_printed_in_stacks
from desktop.printing.backend import (
    PrintBackend,
    PrintCancelled,
    PrintError,
    PrintJob,
    PrintOptions,
)
from desktop.privacy.sealing import Opener
from desktop.signin.letter_jobs import QueuedLetter, day_letters, queued_letters
from desktop.signin.printing import Printed, print_letters
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Result = TypeVar("Result")  # what a batch's work returns to its `done`

# Marked for lupdate here, translated where the table is made.
COLUMNS = (
    QT_TRANSLATE_NOOP("LettersTab", "Code"),
    QT_TRANSLATE_NOOP("LettersTab", "To"),
    QT_TRANSLATE_NOOP("LettersTab", "District"),
    QT_TRANSLATE_NOOP("LettersTab", "From"),
    QT_TRANSLATE_NOOP("LettersTab", "Town"),
    QT_TRANSLATE_NOOP("LettersTab", "Printed"),
)


class LettersTab(QWidget):
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event_id: str,
        campaign: Campaign,
        pools: Pools,
        printer_setting: Callable[[], str],
        backend: Callable[[], PrintBackend],
        parent: QWidget | None = None,
        *,
        laptop: str = "",
    ) -> None:
        """`laptop`: this laptop's name, recorded with the stacks it prints."""
        super().__init__(parent)
        self.sessions, self.dataset, self.event_id, self.campaign, self.pools = (
            sessions,
            dataset,
            event_id,
            campaign,
            pools,
        )
        self.printer_setting, self.backend, self.laptop = printer_setting, backend, laptop
        self.options = PrintOptions()  # copies and sides, from "Printer options…"
        self.opener: Opener | None = None
        self.letters: list[QueuedLetter] = []
        self.last_job: PrintJob | None = None
        self._running: Handle | None = None  # a batch being rendered or printed

        self.include_printed = named(
            QCheckBox(self.tr("Include letters already printed")), "includePrinted"
        )
        self.include_printed.toggled.connect(lambda _on: self.refresh())
        # A lobby day's tables are events of one day: one set of letters by office for all
        # (the other laptops' letters arrive with the hub's sync).
        self.whole_day = named(
            QCheckBox(self.tr("Every event of this day, all tables")), "wholeDay"
        )
        self.whole_day.toggled.connect(lambda _on: self.refresh())
        self.table = named(QTableWidget(0, len(COLUMNS)), "lettersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Letters to print"))
        self.table.setSortingEnabled(True)
        fit_columns(self.table, COLUMNS.index("From"))  # the signer's name takes what is left
        self.printer = named(QComboBox(), "printer")
        self.printer.setAccessibleName(self.tr("Printer"))
        self.bar = named(QProgressBar(), "letterProgress")
        self.bar.hide()
        self.cancel = named(QPushButton(self.tr("Cancel")), "cancelBatch")
        self.cancel.clicked.connect(self._cancel_running)
        self.cancel.hide()
        self.summary = named(QLabel(), "lettersSummary")
        self.summary.setWordWrap(True)
        self.message = named(QLabel(), "lettersMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("preview", self.tr("Preview"), self.preview),
            ("print", self.tr("Print"), self.print_batch),
            ("save", self.tr("Save as PDF…"), self.save_pdf),
            ("markPrinted", self.tr("Mark as printed"), self.mark_selected),
            ("routeSheet", self.tr("Route sheet…"), self.save_route),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.printer.currentIndexChanged.connect(lambda _index: self._options_changed())
        self.printer_options = named(QPushButton(self.tr("Printer options…")), "printerOptions")
        self.printer_options.clicked.connect(self.open_printer_options)
        self.options_summary = named(QLabel(), "printOptions")
        printer_row = QHBoxLayout()
        printer_row.addWidget(QLabel(self.tr("Printer:")))
        printer_row.addWidget(self.printer, 1)
        printer_row.addWidget(self.options_summary)
        printer_row.addWidget(self.printer_options)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Letters by office, each stack with its cover sheet. Select some to print only those."
                )
            )
        )
        choices = QHBoxLayout()
        choices.addWidget(self.include_printed)
        choices.addWidget(self.whole_day)
        choices.addStretch(1)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(printer_row)
        layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)

    # -- the list ----------------------------------------------------------------------

    def set_opener(self, opener: Opener | None) -> None:
        self.opener = opener
        if opener is None:
            self.letters = []
            self.table.setRowCount(0)
        else:
            self.refresh()

    def refresh(self) -> None:
        self._load_printers()
        opener = self.opener
        if opener is None:
            return
        include, whole_day = self.include_printed.isChecked(), self.whole_day.isChecked()

        def load() -> list[QueuedLetter]:
            letters = day_letters if whole_day else queued_letters
            with self.sessions() as session:
                return letters(
                    session, self.dataset, self.event_id, opener, dt.date.today(), include
                )

        run_in_background(
            self.pools.database, lambda _task: load(), self._show_letters, self._failed
        )

    def _load_printers(self) -> None:
        chosen = self.printer.currentData() or self.printer_setting()
        self.printer.clear()
        printers = self.backend().printers()
        for printer in printers:
            self.printer.addItem(
                self.tr("%1 (default)").replace("%1", printer.name)
                if printer.is_default
                else printer.name,
                printer.name,
            )
        index = (
            self.printer.findData(chosen)
            if chosen
            else next((i for i, p in enumerate(printers) if p.is_default), -1)
        )
        if index >= 0:
            self.printer.setCurrentIndex(index)
        if not printers:
            self.printer.addItem(self.tr("No printer found: Save as PDF instead"), None)
        self.printer_options.setEnabled(bool(printers))

    # -- copies and sides --------------------------------------------------------------

    def open_printer_options(self) -> None:
        """Qt's print dialog for the chosen printer; what it sets applies to the next batch."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        name = self.printer.currentData()
        if name is None:
            return
        device = QPrinter(QPrinterInfo.printerInfo(name))
        device.setCopyCount(self.options.copies)
        device.setDuplex(
            QPrinter.DuplexMode.DuplexLongSide
            if self.options.duplex
            else QPrinter.DuplexMode.DuplexNone
        )
        dialog = QPrintDialog(device, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)

        def chosen(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            index = self.printer.findData(device.printerName())
            if index >= 0 and index != self.printer.currentIndex():
                self.printer.setCurrentIndex(index)
            self.set_options(
                PrintOptions(
                    copies=max(1, device.copyCount()),
                    duplex=device.duplex() != QPrinter.DuplexMode.DuplexNone,
                )
            )

        dialog.finished.connect(chosen)
        dialog.setModal(True)
        dialog.show()  # QPrintDialog.open() wants a slot to call: `finished` does that here
        self.options_dialog: QDialog = dialog

    def set_options(self, options: PrintOptions) -> None:
        self.options = options
        self._show_options()

    def _options_changed(self) -> None:
        """Another printer: keep the copies, drop both sides if it cannot do them."""
        name = self.printer.currentData()
        if (
            self.options.duplex
            and name is not None
            and not self.backend().capabilities(name).duplex
        ):
            self.options = PrintOptions(copies=self.options.copies)
        self._show_options()

    def _show_options(self) -> None:
        parts = []
        if self.options.copies > 1:
            parts.append(self.tr("%n copies", "", self.options.copies))
        if self.options.duplex:
            parts.append(self.tr("both sides"))
        self.options_summary.setText(", ".join(parts))

    def _show_letters(self, letters: list[QueuedLetter]) -> None:
        self.letters = letters
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        problems = [letter.problem for letter in letters if letter.job is None]
        for letter in letters:
            if letter.job is None:
                continue
            job = letter.job
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (
                job.code,
                job.recipient.name,
                job.recipient.district,
                job.signer.full_name,
                job.signer.town,
                self.tr("Yes") if letter.printed else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # whole, where the column cuts it short
                item.setData(Qt.ItemDataRole.UserRole, letter.action_id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        count = self.table.rowCount()
        text = self.tr("%n letters to print.", "", count)
        if problems:
            text += " " + self.tr("%n letters not printable: %1", "", len(problems)).replace(
                "%1", "; ".join(sorted(set(problems)))
            )
        self.summary.setText(text)

    def chosen(self) -> list[QueuedLetter]:
        """The selected letters, or all of them when none is selected."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        items = (self.table.item(row, 0) for row in rows)
        ids = (
            {item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None}
            if rows
            else None
        )
        return [
            q for q in self.letters if q.job is not None and (ids is None or q.action_id in ids)
        ]

    # -- rendering, printing, saving ---------------------------------------------------

    def _cancel_running(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def _start(self, work: Callable[[Task], Result], done: Callable[[Result], None]) -> None:
        letters = self.chosen()
        if not letters:
            self.message.setText(self.tr("There are no letters to print."))
            return
        self.bar.setRange(0, len(letters))
        self.bar.setValue(0)
        self.bar.show()
        self.cancel.show()
        for button in self.buttons.values():
            button.setEnabled(False)
        self._running = Handle()
        run_in_background(
            self.pools.network,
            work,
            lambda result: self._finish(done, result),
            self._failed,
            on_progress=lambda step: self._moved(*step),
            handle=self._running,
        )

    def _finish(self, done: Callable[[Result], None], result: Result) -> None:
        self._end()
        done(result)

    def _end(self) -> None:
        self.bar.hide()
        self.cancel.hide()
        for button in self.buttons.values():
            button.setEnabled(True)

    def _moved(self, done: int, total: int, sending: bool = False) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)
        if sending and done == 1:
            self.message.setText(self.tr("Sending the pages to the printer…"))

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, (BatchCancelled, PrintCancelled)):
            self.message.setText(self.tr("Cancelled: nothing was printed or marked."))
        elif isinstance(error, PrintError):
            from desktop.gui.table_printing import printer_trouble

            self.message.setText(self.tr("Not printed: %1").replace("%1", printer_trouble(error)))
        else:
            self.message.setText(
                self.tr("Something went wrong: %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                )
            )

    def print_batch(self) -> None:
        letters = self.chosen()
        jobs = [q.job for q in letters if q.job is not None]
        printer = self.printer.currentData()
        if printer is None:
            self.message.setText(
                self.tr("No printer: use Save as PDF, and print the file elsewhere.")
            )
            return

        options = self.options

        def work(task: Task) -> Printed:
            return print_letters(
                jobs,
                self.campaign,
                printer,
                self.backend(),
                covers=True,
                options=options,
                progress=lambda done, total: task.progress((done, total)),
                sending=lambda done, total: task.progress((done, total, True)),
                cancelled=lambda: task.cancelled,
            )

        def done(printed: Printed) -> None:
            self.last_job = printed.job
            job = printed.job
            if job.number is None:  # Qt's print system does not number its jobs
                sent = self.tr("Sent %n letters to %1.", "", len(letters))
            else:
                sent = self.tr("Sent %n letters to %1, print job number %2.", "", len(letters))
            sent = sent.replace("%1", job.printer).replace("%2", str(job.number))
            if job.too_late_to_cancel:
                sent = " ".join(
                    (
                        self.tr(
                            "Too late to cancel: this printer had begun the job and cannot drop it."
                        ),
                        sent,
                        self.tr("They count as printed."),
                    )
                )
            self._mark(letters, sent)

        self._start(work, done)

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save letters as PDF"), "letters.pdf", "PDF (*.pdf)"
            )
        if not path:
            return
        jobs = [q.job for q in self.chosen() if q.job is not None]
        out = Path(path)
        self._start(
            lambda task: self._render(jobs, out, task),
            lambda report: self.message.setText(
                self.tr(
                    "Saved %n pages to %1. Mark them printed once printed.", "", report.pages
                ).replace("%1", str(out))
            ),
        )

    def _render(self, jobs: list[LetterJob], out: Path, task: Task) -> BatchReport:
        """The batch to `out`, reporting progress and stopping when Cancel is pressed."""
        return render_batch(
            jobs,
            self.campaign,
            out,
            progress=lambda done, total: task.progress((done, total)),
            cancelled=lambda: task.cancelled,
        )

    def preview(self) -> None:
        jobs = [q.job for q in self.chosen() if q.job is not None]
        folder = tempfile.TemporaryDirectory(prefix="tabling-preview-")
        out = Path(folder.name) / "preview.pdf"

        def show(_report: BatchReport) -> None:
            from desktop.gui.widgets.pdf_preview import PdfPreview

            dialog = PdfPreview(out, self)
            dialog.finished.connect(
                lambda _result: folder.cleanup()
            )  # the file holds personal data
            dialog.open()
            self.preview_dialog: QDialog = dialog

        self._start(
            lambda task: self._render(jobs, out, task),
            show,
        )

    def mark_selected(self) -> None:
        letters = self.chosen()
        self._mark(letters, self.tr("Marked %n letters printed.", "", len(letters)))

    def _mark(self, letters: list[QueuedLetter], text: str) -> None:
        """Marked printed with their stacks, in one transaction (lobby/stacks.py)."""
        printed = [(q.action_id, q.job) for q in letters if q.job is not None]

        whole_day = self.whole_day.isChecked()

        def work() -> int:
            with self.sessions.begin() as session:
                if not whole_day:
                    return mark_printed_in_stacks(session, printed, self.event_id, self.laptop)
                # A day's stacks belong to the day, across its events.
                return mark_printed_in_stacks(
                    session, printed, None, self.laptop, self._day(session)
                )

        def done(_count: int) -> None:
            self.message.setText(text)
            self.refresh()

        run_in_background(self.pools.database, lambda _task: work(), done, self._failed)

    def _day(self, session: Session) -> dt.date:
        from desktop.store.models import Event

        event = session.get(Event, self.event_id)
        return event.date if event is not None else dt.date.today()

    # -- the route through the State House ---------------------------------------------

    def save_route(self, path: str | None = None) -> None:
        """The route sheet of the stacks printed so far (lobby/route_sheet.py) to a PDF."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the route sheet"), "route.pdf", "PDF (*.pdf)"
            )
        if not path:
            return
        from desktop.lobby.delivery import day_stacks, event_stacks
        from desktop.lobby.route_sheet import RouteSheet, write_route_sheet
        from desktop.store.models import Event

        out = Path(path)

        whole_day = self.whole_day.isChecked()

        def work() -> RouteSheet | None:
            with self.sessions() as session:
                event = session.get(Event, self.event_id)
                title = f"Delivery route: {event.name}, {event.date.isoformat()}" if event else ""
                if whole_day and event is not None:
                    title = f"Delivery route: {event.date.isoformat()}"
                    stacks = day_stacks(session, event.date)
                else:
                    stacks = event_stacks(session, self.event_id)
            return write_route_sheet(title, stacks, out) if stacks else None

        def done(sheet: RouteSheet | None) -> None:
            if sheet is None:
                self.message.setText(
                    self.tr("No stacks yet: print the letters by office first, then the route.")
                )
                return
            self.message.setText(
                self.tr("Saved the route through %n stacks to %1.", "", sheet.stacks).replace(
                    "%1", str(out)
                )
            )

        run_in_background(self.pools.database, lambda _task: work(), done, self._failed)
