"""The signer's optional personal note for their letter, with a count of what is left.

Rebuilt with the form for each signer, like every other input.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.gui.widgets.named import named
from desktop.letters.model import NOTE_LIMIT as MAX_NOTE_LENGTH  # the field table's limit


class NoteBox(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBox")
        self.label = QLabel()
        self.editor = named(QPlainTextEdit(), "note")
        self.editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.editor.setMaximumHeight(140)
        self.editor.textChanged.connect(self._limit)
        self.count = named(QLabel(), "noteCount")
        self.label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addWidget(self.count)
        self.retranslate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _limit(self) -> None:
        text = self.editor.toPlainText()
        if len(text) > MAX_NOTE_LENGTH:
            cursor = self.editor.textCursor()
            self.editor.setPlainText(text[:MAX_NOTE_LENGTH])
            cursor.setPosition(MAX_NOTE_LENGTH)
            self.editor.setTextCursor(cursor)
        self._count()
        self.edited.emit()

    def _count(self) -> None:
        left = MAX_NOTE_LENGTH - len(self.editor.toPlainText())
        self.count.setText(self.tr("%1 characters left").replace("%1", str(left)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        text = self.tr("A few words of your own for your letter (optional)")
        self.label.setText(text)
        self.editor.setAccessibleName(text)
        self._count()
