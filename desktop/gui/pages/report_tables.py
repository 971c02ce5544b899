"""The Report tab's tables: the event's totals and languages, each House and Senate
district, each town. Exact counts (the view is behind the passphrase)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget

from desktop.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from desktop.gui.widgets.named import named
from desktop.lobby.report import UNDECIDED, EventReport

DISTRICT_HEADERS = (
    QT_TRANSLATE_NOOP("ReportTables", "District"),
    QT_TRANSLATE_NOOP("ReportTables", "Member"),
    QT_TRANSLATE_NOOP("ReportTables", "Sign-ups"),
    QT_TRANSLATE_NOOP("ReportTables", "Letters printed"),
    QT_TRANSLATE_NOOP("ReportTables", "Letters delivered"),
    QT_TRANSLATE_NOOP("ReportTables", "Position"),
)
TOWN_HEADERS = (
    QT_TRANSLATE_NOOP("ReportTables", "Town"),
    QT_TRANSLATE_NOOP("ReportTables", "Sign-ups"),
    QT_TRANSLATE_NOOP("ReportTables", "Pending"),
)
TOTAL_HEADERS = (
    QT_TRANSLATE_NOOP("ReportTables", "Event"),
    QT_TRANSLATE_NOOP("ReportTables", "Count"),
)
POSITIONS = {
    "supports": QT_TRANSLATE_NOOP("ReportTables", "Supports"),
    "undecided": QT_TRANSLATE_NOOP("ReportTables", "Undecided"),
    "opposes": QT_TRANSLATE_NOOP("ReportTables", "Opposes"),
    "not_said": QT_TRANSLATE_NOOP("ReportTables", "Did not say"),
}


class ReportTables(QObject):
    """Four tables in tabs of their own; `show_report` fills them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = named(QTabWidget(), "reportTables")
        # Every tab's title whole: scroll arrows would be clipped on a crowded screen.
        self.tabs.setUsesScrollButtons(False)
        self.totals = self._table("reportTotals", TOTAL_HEADERS)
        self.house = self._table("reportHouse", DISTRICT_HEADERS)
        self.senate = self._table("reportSenate", DISTRICT_HEADERS)
        self.towns = self._table("reportTowns", TOWN_HEADERS)
        for table, title in (
            (self.totals, self.tr("Totals")),
            (self.house, self.tr("House")),
            (self.senate, self.tr("Senate")),
            (self.towns, self.tr("Towns")),
        ):
            table.setAccessibleName(title)
            self.tabs.addTab(table, title)

    def _table(self, name: str, headers: Sequence[str]) -> QTableWidget:
        table = named(QTableWidget(0, len(headers)), name)
        table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setSortingEnabled(False)
        return table

    def show_report(self, report: EventReport) -> None:
        totals = [
            (self.tr("Sign-ups"), report.signups),
            (self.tr("Pending (split town, ward and precinct not yet known)"), report.pending),
            (self.tr("Letters printed"), report.letters_printed),
            (self.tr("Letters delivered"), report.letters_delivered),
            (self.tr("Emails sent to legislators"), report.emails_sent),
            (self.tr("Records sent to the CRM"), report.crm_records),
            (self.tr("Visit reports"), report.visits),
        ]
        totals += [
            (self.tr("Sign-ups in %1").replace("%1", LANGUAGES.get(code, code)), n)
            for code, n in report.languages.items()
        ]
        self._fill(self.totals, totals)
        for table, chamber in ((self.house, "house"), (self.senate, "senate")):
            rows = [
                (r.district, r.member, r.signups, r.letters_printed, r.letters_delivered,
                 self.tr(POSITIONS[r.position]) if r.position else self.tr("Not visited"))
                for r in report.districts.get(chamber, [])
            ]  # fmt: skip
            self._fill(table, rows)
        towns = [
            (t.town if t.town != UNDECIDED else self.tr("(town not found)"), t.signups, t.pending)
            for t in report.towns
        ]
        self._fill(self.towns, towns)

    @staticmethod
    def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))  # whole, where the column cuts it short
                if isinstance(value, int):  # numbers line up on the right
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
