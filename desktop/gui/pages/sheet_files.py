"""The volunteer view's sheets: paper sign-in sheets imported, the sign-ups exported.

Both run in the database pool; what happened comes back through `said` (words for the
view's message line) and, after an import, `imported` (so the table is read again). The
import report is importer.report_lines() in the volunteer's language; why a line was
rejected or warned about comes from the checks, in English.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.gui.workers import Pool, run_in_background
from desktop.signin.importer import ImportSummary, import_file, line_ranges

if TYPE_CHECKING:
    from desktop.privacy.sealing import Opener
    from desktop.signin.service import SigninService
    from desktop.signin.volunteer import VolunteerService


class SheetFiles(QObject):
    said = Signal(str)
    imported = Signal()

    def __init__(
        self,
        signin: SigninService,
        volunteer: VolunteerService,
        pool: Pool,
        opener: Callable[[], Opener | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.signin, self.volunteer, self.pool, self.opener = signin, volunteer, pool, opener
        self.window = parent

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import paper sign-in sheets"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_file(path)

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the sign-ups"), "signups.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        """Write the event's sign-ups to a CSV only its owner can read, as `tabling export`."""
        opener = self.opener()
        if opener is None:
            self.said.emit(self.tr("Unlock the view to export."))
            return
        from desktop.private_files import open_private_text
        from desktop.signin.exporter import export_signups

        def work() -> int:
            with open_private_text(Path(path)) as out:
                return export_signups(self.volunteer.records(opener), self.signin.dataset, out)

        self.said.emit(self.tr("Exporting…"))
        run_in_background(
            self.pool,
            lambda _task: work(),
            lambda count: self.said.emit(
                self.tr(
                    "Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served."
                )
                .replace("%1", str(count))
                .replace("%2", Path(path).name)
            ),
            lambda e: self.said.emit(self.tr("Could not export: %1").replace("%1", str(e))),
        )

    def import_file(self, path: str) -> None:
        def done(summary: ImportSummary) -> None:
            self.said.emit("\n".join(self.report_lines(summary, Path(path).name)))
            self.imported.emit()

        self.said.emit(self.tr("Importing…"))
        run_in_background(
            self.pool,
            lambda _task: import_file(self.signin, Path(path)),
            done,
            lambda e: self.said.emit(self.tr("Could not import: %1").replace("%1", str(e))),
        )

    def report_lines(self, summary: ImportSummary, name: str) -> list[str]:
        """What an import did, line by line (importer.report_lines, translated)."""
        counts = (
            self.tr("%1 added, %2 merged, %3 pending, %4 rejected")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.merged))
            .replace("%3", str(summary.pending))
            .replace("%4", str(len(summary.rejected)))
        )
        if summary.skipped:
            counts += ", " + self.tr("%1 already imported").replace("%1", str(summary.skipped))
        if summary.suggestions:
            counts += ", " + self.tr(
                "%n possible duplicate(s) to review", "", len(summary.suggestions)
            )
        lines = [
            self.tr("Imported %1 (read as %2): %3.")
            .replace("%1", name)
            .replace("%2", summary.encoding)
            .replace("%3", counts)
        ]
        if summary.stopped:
            lines.append(
                self.tr(
                    "Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped."
                )
                .replace("%1", str(summary.unsaved_from))
                .replace("%2", summary.stopped)
                .replace("%3", line_ranges(summary.saved_lines) or self.tr("none"))
                .replace("%4", str(summary.unsaved_from))
            )
        line = self.tr("Line %1: %2")
        lines += [
            line.replace("%1", str(n)).replace("%2", why)
            for n, why in (*summary.rejected, *summary.warnings)
        ]
        repeat = self.tr("Line %1: may be a repeat of %2; review it in the Duplicates tab")
        lines += [
            repeat.replace("%1", str(n)).replace("%2", what) for n, what in summary.suggestions
        ]
        return lines
