"""The fields of the kiosk form. A new one is built for every signer and the old one
destroyed, so no undo history, completion or selection carries over."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import LANGUAGES
from desktop.gui.widgets.named import named
from desktop.signin.fields import LABEL_CONTEXT, Kind, form_fields
from desktop.signin.form import SigninForm

# In tab order; the two kinds of updates are separate consents, both unticked at first.
CONSENTS = (
    "consent_email", "consent_letter", "consent_updates_email", "consent_updates_text",
)  # fmt: skip
_HINTS = {
    Kind.EMAIL: Qt.InputMethodHint.ImhEmailCharactersOnly,
    Kind.PHONE: Qt.InputMethodHint.ImhDialableCharactersOnly,
}


class FormFields(QWidget):
    """Inputs with an error line under each; emits what changed, never stores elsewhere."""

    edited = Signal(str)  # the field's name
    submit_requested = Signal()

    def __init__(
        self, place_names: Sequence[str], languages: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.declared = form_fields()  # the field table's form fields, in order (fields.py)
        for declared in self.declared:
            name = declared.name
            field = QLineEdit()
            field.setObjectName(name)
            # Room to type past the limit, so a paste is not cut short silently: the check
            # beside the field says it is too long.
            field.setMaxLength(max(200, declared.limit + 50))
            field.textEdited.connect(lambda _text, name=name: self.edited.emit(name))
            field.returnPressed.connect(self.submit_requested.emit)
            field.setInputMethodHints(_HINTS.get(declared.kind, Qt.InputMethodHint.ImhNone))
            self.inputs[name] = field
        # The model needs a Qt parent: otherwise Python frees it under the completer.
        completer = QCompleter(QStringListModel(list(place_names), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.inputs["place"].setCompleter(completer)
        completer.activated.connect(lambda _text: self.edited.emit("place"))
        self.ward_precinct = named(QComboBox(), "ward_precinct")
        self.ward_precinct.currentIndexChanged.connect(lambda _i: self.edited.emit("ward"))
        self.language = named(QComboBox(), "language")
        for code in languages:
            self.language.addItem(LANGUAGES[code], code)

        # Two columns keep the whole form on a 1280x800 screen without scrolling: fields
        # flow in table order, a wide one on a row of its own, the ward and precinct
        # picker beside the town, the language last.
        cells: list[tuple[str, QWidget, bool]] = []
        for declared in self.declared:
            cells.append((declared.name, self.inputs[declared.name], declared.wide))
            if declared.name == "place":
                cells.append(("ward", self.ward_precinct, False))
        cells.append(("language", self.language, False))
        row = column = 0
        for name, widget, wide in cells:
            if wide and column:
                row, column = row + 1, 0
            grid.addLayout(self._cell(name, widget), row, column, 1, 2 if wide else 1)
            column += 2 if wide else 1
            if column > 1:
                row, column = row + 1, 0
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.set_ward_choices([])

        self.consents = {name: named(QCheckBox(), name) for name in CONSENTS}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)  # each consent is a 44-pixel touch target already: no gaps besides
        box.addLayout(grid)
        for name, check in self.consents.items():
            check.toggled.connect(lambda _on, name=name: self.edited.emit(name))
            box.addWidget(check)
        for error in self.errors.values():
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
        order = [widget for _name, widget, _wide in cells] + list(self.consents.values())
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.retranslate()
        self.inputs["first_name"].setFocus()

    def _cell(self, name: str, field: QWidget) -> QVBoxLayout:
        label = QLabel()
        label.setBuddy(field)
        error = named(QLabel(), f"{name}_error")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(label)
        column.addWidget(field)
        column.addWidget(error)
        self.labels[name], self.errors[name] = label, error
        return column

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {f.name: QCoreApplication.translate(LABEL_CONTEXT, f.label) for f in self.declared}
        texts |= {
            "ward": self.tr("Ward and precinct"),
            "language": self.tr("Preferred language"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            widget = self.inputs.get(name) or (
                self.ward_precinct if name == "ward" else self.language
            )
            widget.setAccessibleName(text.replace("&", ""))
        consent_texts = {
            "consent_email": self.tr("Email my legislators in my name"),
            "consent_letter": self.tr("Print a letter for me to sign"),
            "consent_updates_email": self.tr("Email me updates"),
            "consent_updates_text": self.tr("Text me updates"),
        }
        for name, text in consent_texts.items():
            self.consents[name].setText(text)
            self.consents[name].setAccessibleName(text)
        self.ward_precinct.setItemText(0, self.tr("Choose ward and precinct"))

    def set_ward_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Offer a split town's wards and precincts; hidden when the town is whole."""
        self.ward_precinct.blockSignals(True)
        self.ward_precinct.clear()
        self.ward_precinct.addItem(self.tr("Choose ward and precinct"))  # nothing chosen
        self._ward_choices = list(choices)
        for ward, precinct in choices:
            label = (
                self.tr("Precinct %1").replace("%1", precinct)
                if ward == "-"
                else self.tr("Ward %1, precinct %2").replace("%1", ward).replace("%2", precinct)
            )
            self.ward_precinct.addItem(label)
        self.ward_precinct.blockSignals(False)
        visible = bool(choices)
        self.ward_precinct.setVisible(visible)
        self.labels["ward"].setVisible(visible)

    def show_errors(self, messages: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = messages.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            label.setAccessibleName(text)

    def values(self) -> SigninForm:
        index = self.ward_precinct.currentIndex() if self.ward_precinct.isVisible() else 0
        ward, precinct = self._ward_choices[index - 1] if index > 0 else ("", "")
        return SigninForm(
            language=str(self.language.currentData()),
            consent_email=self.consents["consent_email"].isChecked(),
            consent_letter=self.consents["consent_letter"].isChecked(),
            consent_updates_email=self.consents["consent_updates_email"].isChecked(),
            consent_updates_text=self.consents["consent_updates_text"].isChecked(),
            ward=ward,
            precinct=precinct,
        ).with_values({name: field.text() for name, field in self.inputs.items()})

    def fill(self, form: SigninForm) -> None:
        """Show a stored sign-up for the volunteer to correct."""
        for name, field in self.inputs.items():
            field.setText(form.value(name))
        for name, check in self.consents.items():
            check.setChecked(bool(getattr(form, name)))
        self.set_language(form.language)

    def is_blank(self) -> bool:
        return not any(field.text() for field in self.inputs.values())

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
