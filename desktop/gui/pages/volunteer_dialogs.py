"""The volunteer view's dialogs: correct a sign-up, decide a pending one's ward and precinct."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.gui.pages.signin_form import FormFields
from desktop.gui.widgets.messages import ProblemMessages
from desktop.gui.widgets.named import named
from desktop.signin.fields import declared
from desktop.signin.form import SigninForm
from desktop.signin.validation import FieldProblem
from desktop.signin.views import SignupRecord


def record_form(record: SignupRecord) -> SigninForm:
    return SigninForm(
        language=record.language,
        consent_email=record.consent_email,
        consent_letter=record.consent_letter,
        consent_updates_email=record.consent_updates_email,
        consent_updates_text=record.consent_updates_text,
        ward=record.ward or "",
        precinct=record.precinct or "",
    ).with_values({f.name: record.value(f.name) for f in declared()})


class EditDialog(QDialog):
    def __init__(
        self,
        record: SignupRecord,
        place_names: Sequence[str],
        languages: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a sign-up"))
        self.record = record
        self.fields = FormFields(place_names, languages)
        self.fields.fill(record_form(record))
        self.messages = ProblemMessages(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)

    def form(self) -> SigninForm:
        # What the form does not show (the note for the letter, a sheet's ZIP) stays as it was.
        hidden = {f.name: self.record.value(f.name) for f in declared() if not f.on_form}
        values = self.fields.values().with_values(hidden)
        # The ward and precinct stay as they were unless the town changes.
        if values.place == self.record.place and not values.ward:
            values = replace(
                values, ward=self.record.ward or "", precinct=self.record.precinct or ""
            )
        return values

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        self.fields.show_errors({p.field: self.messages.text(p) for p in problems})


class ResolveDialog(QDialog):
    """Nothing is chosen at first, and OK waits for a choice: an OK pressed by habit must
    never give a signer another precinct's legislators."""

    def __init__(
        self, town: str, choices: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose ward and precinct"))
        self.choice = named(QComboBox(), "resolveChoice")
        self.choice.setAccessibleName(self.tr("Ward and precinct in %1").replace("%1", town))
        self.choices = list(choices)  # in natural order (place.ward_precinct_choices)
        self.choice.addItem(self.tr("Choose ward and precinct"))
        for ward, precinct in self.choices:
            label = (
                self.tr("Precinct %1").replace("%1", precinct)
                if ward == "-"
                else self.tr("Ward %1, precinct %2").replace("%1", ward).replace("%2", precinct)
            )
            self.choice.addItem(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.choice.currentIndexChanged.connect(lambda index: self.ok.setEnabled(index > 0))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Where in %1 does this person live?").replace("%1", town)))
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str] | None:
        index = self.choice.currentIndex()
        return self.choices[index - 1] if index > 0 else None
