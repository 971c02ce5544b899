"""Which print system prints: the `printing.backend` setting, "auto", "cups" or "qt".

"auto" takes CUPS where its commands are installed (Linux, macOS) and Qt's print system
everywhere else (Windows). Qt's back end lives with the window (desktop/gui/qt_printing.py),
which only the entry points may import: so they hand it in with `provide_qt` before anything
prints, and a plain-Python caller never imports Qt to print.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.printing import cups
from desktop.printing.backend import PrintBackend, PrintError
from desktop.printing.cups_backend import CupsBackend

CHOICES = ("auto", "cups", "qt")

_qt_factory: Callable[[], PrintBackend] | None = None


def provide_qt(factory: Callable[[], PrintBackend]) -> None:
    """Called by the entry points (cli.py, the window) with Qt's back end, made on first use."""
    global _qt_factory
    _qt_factory = factory


def qt_provided() -> bool:
    return _qt_factory is not None


def cups_present() -> bool:
    return cups.installed()


def resolve(setting: str) -> str:
    """The back end "auto" stands for on this computer, or the one the setting names."""
    if setting not in CHOICES:
        raise ValueError(f"printing.backend is one of {', '.join(CHOICES)}, not {setting!r}")
    if setting != "auto":
        return setting
    return "cups" if cups_present() else "qt"


def choose(setting: str) -> PrintBackend:
    """The back end to print with; PrintError when Qt's is chosen but not provided."""
    if resolve(setting) == "cups":
        return CupsBackend()
    if _qt_factory is None:
        raise PrintError(
            "Printing through Qt is not available in this part of the app; "
            "set printing.backend to cups, or print from the window."
        )
    return _qt_factory()
