"""What a person would see wrong on a page: widgets drawn over each other, text cut off,
text too small to read at one metre. Used by the layout tests at real screen sizes."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
TOLERANCE = 1  # pixels: anti-aliasing and rounding


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton | QLineEdit) else ""
    shown = (text[:40] + "…") if len(text) > 40 else text
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {shown!r}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of `widget` one can see in `root`'s coordinates: clipped by every ancestor
    (a scroll area's viewport shows only part of what it holds)."""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect


def _inside_compound(widget: QWidget) -> bool:
    """Parts of a compound widget (a combo or spin box's line edit, a scroll area's bars)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox) or (
            isinstance(parent, QAbstractScrollArea)
            and widget is not parent.viewport()
            and not parent.viewport().isAncestorOf(widget)
        ):
            return True
        parent = parent.parentWidget()
    return False


def leaves(root: QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(QWidget)
        if isinstance(w, LEAVES) and _shown(w, root) and not _inside_compound(w)
    ]  # fmt: skip


def _needed(widget: QWidget) -> tuple[int, int]:
    """The size the widget needs to show all of its text."""
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return 0, widget.heightForWidth(widget.width())
    if isinstance(widget, QComboBox | QLineEdit | QAbstractSpinBox):
        return 0, widget.fontMetrics().height() + 4  # a line of its text, and its frame
    hint = widget.sizeHint()
    if isinstance(widget, QLabel) and not widget.text():
        return 0, 0
    return hint.width(), hint.height()


def problems(root: QWidget, min_text_px: int, min_control_px: int = 0) -> list[str]:
    found: list[str] = []
    shown = leaves(root)
    rects = {id(w): visible_rect(w, root) for w in shown}
    for i, one in enumerate(shown):
        a = rects[id(one)]
        if a.isEmpty():
            continue
        for other in shown[i + 1 :]:
            if one.isAncestorOf(other) or other.isAncestorOf(one):
                continue
            b = rects[id(other)]
            both = a.intersected(b)
            if both.width() > TOLERANCE and both.height() > TOLERANCE:
                found.append(f"overlap: {_name(one)} and {_name(other)}")
    for widget in shown:
        if isinstance(widget, QPlainTextEdit):
            continue  # it scrolls what it holds
        width, height = _needed(widget)
        if width > widget.width() + TOLERANCE or height > widget.height() + TOLERANCE:
            found.append(
                f"clipped: {_name(widget)} needs {width}x{height},"
                f" has {widget.width()}x{widget.height()}"
            )
        if (
            min_control_px
            and isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox)
            and widget.height() < min_control_px
        ):
            found.append(f"too small to touch: {_name(widget)} {widget.height()}px high")
        has_text = not isinstance(widget, QLabel) or bool(widget.text())
        size = QFontInfo(widget.font()).pixelSize()
        if has_text and size < min_text_px:
            found.append(f"too small: {_name(widget)} at {size}px")
    return found
