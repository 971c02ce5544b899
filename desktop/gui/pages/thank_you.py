"""After a sign-in: thanks, in the signer's language, and what happens next.

Shown for a few seconds (or until "Next person"), then the kiosk builds a fresh form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.campaigns import Campaign, RenderError
from desktop.signin.service import Receipt


class ThankYouPage(QWidget):
    finished = Signal()

    def __init__(self, campaign: Campaign, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thankYouPage")
        self.campaign = campaign
        self._receipt: Receipt | None = None
        self.heading = QLabel(objectName="thanksHeading")
        self.body = QLabel(objectName="thanksBody")
        self.calls = QLabel(objectName="thanksCalls")
        for label in (self.heading, self.body, self.calls):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(objectName="nextPerson")
        self.next_button.clicked.connect(self.finish)
        content = QWidget()
        column = QVBoxLayout(content)
        for label in (self.heading, self.body, self.calls):
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.next_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.finish)

    def show_receipt(self, receipt: Receipt) -> None:
        self._receipt = receipt
        self._render()
        self.timer.start()
        self.next_button.setFocus()

    def finish(self) -> None:
        """Forget the signer's details before anyone else sees this page."""
        self.timer.stop()
        self._receipt = None
        for label in (self.heading, self.body, self.calls):
            label.clear()
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _next_steps(self, receipt: Receipt) -> list[str]:
        steps = []
        kinds = {(a.kind, a.state) for a in receipt.planned}
        if ("letter", "ready") in kinds:
            steps.append(self.tr("Your letters are printing now. Please sign them before you go."))
        if ("letter", "waiting") in kinds or ("email", "waiting") in kinds:
            steps.append(
                self.tr(
                    "Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators."
                )
            )
        if ("email", "ready") in kinds:
            steps.append(
                self.tr(
                    "Your email to your legislators will be sent in your name as soon as we are online."
                )
            )
        if any(s.reason == "vacant" for s in receipt.skipped):
            steps.append(
                self.tr(
                    "One of your seats is vacant right now, so there is nothing to send there yet."
                )
            )
        if receipt.form.consent_updates:
            steps.append(self.tr("We will keep you informed."))
        return steps

    def _render(self) -> None:
        self.next_button.setText(self.tr("Next person"))
        receipt = self._receipt
        if receipt is None:
            return
        language, form = receipt.form.language, receipt.form
        town = receipt.result.town or form.place
        try:
            thanks = self.campaign.thank_you(
                language, signer_name=form.full_name, signer_first_name=form.first_name
            )
        except RenderError:
            thanks = self.tr("Thank you!")
        self.heading.setText(thanks)
        self.body.setText("\n\n".join(self._next_steps(receipt)))
        calls = []
        for seat in (receipt.result.house, receipt.result.senate):
            if seat is not None and seat.member is not None and seat.member.phone:
                calls.append(f"{seat.member.name}: {seat.member.phone}")
        if calls:
            member = receipt.result.house or receipt.result.senate
            name = member.member.name if member and member.member else ""
            script = self.campaign.call_script(
                language,
                signer_name=form.full_name,
                signer_first_name=form.first_name,
                signer_town=town,
                member_name=name,
            )
            self.calls.setText(
                self.tr("Call your legislators:")
                + "\n"
                + "\n".join(calls)
                + "\n\n"
                + self.tr("What to say:")
                + "\n"
                + script
            )
        else:
            self.calls.clear()
