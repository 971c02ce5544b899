"""First start: the organizer sets a passphrase and creates an event. Later, a new event.

The passphrase is asked twice and checked for strength before the key pair is made (its
strength shows as it is typed, the event's name and place counting as guessable words);
making it takes a moment (Argon2id), so it runs in the database thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.campaigns import Campaign
from desktop.events import ACTIONS, EventError, EventSpec
from desktop.gui.i18n import LANGUAGES
from desktop.gui.widgets.named import named
from desktop.gui.widgets.passphrase_strength import PassphraseStrength
from desktop.gui.workers import Pool, run_in_background

# (passphrase or None, event spec) -> the new event's id; runs in the database thread.
SetupAction = Callable[[str | None, EventSpec], str]


class SetupPage(QWidget):
    event_created = Signal(str)

    def __init__(
        self,
        campaigns: Sequence[Campaign],
        needs_passphrase: bool,
        create_event: SetupAction,
        pool: Pool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.create_event, self.pool, self.needs_passphrase = create_event, pool, needs_passphrase
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Set up the tabling app") if needs_passphrase else self.tr("New event")
        )
        title.setObjectName("heading")
        layout.addWidget(title)

        self.passphrase = named(QLineEdit(), "passphrase")
        self.confirm = named(QLineEdit(), "confirm")
        self.strength = PassphraseStrength()
        if needs_passphrase:
            box = QGroupBox(self.tr("Organizer passphrase"))
            form = QFormLayout(box)
            note = QLabel(
                self.tr(
                    "Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
            for field, label in (
                (self.passphrase, self.tr("Passphrase")),
                (self.confirm, self.tr("The same again")),
            ):
                field.setEchoMode(QLineEdit.EchoMode.Password)
                field.setAccessibleName(label)
                form.addRow(label, field)
                if field is self.passphrase:
                    form.addRow("", self.strength)
            layout.addWidget(box)

        box = QGroupBox(self.tr("Event"))
        form = QFormLayout(box)
        self.name = named(QLineEdit(), "eventName")
        self.date = named(QDateEdit(QDate.currentDate()), "eventDate")
        self.date.setCalendarPopup(True)
        self.place = named(QLineEdit(), "eventPlace")
        self.campaign = named(QComboBox(), "eventCampaign")
        for campaign in campaigns:
            self.campaign.addItem(campaign.title, campaign.id)
        fields: tuple[tuple[QWidget, str], ...] = (
            (self.name, self.tr("Name")),
            (self.date, self.tr("Date")),
            (self.place, self.tr("Place")),
            (self.campaign, self.tr("Campaign")),
        )
        for widget, label in fields:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.action_boxes = self._checks(
            form,
            self.tr("Actions offered"),
            {
                "letter": self.tr("Printed letter"),
                "email": self.tr("Email in the signer's name"),
                "call": self.tr("Call"),
            },
            ACTIONS,
        )
        self.languages = self._checks(
            form, self.tr("Languages offered"), dict(LANGUAGES), tuple(LANGUAGES)
        )
        self.languages["en"].setEnabled(False)  # the volunteer's side is in English
        layout.addWidget(box)
        for field in (self.passphrase, self.name, self.place):
            field.textChanged.connect(self._judge_passphrase)

        self.error = named(QLabel(), "setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.start = named(QPushButton(self.tr("Start signing people in")), "start")
        self.start.clicked.connect(self.submit)
        layout.addWidget(self.error)
        layout.addWidget(self.start)
        layout.addStretch(1)

    def _checks(
        self, form: QFormLayout, label: str, names: dict[str, str], codes: Sequence[str]
    ) -> dict[str, QCheckBox]:
        row = QHBoxLayout()
        boxes = {}
        for code in codes:
            box = named(QCheckBox(names[code]), f"offer_{code}")
            box.setChecked(True)
            box.setAccessibleName(names[code])
            row.addWidget(box)
            boxes[code] = box
        form.addRow(label, row)
        return boxes

    def _judge_passphrase(self) -> None:
        if self.needs_passphrase:
            self.strength.show_strength(
                self.passphrase.text(), (self.name.text(), self.place.text())
            )

    def _check_event(self) -> None:
        """EventSpec.checked()'s checks, in the volunteer's words, with the field focused."""
        if not self.name.text().strip():
            self.name.setFocus()
            raise EventError(self.tr("The event needs a name."))
        if not self.place.text().strip():
            self.place.setFocus()
            raise EventError(self.tr("The event needs a place: the town will do."))
        if not any(box.isChecked() for box in self.action_boxes.values()):
            raise EventError(self.tr("Choose at least one action to offer."))

    def _spec(self) -> EventSpec:
        date = self.date.date()
        return EventSpec(
            name=self.name.text(),
            date=dt.date(date.year(), date.month(), date.day()),
            place=self.place.text(),
            campaign_id=str(self.campaign.currentData()),
            actions=[code for code, box in self.action_boxes.items() if box.isChecked()],
            languages=[code for code, box in self.languages.items() if box.isChecked()],
        ).checked()

    def submit(self) -> None:
        passphrase: str | None = None
        try:
            if self.needs_passphrase:
                passphrase = self.passphrase.text()
                strength = self.strength.show_strength(
                    passphrase, (self.name.text(), self.place.text())
                )
                if strength is None or not strength.acceptable:
                    self.passphrase.setFocus()
                    raise EventError(
                        self.strength.text() or self.tr("Choose the organizer passphrase.")
                    )
                if passphrase != self.confirm.text():
                    raise EventError(self.tr("The two passphrases differ."))
            self._check_event()
            spec = self._spec()
        except EventError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText(self.tr("Setting up…"))
        self.start.setEnabled(False)
        run_in_background(
            self.pool, lambda _task: self.create_event(passphrase, spec), self._done, self._failed
        )

    def _done(self, event_id: str) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.error.clear()
        self.event_created.emit(event_id)

    def _failed(self, error: BaseException) -> None:
        self.start.setEnabled(True)
        self.error.setText(str(error) or type(error).__name__)
