"""Every control a signer can reach has an accessible name, in the language on screen, for
screen readers; and the tab order is the order the form reads in."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.campaigns.model import LANGUAGES
from desktop.gui.main_window import MainWindow
from tests.gui.layout_check import visible_rect

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit)
# Named alike in every language: the language buttons, each in its own tongue.
SAME_IN_EVERY_LANGUAGE = ("language_",)


def _names(window: MainWindow) -> dict[str, str]:
    page = window.signin
    assert page is not None and page.fields is not None
    page.fields.consents["consent_letter"].setChecked(True)  # the note box shows too
    names = {}
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), QComboBox):
            continue  # a combo box's own parts
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        # A combo box reports its current item as its name; the name set for it (its
        # label's text) is what a screen reader announces with it.
        name = widget.accessibleName() or interface.text(QAccessible.Text.Name)
        names[widget.objectName() or repr(widget)] = name
    return names


def test_every_control_is_named_in_the_language_on_screen(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    window.translations.switch("en")
    english = _names(window)
    assert english and all(english.values()), {k: v for k, v in english.items() if not v}
    for code in LANGUAGES:
        if code == "en":
            continue
        window.translations.switch(code)
        qapp.processEvents()
        names = _names(window)
        unnamed = [key for key, name in names.items() if not name.strip()]
        assert not unnamed, f"{code}: no accessible name for {unnamed}"
        still_english = [
            key for key, name in names.items()
            if name == english.get(key) and not key.startswith(SAME_IN_EVERY_LANGUAGE)
        ]  # fmt: skip
        assert not still_english, f"{code}: named in English: {still_english}"
    window.translations.switch("en")


@pytest.mark.parametrize("code", ["en", "zh"])
def test_the_tab_order_is_the_visual_order(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, code: str
) -> None:
    window.translations.switch(code)
    page = window.signin
    assert page is not None and page.fields is not None
    first = page.fields.inputs["first_name"]
    first.setFocus()
    seen: list[QWidget] = []
    widget: QWidget | None = first
    while widget is not None and widget not in seen and page.fields.isAncestorOf(widget):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and not (
            widget.isVisibleTo(window) and widget.focusPolicy() & widget.focusPolicy().TabFocus
        ):
            widget = widget.nextInFocusChain()
    rows = [(visible_rect(w, window).top() // 10, visible_rect(w, window).left()) for w in seen]
    assert len(seen) >= 8 and rows == sorted(rows), [w.objectName() for w in seen]
    window.translations.switch("en")
