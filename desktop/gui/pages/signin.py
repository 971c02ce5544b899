"""The kiosk: the sign-in form, the legislators card, the language buttons.

The card follows what is typed at once. Submitting checks the form, then saves in the
database thread; the page announces `signup_saved` only after the commit. A repeat
signer is recognised there by strong evidence alone; a mere likeness is never shown
here, to whoever stands at the kiosk, but left for the volunteer view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.districts.result import LookupResult
from desktop.gui.pages.signin_form import FormFields
from desktop.gui.widgets.enter_key import EnterClicks, enter_clicks
from desktop.gui.widgets.idle import IdleBanner, IdleWatcher
from desktop.gui.widgets.language_bar import LanguageBar
from desktop.gui.widgets.legislators_card import LegislatorsCard
from desktop.gui.widgets.messages import ProblemMessages
from desktop.gui.widgets.named import named
from desktop.gui.widgets.note_box import NoteBox
from desktop.gui.workers import Pool, run_in_background
from desktop.signin.form import SigninForm
from desktop.signin.place import locate, ward_precinct_choices
from desktop.signin.service import FormInvalid, Receipt, SigninService
from desktop.signin.validation import FieldProblem


def _scrolling(content: QWidget, name: str) -> QScrollArea:
    area = named(QScrollArea(), name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class SigninPage(QWidget):
    signup_saved = Signal(object)  # Receipt
    language_chosen = Signal(str)
    form_cleared = Signal()
    read_aloud_requested = Signal()

    def __init__(
        self,
        service: SigninService,
        languages: Sequence[str],
        database_pool: Pool,
        idle_seconds: int,
        countdown_seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signinPage")
        self.service = service
        self.languages = list(languages)
        self.pool = database_pool
        self.messages = ProblemMessages(self)
        self.place_names = sorted(set(service.dataset.place_names.values()))
        self._choices_town: str | None = None
        self._saving = False

        self.language_bar = LanguageBar(self.languages)
        self.language_bar.language_chosen.connect(self._choose_language)
        self.heading = named(QLabel(), "heading")
        self.read_aloud = named(QPushButton(), "readAloud")
        self.read_aloud.clicked.connect(self.read_aloud_requested.emit)
        self.banner = IdleBanner()
        self.card = LegislatorsCard()
        self.submit_button = named(QPushButton(), "submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.heading.setWordWrap(True)  # a long translation takes two lines, never cut

        # The form and the card scroll when they need more room than the screen has: an
        # error line, a banner or a long translation takes space, never draws over a field.
        form_holder = QWidget()
        self.form_area = QVBoxLayout(form_holder)
        self.form_area.setContentsMargins(0, 0, 0, 0)
        self.form_area.addStretch(1)
        self.form_scroll = _scrolling(form_holder, "formScroll")
        self.side = QVBoxLayout()
        self.side.addWidget(_scrolling(self.card, "cardScroll"), 1)
        columns = QHBoxLayout()
        columns.addWidget(self.form_scroll, 3)
        columns.addLayout(self.side, 2)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.language_bar, 1)
        top.addWidget(self.read_aloud)
        layout.addLayout(top)
        for widget in (self.heading, self.banner):
            layout.addWidget(widget)
        layout.addLayout(columns, 1)
        # Under the card, so the form keeps the screen's full height for its fields.
        self.side.addWidget(self.status)
        self.side.addWidget(self.submit_button)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_in_view)

        self.enter = EnterClicks(self)
        enter_clicks(self.submit_button, self.enter)
        enter_clicks(self.language_bar, self.enter)
        enter_clicks(self.read_aloud, self.enter)
        self.fields: FormFields | None = None
        self.note: NoteBox | None = None
        self.new_form()
        self.idle = IdleWatcher(
            self, lambda: self.fields is not None and not self.fields.is_blank(),
            idle_seconds, countdown_seconds,
        )  # fmt: skip
        self.idle.countdown.connect(self.banner.show_seconds)
        self.idle.timed_out.connect(self.new_form)
        self.retranslate()

    # -- a fresh form for each signer -------------------------------------------------

    def new_form(self) -> None:
        """Destroy the old inputs and build new ones: nothing of the last signer survives."""
        for old in (self.fields, self.note):
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QGuiApplication.clipboard().clear(mode)
        self.fields = FormFields(self.place_names, self.languages)
        self.fields.edited.connect(self._on_edited)
        self.fields.submit_requested.connect(self.submit)
        self.form_area.insertWidget(0, self.fields)  # above the stretch
        enter_clicks(self.fields, self.enter)
        self.note = NoteBox()
        self.note.hide()  # shown once a letter or an email is asked for
        self.side.insertWidget(1, self.note)  # between the card and the button
        QWidget.setTabOrder(self.fields.consents["consent_updates_text"], self.note.editor)
        if hasattr(self, "idle"):
            self.idle.watch(self.fields)
            self.idle.watch(self.note)
        self._choices_town = None
        self.status.clear()
        self.card.show_result(None)
        self.banner.hide()
        self._saving = False
        self.submit_button.setEnabled(True)
        self.fields.inputs["first_name"].setFocus()
        self.form_cleared.emit()

    def _keep_in_view(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Tabbing to a field below the fold scrolls it into view."""
        content = self.form_scroll.widget()
        if now is not None and content is not None and content.isAncestorOf(now):
            self.form_scroll.ensureWidgetVisible(now, 8, 8)

    # -- as the signer types ----------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        assert self.fields is not None
        error = self.fields.errors.get(name)
        if error is not None:
            error.hide()
        if name in ("place", "ward", "street_address"):  # in a split town the street decides
            self.update_card()
        if name in ("consent_letter", "consent_email") and self.note is not None:
            consents = self.fields.consents
            wants = consents["consent_letter"].isChecked() or consents["consent_email"].isChecked()
            self.note.setVisible(wants)

    def update_card(self) -> LookupResult | None:
        """Show the legislators for what is typed now; offer wards where the town is split."""
        assert self.fields is not None
        form = self.fields.values()
        located = locate(self.service.dataset, form, self.service.streets)
        result = located if isinstance(located, LookupResult) else None
        # Offer the wards of a split town, and keep offering them once one is chosen.
        split = result is not None and (result.status == "ambiguous" or bool(form.ward))
        town = result.town if result is not None and split else None
        if town != self._choices_town:
            choices = ward_precinct_choices(self.service.dataset, town) if town else []
            self.fields.set_ward_choices(choices)
            self._choices_town = town
        self.card.show_result(result, form.place)
        return result

    def values(self) -> SigninForm:
        """What is typed now, the note included."""
        assert self.fields is not None
        form = self.fields.values()
        if self.note is not None and self.note.isVisible():
            form = replace(form, note=self.note.text())
        return form

    def _choose_language(self, code: str) -> None:
        self.language_bar.mark(code)
        if self.fields is not None:
            self.fields.set_language(code)
        self.language_chosen.emit(code)

    # -- submitting -------------------------------------------------------------------

    def submit(self) -> None:
        if self.fields is None or self._saving:
            return
        if self.fields.is_blank():
            # A tap meant for the last signer's screen: no red errors for the next one.
            self.status.setText(self.tr("Type your name and town, then press Sign in."))
            return
        check = self.service.check(self.values())
        if not check.ok:
            self._show_problems(check.problems)
            return
        self._show_problems(())
        self._begin_saving()
        form: SigninForm = self.values()
        run_in_background(
            self.pool, lambda _task: self.service.submit(form), self._on_saved, self._on_failed
        )

    def _begin_saving(self) -> None:
        self._saving = True
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

    def _on_saved(self, receipt: Receipt) -> None:
        self._saving = False
        self.status.clear()
        self.signup_saved.emit(receipt)

    def _on_failed(self, error: BaseException) -> None:
        """Saving failed: keep everything typed, say so, let them try again."""
        self._saving = False
        self.submit_button.setEnabled(True)
        if isinstance(error, FormInvalid):
            self._show_problems(error.problems)
            self.status.clear()
            return
        self.status.setText(
            self.tr(
                "This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer."
            )
        )

    def _show_problems(self, problems: Sequence[FieldProblem]) -> None:
        assert self.fields is not None
        messages: dict[str, str] = {}
        for problem in problems:
            messages.setdefault(problem.field, self.messages.text(problem))
        self.fields.show_errors(messages)
        for name, field in self.fields.inputs.items():  # the first field with a problem
            if name in messages:
                field.setFocus()
                break

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def spoken_texts(self) -> list[str]:
        """What "Read aloud" reads, top to bottom: the prompts, what is wrong, the card."""
        texts = [self.heading.text(), self.banner.text() if self.banner.isVisible() else ""]
        fields = self.fields
        if fields is not None:
            for name, label in fields.labels.items():
                if label.isVisibleTo(fields):
                    texts.append(label.text())
                    error = fields.errors.get(name)
                    if error is not None and error.isVisibleTo(fields):
                        texts.append(error.text())
            texts += [box.text() for box in fields.consents.values()]
        card = self.card
        texts += [card.title.text(), card.house.text(), card.senate.text(), card.advice.text()]
        texts += [self.status.text(), self.submit_button.text()]
        return [text.replace("&", "") for text in texts if text.strip()]

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Sign in to ask your legislators for the Safe Communities Act")
        )
        self.submit_button.setText(self.tr("Sign in"))
        self.read_aloud.setText(self.tr("Read aloud (F2)"))
        self.read_aloud.setAccessibleName(self.tr("Read aloud"))
        self.read_aloud.setAccessibleDescription(
            self.tr("Reads this screen aloud in the language chosen above")
        )
        self.submit_button.setAccessibleName(self.tr("Sign in"))
