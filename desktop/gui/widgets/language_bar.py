"""Buttons naming each offered language in its own script; the signer picks one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.gui.i18n import LANGUAGES
from desktop.gui.widgets.named import named


class LanguageBar(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for code in languages:
            button = named(QPushButton(LANGUAGES[code]), f"language_{code}")
            button.setCheckable(True)
            button.setAccessibleName(LANGUAGES[code])
            button.clicked.connect(lambda _checked, code=code: self.language_chosen.emit(code))
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def mark(self, code: str) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == code)
