"""The volunteer view's Delivery tab: scan a stack's cover sheet as it is left at an office.

A USB barcode or QR scanner types the code and presses Enter, so the scan field is a
plain text field: a code typed by hand works the same. The field keeps the focus and is
emptied after each scan, ready for the next. What the scan did shows beside it (an
unknown code, a letter's code, a stack already delivered: when and by whom); the stacks
still to deliver are listed below in walking order; "Undo" takes back the last scan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.fit_columns import fit_columns
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.lobby.delivery import Delivery, StackView, deliver, event_stacks, undo_delivery
from desktop.lobby.laptop import INITIALS_LIMIT, by_whom
from desktop.store.sessions import SessionFactory

COLUMNS = (
    QT_TRANSLATE_NOOP("DeliveryTab", "Room"),
    QT_TRANSLATE_NOOP("DeliveryTab", "Member"),
    QT_TRANSLATE_NOOP("DeliveryTab", "District"),
    QT_TRANSLATE_NOOP("DeliveryTab", "Letters"),
    QT_TRANSLATE_NOOP("DeliveryTab", "Stack"),
    QT_TRANSLATE_NOOP("DeliveryTab", "Delivered"),
)


def local_time(when: dt.datetime) -> str:
    """A stored UTC time as the laptop's clock shows it."""
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


