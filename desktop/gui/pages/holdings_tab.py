"""The volunteer view's Holdings tab: what this laptop holds about people, and a wipe.

Per event: how many sign-ups hold personal data, the oldest, when it will be purged
(desktop/privacy/holdings.py); what is sealed and what is plain; the current event's
retention period, which the organizer can change; and "Wipe this laptop…", which asks
for the passphrase and the word WIPE before destroying the keys and every record
(desktop/privacy/wipe.py). Counts and times only: nothing here opens a sealed record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.keys import WrongPassphrase
from desktop.privacy.retention import MAX_RETENTION_DAYS
from desktop.privacy.wipe import CONFIRM_WORD

if TYPE_CHECKING:
    from desktop.privacy.holdings import EventHolding
    from desktop.privacy.wipe import WipeReport
    from desktop.store.sessions import SessionFactory

HEADERS = (
    QT_TRANSLATE_NOOP("HoldingsTab", "Event"),
    QT_TRANSLATE_NOOP("HoldingsTab", "Date"),
    QT_TRANSLATE_NOOP("HoldingsTab", "Sign-ups with personal data"),
    QT_TRANSLATE_NOOP("HoldingsTab", "Oldest"),
    QT_TRANSLATE_NOOP("HoldingsTab", "Purged"),
)


class HoldingsTab(QWidget):
    wiped = Signal()  # everything is gone: the app must start anew

    def __init__(
        self,
        sessions: SessionFactory,
        event_id: str,
        pool: Pool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.event_id, self.pool = sessions, event_id, pool
        self.table = named(QTableWidget(0, len(HEADERS)), "holdingsTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # As tall as its rows, not Qt's default 192 pixels: the view's scroll area lays out
        # by preferred heights (its labels wrap), so a tall default pushed the controls
        # below a 768-pixel screen.
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setAccessibleName(self.tr("What this laptop holds"))
        self.kinds = named(QLabel(), "holdingsKinds")
        self.kinds.setWordWrap(True)
        self.kinds.setText(
            self.tr(
                "Sealed (only the organizer's passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back."
            )
        )
        self.days = named(QSpinBox(), "retentionDays")
        self.days.setRange(0, MAX_RETENTION_DAYS)
        self.days.setAccessibleName(self.tr("Days to keep personal data"))
        save = named(QPushButton(self.tr("Save")), "saveRetention")
        save.clicked.connect(self.save_retention)
        retention = QHBoxLayout()
        keep = QLabel(
            self.tr(
                "Keep this event's personal data, after everything is sent and printed, for (days):"
            )
        )
        keep.setWordWrap(True)  # in a long language it takes two lines, not the row's width
        retention.addWidget(keep, 1)
        retention.addWidget(self.days)
        retention.addWidget(save)
        self.wipe_button = named(QPushButton(self.tr("Wipe this laptop…")), "wipe")
        self.wipe_button.clicked.connect(self.ask_to_wipe)
        self.message = named(QLabel(), "holdingsMessage")
        self.message.setWordWrap(True)
        # Wiping sits at the end of the retention row, not on a row of its own: the tab
        # then fits under the volunteer view's panel on a 768-pixel screen.
        retention.addWidget(self.wipe_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kinds)
        layout.addLayout(retention)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        from desktop.privacy.holdings import holdings

        sessions = self.sessions
        run_in_background(self.pool, lambda _task: holdings(sessions), self._show)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _show(self, held: list[EventHolding]) -> None:
        self.table.setRowCount(len(held))
        for row, h in enumerate(held):
            if h.event_id == self.event_id:
                self.days.setValue(h.retention_days)
            for column, text in enumerate(
                (h.name, h.date.isoformat(), str(h.signups),
                 f"{h.oldest:%Y-%m-%d %H:%M}" if h.oldest else "", self._when(h))
            ):  # fmt: skip
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole, where the column cuts it short
                self.table.setItem(row, column, item)

    def _when(self, h: EventHolding) -> str:
        if not h.signups:
            return self.tr("nothing held")
        if h.messages_waiting and h.letters_waiting:
            return (
                self.tr("%1 days after %2 messages are sent and %3 letters printed")
                .replace("%1", str(h.retention_days))
                .replace("%2", str(h.messages_waiting))
                .replace("%3", str(h.letters_waiting))
            )
        if h.letters_waiting:  # "after 0 messages are sent" would say nothing true
            return self.tr(
                "%1 days after the last of %n waiting letters is printed", "", h.letters_waiting
            ).replace("%1", str(h.retention_days))
        if h.messages_waiting:
            return self.tr(
                "%1 days after the last of %n waiting messages is sent", "", h.messages_waiting
            ).replace("%1", str(h.retention_days))
        return f"{h.purge_at:%Y-%m-%d %H:%M} UTC"

    def save_retention(self) -> None:
        from desktop.events import set_retention

        days, sessions, event_id = self.days.value(), self.sessions, self.event_id

        def save(_task: object) -> int:
            with sessions.begin() as session:
                return set_retention(session, event_id, days).retention_days

        def saved(kept: int) -> None:
            self.message.setText(self.tr("Saved: kept %1 days.").replace("%1", str(kept)))
            self.refresh()

        run_in_background(self.pool, save, saved)

    def ask_to_wipe(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Wipe this laptop"),
            self.tr(
                "This destroys the organizer's keys and every sign-up on this laptop, for good. Organizer passphrase:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return
        word, ok = QInputDialog.getText(
            self,
            self.tr("Wipe this laptop"),
            self.tr("Type WIPE to go on:").replace("WIPE", CONFIRM_WORD),
        )
        if not ok or word.strip() != CONFIRM_WORD:
            self.message.setText(self.tr("Nothing was wiped."))
            return
        self.wipe(passphrase)

    def wipe(self, passphrase: str) -> None:
        from desktop.privacy.wipe import wipe_with_passphrase

        sessions = self.sessions
        self.wipe_button.setEnabled(False)

        def done(_report: WipeReport) -> None:
            self.message.setText(
                self.tr("Wiped. The app closes now; start it again to set it up anew.")
            )
            self.wiped.emit()

        def failed(error: BaseException) -> None:
            self.wipe_button.setEnabled(True)
            self.message.setText(
                str(error) if isinstance(error, WrongPassphrase) else self.tr("Nothing was wiped.")
            )

        run_in_background(
            self.pool, lambda _task: wipe_with_passphrase(sessions, passphrase), done, failed
        )
