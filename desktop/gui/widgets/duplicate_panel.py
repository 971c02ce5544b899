"""Offered when a sign-in looks like someone already signed in: merge, or save as new."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class DuplicatePanel(QFrame):
    merge_chosen = Signal()
    new_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self._reason = ""
        self.message = QLabel(objectName="duplicateMessage")
        self.message.setWordWrap(True)
        self.merge = QPushButton(objectName="merge")
        self.separate = QPushButton(objectName="separate")
        self.merge.clicked.connect(self.merge_chosen.emit)
        self.separate.clicked.connect(self.new_chosen.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge)
        buttons.addWidget(self.separate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def offer(self, reason: str) -> None:
        self._reason = reason
        self._render()
        self.show()
        self.merge.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        reasons = {
            "email": self.tr("the same email address"),
            "phone": self.tr("the same phone number"),
            "name_address": self.tr("the same name and address"),
            "similar_name_address": self.tr("a very similar name and address"),
        }
        why = reasons.get(self._reason, "")
        self.message.setText(
            self.tr("Someone with %1 already signed in today. Is this the same person?").replace(
                "%1", why
            )
        )
        self.merge.setText(self.tr("Yes, update that sign-in"))
        self.separate.setText(self.tr("No, this is someone else"))
        self.merge.setAccessibleName(self.merge.text())
        self.separate.setAccessibleName(self.separate.text())