class DeliveryTab(QWidget):
    def __init__(
        self,
        sessions: SessionFactory,
        event_id: str,
        pool: Pool,
        who: Callable[[str], str] = by_whom,
        parent: QWidget | None = None,
    ) -> None:
        """`who(initials)`: how a delivery is signed (the laptop, and the initials)."""
        super().__init__(parent)
        self.sessions, self.event_id, self.pool, self.who = sessions, event_id, pool, who
        self.last_delivered: str | None = None  # the code the Undo button takes back
        self.stacks: list[StackView] = []

        self.scan = named(QLineEdit(), "scanCode")
        self.scan.setAccessibleName(self.tr("Stack code"))
        self.scan.setPlaceholderText(self.tr("Scan or type a cover sheet's code"))
        self.scan.returnPressed.connect(self.scan_entered)
        self.scan_message = named(QLabel(), "scanMessage")
        self.scan_message.setProperty("role", "error")
        self.scan_message.setWordWrap(True)
        self.initials = named(QLineEdit(), "deliveryInitials")
        self.initials.setMaxLength(INITIALS_LIMIT)
        self.initials.setAccessibleName(self.tr("Your initials (optional)"))
        # Typed once, above the field the scanner types into; Enter goes back to it.
        self.initials.returnPressed.connect(self.scan.setFocus)
        self.marked = named(QLabel(), "deliveryMarked")
        self.marked.setWordWrap(True)
        self.undo_button = named(QPushButton(self.tr("Undo last scan")), "undoScan")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.show_delivered = named(
            QCheckBox(self.tr("Show delivered stacks too")), "showDelivered"
        )
        self.show_delivered.toggled.connect(lambda _on: self._show(self.stacks))
        self.summary = named(QLabel(), "deliverySummary")
        self.table = named(QTableWidget(0, len(COLUMNS)), "stacksTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Stacks to deliver"))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner types into the field
        fit_columns(self.table, COLUMNS.index("Member"))

        scan_row = QHBoxLayout()
        code_label = QLabel(self.tr("Code:"))
        code_label.setBuddy(self.scan)
        scan_row.addWidget(code_label)
        scan_row.addWidget(self.scan, 2)
        scan_row.addWidget(self.scan_message, 3)
        who_row = QHBoxLayout()
        initials_label = QLabel(self.tr("Your initials (optional):"))
        initials_label.setBuddy(self.initials)
        who_row.addWidget(initials_label)
        who_row.addWidget(self.initials)
        who_row.addStretch(1)
        who_row.addWidget(self.show_delivered)
        marked_row = QHBoxLayout()
        marked_row.addWidget(self.marked, 1)
        marked_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter)."
                )
            )
        )
        layout.addLayout(who_row)
        layout.addLayout(scan_row)
        layout.addLayout(marked_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.initials, self.scan)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        def load() -> list[StackView]:
            with self.sessions() as session:
                return event_stacks(session, self.event_id)

        run_in_background(self.pool, lambda _task: load(), self._show, self._failed)

    def _show(self, stacks: list[StackView]) -> None:
        self.stacks = stacks
        shown = [s for s in stacks if self.show_delivered.isChecked() or not s.delivered]
        self.table.setRowCount(0)
        for view in shown:
            row = self.table.rowCount()
            self.table.insertRow(row)
            delivered = (
                self.tr("%1 by %2")
                .replace("%1", local_time(view.delivered_at))
                .replace("%2", view.delivered_by)
                if view.delivered_at is not None
                else ""
            )
            values = (
                view.room, view.member_name, view.district, str(view.letters), view.code,
                delivered,
            )  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        left = [s for s in stacks if not s.delivered]
        if not stacks:
            text = self.tr("No stacks yet: print the letters by office in the Letters tab.")
        else:
            text = (
                self.tr(
                    "%1 of %2 stacks still to deliver (%n letters).",
                    "",
                    sum(s.letters for s in left),
                )
                .replace("%1", str(len(left)))
                .replace("%2", str(len(stacks)))
            )
        self.summary.setText(text)

    # -- scanning ----------------------------------------------------------------------

    def scan_entered(self) -> None:
        typed = self.scan.text()
        self.scan.clear()  # ready for the next scan straight away
        if not typed.strip():
            return
        by = self.who(self.initials.text())

        def work() -> Delivery:
            with self.sessions.begin() as session:
                return deliver(session, typed, by)

        run_in_background(self.pool, lambda _task: work(), self._scanned, self._failed)

    def _scanned(self, outcome: Delivery) -> None:
        stack = outcome.stack
        self.scan_message.clear()
        if outcome.outcome == "delivered" and stack is not None:
            self.last_delivered = stack.code
            self.undo_button.setEnabled(True)
            self.marked.setText(
                self.tr("Delivered: %1, room %2, %n letters.", "", stack.letters)
                .replace("%1", stack.member_name)
                .replace("%2", stack.room or "?")
            )
        elif outcome.outcome == "already" and stack is not None and stack.delivered_at:
            self.scan_message.setText(
                self.tr("Already delivered: %1, at %2 by %3.")
                .replace("%1", stack.member_name)
                .replace("%2", local_time(stack.delivered_at))
                .replace("%3", stack.delivered_by)
            )
        elif outcome.outcome == "letter":
            self.scan_message.setText(
                self.tr(
                    "%1 is a letter's code: scan the cover sheet on top of the stack (its code begins with S-)."
                ).replace("%1", outcome.code)
            )
        elif outcome.outcome == "unknown":
            self.scan_message.setText(
                self.tr(
                    "No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one."
                ).replace("%1", outcome.code)
            )
        else:
            self.scan_message.setText(
                self.tr("%1 is not a stack's code (they look like S-K7QX-M2PA).").replace(
                    "%1", outcome.code
                )
            )
        self.refresh()
        self.scan.setFocus()

    def undo(self) -> None:
        code = self.last_delivered
        if code is None:
            return

        def work() -> StackView | None:
            with self.sessions.begin() as session:
                return undo_delivery(session, code)

        def done(stack: StackView | None) -> None:
            self.last_delivered = None
            self.undo_button.setEnabled(False)
            self.scan_message.clear()
            self.marked.setText(
                self.tr("Undone: %1 is still to deliver.").replace("%1", stack.member_name)
                if stack is not None
                else ""
            )
            self.refresh()
            self.scan.setFocus()

        run_in_background(self.pool, lambda _task: work(), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.scan_message.setText(
            self.tr("Something went wrong: %1").replace("%1", f"{type(error).__name__}: {error}")
        )
