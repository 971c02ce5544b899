"""The volunteer view's outbox: every message of the event, failed ones with their reason.

After a data update, letters and emails for a member who left office are *flagged*
(none goes to a former member): "Re-target flagged" points them at the seat's member
now, where there is one; "Drop flagged" gives them up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.districts.dataset import Dataset
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.fit_columns import fit_columns
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pools, run_in_background
from desktop.outbox.kinds import label as kind_label
from desktop.outbox.listing import OutboxRow, outbox_rows, retry, state_words
from desktop.signin.retarget import Flagged, RetargetReport, count_flagged, drop_flagged, retarget
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from desktop.outbox.withdrawal import Withdrawal

CONTEXT = "OutboxTab"
COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxTab", "Message"),
    QT_TRANSLATE_NOOP("OutboxTab", "To"),
    QT_TRANSLATE_NOOP("OutboxTab", "State"),
    QT_TRANSLATE_NOOP("OutboxTab", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxTab", "Why it failed"),
)
# The words desktop/outbox/ shows the volunteer (kinds.py's labels, listing.py's states and
# fixed recipients), in English there: translated here, where they are shown. A word not
# listed (a legislator's name, a kind or state a newer version wrote) is shown as it is.
WORDS = (
    QT_TRANSLATE_NOOP("OutboxTab", "Email to legislator"),
    QT_TRANSLATE_NOOP("OutboxTab", "Confirmation"),
    QT_TRANSLATE_NOOP("OutboxTab", "Action Network record"),
    QT_TRANSLATE_NOOP("OutboxTab", "Action Network unsubscribe"),
    QT_TRANSLATE_NOOP("OutboxTab", "the signer"),
    QT_TRANSLATE_NOOP(
        "OutboxTab", "the signer's State Representative, once the district is decided"
    ),
    QT_TRANSLATE_NOOP("OutboxTab", "the signer's State Senator, once the district is decided"),
    QT_TRANSLATE_NOOP("OutboxTab", "the signer's legislator, once the district is decided"),
    QT_TRANSLATE_NOOP("OutboxTab", "a former member"),
    QT_TRANSLATE_NOOP("OutboxTab", "waiting for the district"),
    QT_TRANSLATE_NOOP("OutboxTab", "to send"),
    QT_TRANSLATE_NOOP("OutboxTab", "sending"),
    QT_TRANSLATE_NOOP("OutboxTab", "sent"),
    QT_TRANSLATE_NOOP("OutboxTab", "failed"),
    QT_TRANSLATE_NOOP("OutboxTab", "member left: re-target or drop"),
    QT_TRANSLATE_NOOP("OutboxTab", "not sent: consent withdrawn"),
)


def shown(words: str) -> str:
    """Words from desktop/outbox/ in the volunteer's language, where WORDS has them."""
    return QCoreApplication.translate(CONTEXT, words)


