"""Change the organizer passphrase, from the unlocked volunteer view.

The current passphrase, the new one (its strength shown as it is typed) and the new one
again. Only the lock on the organizer's private key changes: every sealed sign-up opens
with the new passphrase as it did with the old. The work (Argon2id, twice) runs in the
database thread; a wrong current passphrase is said beside its field and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.widgets.named import named
from desktop.gui.widgets.passphrase_strength import PassphraseStrength
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.keys import WeakPassphrase, WrongPassphrase

# (current, new) -> None, in the database thread; raises WrongPassphrase or WeakPassphrase.
ChangeAction = Callable[[str, str], None]


class ChangePassphraseDialog(QDialog):
    def __init__(
        self,
        change: ChangeAction,
        pool: Pool,
        user_inputs: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the organizer passphrase"))
        self.change, self.pool, self.user_inputs = change, pool, user_inputs
        note = QLabel(
            self.tr(
                "Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe."
            )
        )
        note.setWordWrap(True)
        self.current = self._field("currentPassphrase", self.tr("Current passphrase"))
        self.new = self._field("newPassphrase", self.tr("New passphrase"))
        self.confirm = self._field("confirmPassphrase", self.tr("The new one again"))
        self.current_error = self._error("currentPassphraseError")
        self.strength = PassphraseStrength("newPassphraseStrength")
        self.confirm_error = self._error("confirmPassphraseError")
        self.new.textChanged.connect(self._judge)
        self.status = named(QLabel(), "changePassphraseStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.current.accessibleName(), self.current)
        form.addRow("", self.current_error)
        form.addRow(self.new.accessibleName(), self.new)
        form.addRow("", self.strength)
        form.addRow(self.confirm.accessibleName(), self.confirm)
        form.addRow("", self.confirm_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = named(QPushButton(self.tr("Change passphrase")), "changePassphrase")
        self.ok.setDefault(True)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _field(self, name: str, label: str) -> QLineEdit:
        field = named(QLineEdit(), name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(label)
        return field

    def _error(self, name: str) -> QLabel:
        label = named(QLabel(), name)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        return label

    def _judge(self) -> None:
        self.strength.show_strength(self.new.text(), self.user_inputs)

    def submit(self) -> None:
        self.current_error.clear()
        self.confirm_error.clear()
        old, new = self.current.text(), self.new.text()
        if not old:
            self.current_error.setText(self.tr("Type the current passphrase."))
            self.current.setFocus()
            return
        strength = self.strength.show_strength(new, self.user_inputs)
        if strength is None or not strength.acceptable:
            self.new.setFocus()
            return
        if new != self.confirm.text():
            self.confirm_error.setText(self.tr("The two new passphrases differ."))
            self.confirm.setFocus()
            return
        self.ok.setEnabled(False)
        self.status.setText(self.tr("Changing the passphrase…"))
        run_in_background(self.pool, lambda _task: self.change(old, new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()
        self.ok.setEnabled(True)
        self.status.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.status.clear()
        if isinstance(error, WrongPassphrase):
            self.current_error.setText(
                self.tr("This is not the current passphrase. Nothing was changed.")
            )
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, WeakPassphrase) and error.strength is not None:
            # Judged again in the database thread, with the event's name and place.
            self.strength.setText(self.strength.describe(error.strength))
            self.strength.setProperty("role", "error")
            self.new.setFocus()
        else:
            self.status.setText(str(error) or type(error).__name__)
