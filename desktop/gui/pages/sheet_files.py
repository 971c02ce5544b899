"""The volunteer view's sheets: paper sign-in sheets imported, the sign-ups exported.

Both run in the database pool; what happened comes back through `said` (words for the
view's message line) and, after an import, `imported` (so the table is read again). The
import report is importer.report_lines() in the volunteer's language, each line's note
(desktop/signin/line_notes.py) worded here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.workers import Pool, run_in_background
from desktop.signin.fields import LABEL_CONTEXT, declared
from desktop.signin.importer import ImportSummary, import_file, line_ranges
from desktop.signin.line_notes import Kind, LineNote
from desktop.signin.validation import FieldProblem, Problem

if TYPE_CHECKING:
    from desktop.privacy.sealing import Opener
    from desktop.signin.service import SigninService
    from desktop.signin.volunteer import VolunteerService


CONTEXT = "SheetFiles"
# Why an import stopped (importer._why_stopped), and the columns a sheet has that the
# field table does not (the consents are named by their column, as the sheet writes them).
STOPPED = {
    "the disk is full": QT_TRANSLATE_NOOP("SheetFiles", "the disk is full"),
    "the database cannot be written (read-only)": QT_TRANSLATE_NOOP("SheetFiles", "the database cannot be written (read-only)"),
    "the database could not save the row": QT_TRANSLATE_NOOP("SheetFiles", "the database could not save the row"),
}  # fmt: skip
OTHER_FIELDS = {
    "ward": QT_TRANSLATE_NOOP("SheetFiles", "Ward"),
    "precinct": QT_TRANSLATE_NOOP("SheetFiles", "Precinct"),
}


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
                .replace("%2", self._stopped(summary.stopped))
                .replace("%3", line_ranges(summary.saved_lines) or self.tr("none"))
                .replace("%4", str(summary.unsaved_from))
            )
        line = self.tr("Line %1: %2")
        lines += [
            line.replace("%1", str(n)).replace("%2", self.note(why))
            for n, why in (*summary.rejected, *summary.warnings)
        ]
        repeat = self.tr("Line %1: may be a repeat of %2; review it in the Duplicates tab")
        lines += [
            repeat.replace("%1", str(n)).replace("%2", self.note(what))
            for n, what in summary.suggestions
        ]
        return lines

    def _stopped(self, why: str) -> str:
        known = STOPPED.get(why)
        return QCoreApplication.translate(CONTEXT, known) if known else why

    def note(self, note: LineNote) -> str:
        """A line's note in the volunteer's language."""
        v = note.values
        match note.kind:
            case Kind.FIELDS:
                return "; ".join(self._field_problem(p) for p in note.problems)
            case Kind.QUOTES:
                return self.tr('its quotes (") do not pair up; check the quotes in this row')
            case Kind.RUNAWAY_QUOTE:
                return self.tr(
                    'a quote (") opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote'
                ).replace("%1", v[0])
            case Kind.LONG_CELL:
                return (
                    self.tr("a cell holds %1 characters (at most %2)")
                    .replace("%1", v[0])
                    .replace("%2", v[1])
                )
            case Kind.NOT_UTF8:
                return self.tr(
                    "this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row"
                )
            case Kind.NOT_YES_NO:
                return (
                    self.tr("the column %1 holds '%2', which is not yes or no")
                    .replace("%1", v[0])
                    .replace("%2", v[1])
                )
            case Kind.UNKNOWN_LANGUAGE:
                return (
                    self.tr("the language '%1' is not one of %2: English is used")
                    .replace("%1", v[0])
                    .replace("%2", v[1])
                )
            case Kind.REPEAT:
                return self._repeat(*v)
        return str(note)  # Kind.OTHER: nothing the import foresaw, in English

    def _repeat(self, reason: str, earlier: str) -> str:
        reasons = {
            "same_name": self.tr("the same name"),
            "shared_email": self.tr("the same email under another name"),
            "shared_phone": self.tr("the same phone under another name"),
            "similar": self.tr("a very similar name and address"),
            "email": self.tr("the same name and email"),
            "phone": self.tr("the same name and phone"),
            "name_address": self.tr("the same name and address"),
        }
        words = reasons.get(reason, reason)
        if earlier:
            return self.tr("%1 as line %2").replace("%1", words).replace("%2", earlier)
        return self.tr("%1 as an earlier sign-up").replace("%1", words)

    def _field_problem(self, problem: FieldProblem) -> str:
        """`Email: not a valid email address`, in the volunteer's words (the kiosk's own
        messages speak to the signer)."""
        labels = {f.name: f.label for f in declared()}
        if problem.field in labels:
            label = QCoreApplication.translate(LABEL_CONTEXT, labels[problem.field])
        elif problem.field in OTHER_FIELDS:
            label = QCoreApplication.translate(CONTEXT, OTHER_FIELDS[problem.field])
        else:
            label = problem.field
        words = {
            Problem.REQUIRED: self.tr("missing"),
            Problem.TOO_LONG: self.tr("too long"),
            Problem.EMAIL_INVALID: self.tr("not a valid email address"),
            Problem.EMAIL_UNSENDABLE: self.tr(
                "accented or non-Latin letters before the @, which our mail cannot be sent to"
            ),
            Problem.PHONE_INVALID: self.tr("not a valid phone number"),
            Problem.PLACE_UNKNOWN: self.tr(
                "not a Massachusetts town, neighbourhood or ZIP code we know"
            ),
            Problem.PLACE_OUT_OF_STATE: self.tr("outside Massachusetts"),
            Problem.EMAIL_NEEDED: self.tr("needed to email legislators in the signer's name"),
            Problem.UPDATES_EMAIL_NEEDED: self.tr("needed to email the signer updates"),
            Problem.UPDATES_PHONE_NEEDED: self.tr("needed to text the signer updates"),
            Problem.WARD_PRECINCT_INVALID: self.tr("does not match the town"),
        }
        text = self.tr("%1: %2").replace("%1", label).replace("%2", words[problem.problem])
        if problem.suggestions:
            text += " " + self.tr("(did you mean %1?)").replace(
                "%1", self.tr(" or ").join(problem.suggestions[:3])
            )
        return text
