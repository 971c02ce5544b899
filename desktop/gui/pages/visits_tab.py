"""The volunteer view's Visits tab: what happened at each office visited on lobby day.

One short form, worked from the keyboard: the office (type part of the member's name and
pick), the date, who was met, the member's position, any commitment in their words,
follow-up and notes; Enter in the notes (or "Save visit") keeps it and empties the form
for the next. Beside it, the event's visits by office and the follow-up list, and an
export of them as CSV for the coalition.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.districts.dataset import Dataset
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.fit_columns import fit_columns
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.lobby.visits import (
    VisitInvalid,
    VisitReport,
    VisitRow,
    add_visit,
    event_visits,
    follow_ups,
    offices,
)
from desktop.store.sessions import SessionFactory

OFFICE_CHARACTERS = 22

MET = {
    "member": QT_TRANSLATE_NOOP("VisitsTab", "The member"),
    "staff": QT_TRANSLATE_NOOP("VisitsTab", "A staffer"),
    "nobody": QT_TRANSLATE_NOOP("VisitsTab", "Nobody"),
}
POSITIONS = {
    "supports": QT_TRANSLATE_NOOP("VisitsTab", "Supports"),
    "undecided": QT_TRANSLATE_NOOP("VisitsTab", "Undecided"),
    "opposes": QT_TRANSLATE_NOOP("VisitsTab", "Opposes"),
    "not_said": QT_TRANSLATE_NOOP("VisitsTab", "Did not say"),
}
VISIT_COLUMNS = (
    QT_TRANSLATE_NOOP("VisitsTab", "Office"),
    QT_TRANSLATE_NOOP("VisitsTab", "Date"),
    QT_TRANSLATE_NOOP("VisitsTab", "Met"),
    QT_TRANSLATE_NOOP("VisitsTab", "Position"),
    QT_TRANSLATE_NOOP("VisitsTab", "Commitment"),
)  # follow-up: its own list, beside
FOLLOW_UP_COLUMNS = (
    QT_TRANSLATE_NOOP("VisitsTab", "Office"),
    QT_TRANSLATE_NOOP("VisitsTab", "Date"),
    QT_TRANSLATE_NOOP("VisitsTab", "What to do"),
)


def _table(columns: tuple[str, ...], stretch: int, name: str) -> QTableWidget:
    table = named(QTableWidget(0, len(columns)), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    fit_columns(table, stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # whole, where the column cuts it short
            table.setItem(row, column, item)


class VisitsTab(QWidget):
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event_id: str,
        pool: Pool,
        laptop: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.dataset, self.event_id, self.pool, self.laptop = (
            sessions, dataset, event_id, pool, laptop,
        )  # fmt: skip
        self.rows: list[VisitRow] = []

        self.office = named(QComboBox(), "visitOffice")
        self.office.setEditable(True)
        self.office.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as a name, not as the longest district: the lists need the room.
        self.office.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.office.setMinimumContentsLength(OFFICE_CHARACTERS)
        for member in offices(dataset):
            self.office.addItem(f"{member.name} ({member.district})", member.id)
        # Any part of the name finds the office: "garcia", "suffolk".
        completer = QCompleter(self.office.model(), self.office)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.office.setCompleter(completer)
        self.office.setCurrentIndex(-1)
        typed = self.office.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Type part of the member's name"))
        self.date = named(QDateEdit(QDate.currentDate()), "visitDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")  # one way in every language, as listed
        self.met = named(QComboBox(), "visitMet")
        for code, words in MET.items():
            self.met.addItem(self.tr(words), code)
        self.staffer = named(QLineEdit(), "visitStaffer")
        self.staffer.setPlaceholderText(self.tr("The staffer's name"))
        self.met.currentIndexChanged.connect(lambda _i: self._met_changed())
        self.position = named(QComboBox(), "visitPosition")
        for code, words in POSITIONS.items():
            self.position.addItem(self.tr(words), code)
        self.position.setCurrentIndex(list(POSITIONS).index("not_said"))
        self.commitment = named(QLineEdit(), "visitCommitment")
        self.commitment.setPlaceholderText(self.tr("In their words"))
        self.follow_up = named(QCheckBox(self.tr("Follow-up needed")), "visitFollowUp")
        self.follow_up_note = named(QLineEdit(), "visitFollowUpNote")
        self.follow_up_note.setPlaceholderText(self.tr("What to do, and by whom"))
        self.follow_up.toggled.connect(self.follow_up_note.setEnabled)
        self.notes = named(QLineEdit(), "visitNotes")
        self.notes.returnPressed.connect(self.save)
        self.save_button = named(QPushButton(self.tr("Save visit")), "saveVisit")
        self.save_button.clicked.connect(self.save)
        self.message = named(QLabel(), "visitMessage")
        self.message.setWordWrap(True)
        self._met_changed()
        self.follow_up_note.setEnabled(False)

        # Who was met beside the staffer's name, the follow-up beside what to do, Save beside
        # the notes: three rows fewer keep the form, and so the volunteer view, inside a
        # 768-pixel screen.
        self.staffer.setAccessibleName(self.tr("Staffer:"))
        self.follow_up_note.setAccessibleName(self.tr("What to do:"))
        self.notes.setAccessibleName(self.tr("Notes:"))
        self.met.setAccessibleName(self.tr("Met:"))
        met_row, follow_row, notes_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        met_row.addWidget(self.met)
        met_row.addWidget(self.staffer, 1)
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_note, 1)
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_button)  # Enter in the notes saves too
        form = QFormLayout()
        form.setVerticalSpacing(4)
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            (self.tr("Office:"), self.office),
            (self.tr("Date:"), self.date),
            (self.tr("Met:"), met_row),
            (self.tr("Position:"), self.position),
            (self.tr("Commitment:"), self.commitment),
            (self.tr("Follow-up:"), follow_row),
            (self.tr("Notes:"), notes_row),
        )
        for label, field in rows:
            form.addRow(label, field)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addStretch(1)

        self.visits_table = _table(VISIT_COLUMNS, VISIT_COLUMNS.index("Commitment"), "visitsTable")
        self.visits_table.setHorizontalHeaderLabels([self.tr(c) for c in VISIT_COLUMNS])
        self.visits_table.setAccessibleName(self.tr("Visits by office"))
        self.follow_table = _table(FOLLOW_UP_COLUMNS, 2, "followUpTable")
        self.follow_table.setHorizontalHeaderLabels([self.tr(c) for c in FOLLOW_UP_COLUMNS])
        self.follow_table.setAccessibleName(self.tr("Follow-up list"))
        self.lists = named(QTabWidget(), "visitLists")
        self.lists.addTab(self.visits_table, self.tr("By office"))
        self.lists.addTab(self.follow_table, self.tr("Follow-up"))
        self.export_button = named(QPushButton(self.tr("Export as CSV…")), "exportVisits")
        self.export_button.clicked.connect(lambda: self.export())
        right = QVBoxLayout()
        right.addWidget(self.lists, 1)
        right.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        # The form takes what its words need, in any language; the lists the rest.
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

    def _met_changed(self) -> None:
        self.staffer.setEnabled(self.met.currentData() == "staff")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- the form ----------------------------------------------------------------------

    def chosen_member(self) -> str:
        """The member whose office was picked ("" when the text is not one of the list)."""
        index = self.office.findText(self.office.currentText(), Qt.MatchFlag.MatchFixedString)
        data = self.office.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) else ""

    def report(self) -> VisitReport:
        picked = self.date.date()
        return VisitReport(
            member_id=self.chosen_member(),
            visited_on=dt.date(picked.year(), picked.month(), picked.day()),
            met=self.met.currentData(),
            position=self.position.currentData(),
            staffer=self.staffer.text() if self.met.currentData() == "staff" else "",
            commitment=self.commitment.text(),
            follow_up=self.follow_up.isChecked(),
            follow_up_note=self.follow_up_note.text() if self.follow_up.isChecked() else "",
            notes=self.notes.text(),
        )

    def save(self) -> None:
        report = self.report()
        office = self.office.currentText()

        def work() -> str:
            with self.sessions.begin() as session:
                return add_visit(session, self.dataset, self.event_id, report, self.laptop)

        def saved(_id: str) -> None:
            self.message.setProperty("role", "")
            self.message.setText(self.tr("Saved the visit to %1.").replace("%1", office))
            self._clear()
            self.refresh()

        run_in_background(self.pool, lambda _task: work(), saved, self._failed)

    def _problem(self, field: str) -> str:
        words = {
            "member": self.tr("Choose the office visited from the list of members."),
            "staffer": self.tr("Write the staffer's name (or choose Nobody)."),
            "date": self.tr("The visit's date is in the future."),
        }
        return words.get(
            field, self.tr("Keep each text under %1 characters.").replace("%1", "2000")
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setProperty("role", "error")
        self.message.style().polish(self.message)
        if isinstance(error, VisitInvalid):
            self.message.setText(" ".join(dict.fromkeys(self._problem(f) for f in error.problems)))
            focus = {"member": self.office, "staffer": self.staffer, "date": self.date}
            first = next((focus[f] for f in error.problems if f in focus), None)
            if first is not None:
                first.setFocus()
        else:
            self.message.setText(
                self.tr("Something went wrong: %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                )
            )

    def _clear(self) -> None:
        """Empty for the next office; the date stays (a lobby day is one day)."""
        self.office.setCurrentIndex(-1)
        self.office.clearEditText()
        self.met.setCurrentIndex(0)
        self.staffer.clear()
        self.position.setCurrentIndex(list(POSITIONS).index("not_said"))
        for field in (self.commitment, self.follow_up_note, self.notes):
            field.clear()
        self.follow_up.setChecked(False)
        self.office.setFocus()

    # -- the lists ---------------------------------------------------------------------

    def refresh(self) -> None:
        def load() -> list[VisitRow]:
            with self.sessions() as session:
                return event_visits(session, self.event_id)

        run_in_background(self.pool, lambda _task: load(), self._show, self._failed)

    def _met(self, row: VisitRow) -> str:
        if row.met == "staff" and row.staffer:
            return self.tr("Staff: %1").replace("%1", row.staffer)
        return self.tr(MET.get(row.met, row.met))

    def _show(self, rows: list[VisitRow]) -> None:
        self.rows = rows
        _fill(
            self.visits_table,
            [
                (
                    r.member_name,
                    r.visited_on.isoformat(),
                    self._met(r),
                    self.tr(POSITIONS.get(r.position, r.position)),
                    r.commitment,
                )
                for r in rows
            ],
        )
        _fill(
            self.follow_table,
            [(r.member_name, r.visited_on.isoformat(), r.follow_up_note) for r in follow_ups(rows)],
        )
        count = str(len(follow_ups(rows)))
        self.lists.setTabText(1, self.tr("Follow-up (%1)").replace("%1", count))

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export visits as CSV"), "visits.csv", "CSV (*.csv)"
            )
        if not path:
            return
        from desktop.lobby.visits_csv import export_visits

        rows, out = list(self.rows), Path(path)

        def done(count: int) -> None:
            self.message.setProperty("role", "")
            self.message.setText(
                self.tr("Wrote %n visit reports to %1.", "", count).replace("%1", out.name)
            )

        run_in_background(self.pool, lambda _task: export_visits(rows, out), done, self._failed)