class OutboxTab(QWidget):
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event_id: str,
        pools: Pools,
        withdraw: Callable[[str], Withdrawal] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.dataset, self.event_id, self.pools = sessions, dataset, event_id, pools
        self.withdraw = withdraw  # consent withdrawal by email or phone (outbox/withdrawal.py)
        self.rows: list[OutboxRow] = []
        self.summary = named(QLabel(), "outboxSummary")
        self.table = named(QTableWidget(0, len(COLUMNS)), "outboxTable")
        self.table.setHorizontalHeaderLabels([shown(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Outbox"))
        fit_columns(self.table, len(COLUMNS) - 1)  # why it failed takes what is left
        self.retry_button = named(QPushButton(self.tr("Retry failed")), "retryFailed")
        self.retry_button.clicked.connect(self.retry_failed)
        refresh = named(QPushButton(self.tr("Refresh")), "refreshOutbox")
        refresh.clicked.connect(self.refresh)
        self.flagged = named(QLabel(), "flaggedSummary")
        self.flagged.setWordWrap(True)
        self.flagged.setProperty("role", "error")
        self.retarget_button = named(QPushButton(self.tr("Re-target flagged")), "retargetFlagged")
        self.retarget_button.setToolTip(
            self.tr("Send them to the seat's member now, where there is one")
        )
        self.retarget_button.clicked.connect(self.retarget_flagged)
        self.drop_button = named(QPushButton(self.tr("Drop flagged…")), "dropFlagged")
        self.drop_button.clicked.connect(self.drop_flagged)
        self.withdraw_button = named(QPushButton(self.tr("Withdraw consent…")), "withdrawConsent")
        self.withdraw_button.setToolTip(
            self.tr(
                "Take someone off the updates list, here and in Action Network, by email or phone"
            )
        )
        self.withdraw_button.clicked.connect(self.ask_withdrawal)
        self.withdraw_button.setVisible(withdraw is not None)
        # Three to a row, as in the Sign-ups tab: five in one row made the view wider than
        # a 1280-pixel screen in Spanish.
        buttons = QGridLayout()
        for n, button in enumerate(
            (self.retry_button, self.retarget_button, self.drop_button, refresh,
             self.withdraw_button)
        ):  # fmt: skip
            buttons.addWidget(button, n // 3, n % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        run_in_background(
            self.pools.database,
            lambda _task: outbox_rows(self.sessions, self.dataset, self.event_id),
            self._show,
        )
        run_in_background(
            self.pools.database,
            lambda _task: count_flagged(self.sessions, self.event_id),
            self._show_flagged,
        )

    def _show_flagged(self, flagged: Flagged) -> None:
        self.flagged.setText(
            self.tr(
                "%1 and %2 are for a member who is no longer in office: re-target them to the seat's member now, or drop them."
            )
            .replace("%1", self.tr("%n letter(s)", "", flagged.letters))
            .replace("%2", self.tr("%n email(s)", "", flagged.emails))
            if flagged
            else ""
        )
        self.flagged.setVisible(bool(flagged))
        self.retarget_button.setVisible(bool(flagged))
        self.drop_button.setVisible(bool(flagged))

    def retarget_flagged(self) -> None:
        def done(_report: RetargetReport) -> None:
            self.refresh()

        run_in_background(
            self.pools.database, lambda _task: retarget(self.sessions, self.dataset), done
        )

    def drop_flagged(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Drop flagged"),
            self.tr("Drop the flagged letters and emails? They will not be sent to anyone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_in_background(
                self.pools.database,
                lambda _task: drop_flagged(self.sessions, self.event_id),
                lambda _dropped: self.refresh(),
            )

    def _show(self, rows: list[OutboxRow]) -> None:
        self.rows = rows
        self.table.setRowCount(0)
        for row in rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            for column, value in enumerate(
                (
                    shown(kind_label(row.kind)),
                    shown(row.recipient),
                    shown(state_words(row.state)),
                    str(row.attempts),
                    row.last_error,
                )
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # whole, where the column cuts it short
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        self.summary.setText(
            ", ".join(
                self.tr("%1 %2", "a count, then a state: 2 sent")
                .replace("%2", shown(state_words(state)))
                .replace("%1", str(n))
                for state, n in sorted(counts.items())
            )
            or self.tr("The outbox is empty.")
        )

    def retry_failed(self) -> None:
        items = (self.table.item(i.row(), 0) for i in self.table.selectionModel().selectedRows())
        selected = {item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None}
        ids = [
            r.id for r in self.rows if r.state == "failed" and (not selected or r.id in selected)
        ]
        run_in_background(
            self.pools.database, lambda _task: retry(self.sessions, ids), lambda _n: self.refresh()
        )

    def ask_withdrawal(self) -> None:
        contact, chosen = QInputDialog.getText(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "The email address or phone number of the person who asks to be taken off the updates list:"
            ),
        )
        if chosen and contact.strip():
            self.withdraw_contact(contact.strip())

    def withdraw_contact(self, contact: str) -> None:
        """Carry out a withdrawal in the database thread, then say what it did."""
        if self.withdraw is None:
            return
        withdraw = self.withdraw
        run_in_background(
            self.pools.database,
            lambda _task: withdraw(contact),
            lambda done: self._withdrawn(self.withdrawal_text(done)),
            lambda error: self._withdrawn(
                self.tr("Nothing was changed: %1").replace("%1", self._why(error))
            ),
        )

    def withdrawal_text(self, done: Withdrawal) -> str:
        """What a withdrawal did (Withdrawal.lines(), in the volunteer's language)."""
        if not done.signups:
            return self.tr("No sign-up has that email address or phone number.")
        return " ".join(
            (
                self.tr("Updates consent withdrawn for %n sign-up(s).", "", done.signups),
                self.tr("Action Network records not yet sent, dropped: %1.").replace(
                    "%1", str(done.dropped)
                ),
                self.tr(
                    "Unsubscribes queued for records already sent: %1 (they go at the next sync)."
                ).replace("%1", str(done.unsubscribes))
                if done.unsubscribes
                else self.tr("Unsubscribes queued for records already sent: 0."),
            )
        )

    def _why(self, error: BaseException) -> str:
        from desktop.outbox.withdrawal import NotAContact

        if isinstance(error, NotAContact):
            return self.tr("That is neither an email address nor a phone number.")
        return str(error)

    def _withdrawn(self, text: str) -> None:
        self.summary.setText(text)
        self.refresh()
