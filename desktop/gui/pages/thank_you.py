"""After a sign-in: thanks, in the signer's language, and what happens next.

Shown for a few seconds (or until "Next person"), then the kiosk builds a fresh form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.campaigns import Campaign, RenderError
from desktop.gui.widgets.enter_key import EnterClicks, enter_clicks
from desktop.gui.widgets.named import named
from desktop.signin.service import Receipt

ARM_AFTER_MS = 800  # "Next person" takes no tap for this long: a double tap goes nowhere


class ThankYouPage(QWidget):
    finished = Signal()
    reprint_requested = Signal(object)  # Receipt
    card_requested = Signal(object)  # Receipt

    def __init__(self, campaign: Campaign, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thankYouPage")
        self.campaign = campaign
        self._receipt: Receipt | None = None
        self.heading = named(QLabel(), "thanksHeading")
        self.body = named(QLabel(), "thanksBody")
        self.calls = named(QLabel(), "thanksCalls")
        for label in (self.heading, self.body, self.calls):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = named(QPushButton(), "nextPerson")
        self.next_button.clicked.connect(self.finish)
        self.print_status = named(QLabel(), "printStatus")
        self.print_status.setWordWrap(True)
        self.reprint = named(QPushButton(), "reprint")
        self.reprint.clicked.connect(self._reprint)
        self.skip = named(QPushButton(), "skipPrinting")
        self.skip.clicked.connect(self._skip)
        self.card = named(QPushButton(), "printCard")
        self.card.clicked.connect(lambda: self._receipt and self.card_requested.emit(self._receipt))
        self._print_state = ""
        self._print_detail = ""
        content = QWidget()
        column = QVBoxLayout(content)
        for label in (self.heading, self.body, self.calls):
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.countdown = named(QLabel(), "thanksCountdown")
        self.countdown.setWordWrap(True)
        # "Next person" sits top left, far from where "Sign in" was (bottom right): a tap
        # meant for Sign in cannot land on it, and it waits a moment before it takes one.
        top = QHBoxLayout()
        top.addWidget(self.next_button)
        top.addWidget(self.countdown, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.print_status)  # a row of its own: a printer's words run long
        printing = QHBoxLayout()
        printing.addStretch(1)
        printing.addWidget(self.reprint)
        printing.addWidget(self.skip)
        printing.addWidget(self.card)
        layout.addLayout(printing)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.finish)
        self.enter = EnterClicks(self)
        for button in (self.next_button, self.reprint, self.skip, self.card):
            enter_clicks(button, self.enter)
        self.arming = QTimer(self)  # Next person takes taps again after this
        self.arming.setSingleShot(True)
        self.arming.setInterval(ARM_AFTER_MS)
        self.arming.timeout.connect(self._arm_next)
        self.ticker = QTimer(self)  # the countdown, once a second
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._render_countdown)

    def show_receipt(self, receipt: Receipt) -> None:
        self._receipt = receipt
        self.set_print_state("", "")
        self._render()
        self.timer.start()
        self.ticker.start()
        self._render_countdown()
        self.next_button.setEnabled(False)
        self.arming.start()

    def _arm_next(self) -> None:
        if self._receipt is not None:
            self.next_button.setEnabled(True)
            self.next_button.setFocus()

    def _render_countdown(self) -> None:
        if not self.timer.isActive():
            self.countdown.setText(self.tr("Waiting for the letters: this screen stays open."))
            self.countdown.setVisible(self._print_state == "failed")
            return
        seconds = max(1, round(self.timer.remainingTime() / 1000))
        self.countdown.setText(
            self.tr("This screen closes in %1 seconds.").replace("%1", str(seconds))
        )
        self.countdown.show()

    @property
    def signup_id(self) -> str | None:
        """The sign-up this page thanks, while it shows."""
        return self._receipt.signup_id if self._receipt is not None else None

    def spoken_texts(self) -> list[str]:
        """What "Read aloud" reads: the thanks, what happens next, whom to call."""
        labels = (self.heading, self.body, self.calls, self.print_status, self.countdown)
        return [label.text() for label in labels if label.isVisibleTo(self) and label.text()]

    def show_note(self, text: str) -> None:
        """A word from the kiosk itself (read-aloud has no voice for this language...)."""
        self.print_status.setText(text)
        self.print_status.show()

    def finish(self) -> None:
        """Forget the signer's details before anyone else sees this page."""
        self.timer.stop()
        self.ticker.stop()
        self.countdown.clear()
        self._receipt = None
        self.set_print_state("", "")
        for label in (self.heading, self.body, self.calls):
            label.clear()
        self.finished.emit()

    def set_print_state(self, state: str, detail: str) -> None:
        """printing | printed | failed | nothing | "" (no letters at the table)."""
        self._print_state, self._print_detail = state, detail
        if state == "failed":
            self.timer.stop()  # the volunteer decides: reprint or skip
        elif state == "printed" and self._receipt is not None:
            self.timer.start()
        self._render_printing()
        self._render_countdown()

    def _reprint(self) -> None:
        if self._receipt is not None:
            self.reprint_requested.emit(self._receipt)

    def _skip(self) -> None:
        self.set_print_state("", "")
        self.timer.start()

    def _render_printing(self) -> None:
        texts = {
            "later": self.tr(
                "Your letters are saved. A volunteer will print them for you to sign."
            ),
            "printing": self.tr("Printing your letters…"),
            "printed": self.tr("Printed. Please sign your letters before you go."),
            "failed": self.tr("The letters did not print: %1").replace("%1", self._print_detail),
        }
        text = texts.get(self._print_state, "")
        if self._print_state == "printed" and self._print_detail:
            # For the volunteer: characters no bundled font has print as gaps.
            text += " " + self.tr("Some characters could not be printed: %1").replace(
                "%1", self._print_detail
            )
        self.print_status.setText(text)
        self.print_status.setVisible(self._print_state in texts)
        self.reprint.setText(self.tr("Print again"))
        self.skip.setText(self.tr("Skip printing"))
        self.reprint.setVisible(self._print_state in ("failed", "printed"))
        self.skip.setVisible(self._print_state == "failed")
        self.card.setText(self.tr("Print a card with your legislators' phone numbers"))
        self.card.setVisible(
            self._receipt is not None
            and any(
                s.member
                for s in (self._receipt.result.house, self._receipt.result.senate)
                if s is not None
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _next_steps(self, receipt: Receipt) -> list[str]:
        steps = []
        kinds = {(a.kind, a.state) for a in receipt.planned}
        # What happens to the letters is said by the print status, as it happens.
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
        if receipt.form.consent_updates_email or receipt.form.consent_updates_text:
            steps.append(self.tr("We will keep you informed."))
        return steps

    def _render(self) -> None:
        self.next_button.setText(self.tr("Next person"))
        self._render_printing()
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
