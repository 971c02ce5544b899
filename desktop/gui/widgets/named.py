"""A widget and its object name in one expression: `named(QLabel(), "counts")`.

PySide6 also takes Qt properties as constructor keywords (`QLabel(objectName="counts")`),
but its type stubs do not declare them, so mypy cannot check such a call. The names are
what the style sheet and the tests find widgets by.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    """`widget`, its objectName set to `name`."""
    widget.setObjectName(name)
    return widget
