"""Printing letters through the computer's print system: one interface (`backend.py`), two back
ends (CUPS's `lp` in `cups_backend.py`; Qt's print system in desktop/gui/qt_printing.py), chosen
by the `printing.backend` setting (`backends.py`).

Plain Python, no Qt: the window calls these from a worker and shows `PrintError`'s message.
"""

from __future__ import annotations

from desktop.printing.backend import (
    DEFAULT_TITLE,
    Capabilities,
    PrintBackend,
    PrintCancelled,
    Printer,
    PrintError,
    PrintJob,
    PrintOptions,
)
from desktop.printing.backends import choose, provide_qt, resolve

__all__ = [
    "DEFAULT_TITLE",
    "Capabilities",
    "PrintBackend",
    "PrintCancelled",
    "PrintError",
    "PrintJob",
    "PrintOptions",
    "Printer",
    "choose",
    "provide_qt",
    "resolve",
]
