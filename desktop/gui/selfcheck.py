"""The Qt half of `tabling --self-check` (desktop/selfcheck.py): translations and the window.

Only desktop/gui/ imports Qt, so the checks that need it live here. Each raises
CheckFailed (or whatever broke) and returns one line for the report.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.campaigns.model import LANGUAGES
from desktop.errors import CheckFailed
from desktop.gui.app import build_context, create_window
from desktop.gui.i18n import SOURCE_LANGUAGE, Translations, qm_path
from desktop.gui.style import load_bundled_fonts
from desktop.gui.widgets.pdf_preview import PdfPreview
from desktop.gui.workers import Pools

# A string every signer sees, and the context lupdate files it under.
PROBE_CONTEXT, PROBE_SOURCE = "FormFields", "First name"
# Long enough for the window's deferred work to run (the database opens after 250 ms, the
# sync status checks after 500 ms): a bundle missing a module fails there, not at start.
SETTLE_MS = 1000
QUIT_WAIT_MS = 10_000
FIRST_FONT = "DejaVu Sans"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def check_translations() -> str:
    """Every signer language's .qm loads and translates a string the form shows."""
    translations = Translations(application())
    shown = []
    try:
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            if not translations.switch(code):
                raise CheckFailed(f"{qm_path(code)} did not load (run `make translations`)")
            text = QCoreApplication.translate(PROBE_CONTEXT, PROBE_SOURCE)
            if text == PROBE_SOURCE:
                raise CheckFailed(f"{qm_path(code).name} loads but leaves {PROBE_SOURCE!r}")
            shown.append(f"{code} {text}")
    finally:
        translations.switch(SOURCE_LANGUAGE)
    return f"{len(shown)} languages ({', '.join(shown)})"


def open_main_window(database_url: str) -> str:
    """Build the main window over `database_url` as `tabling` does, let it settle, close it."""
    app = application()
    families = load_bundled_fonts()
    if FIRST_FONT not in families:
        raise CheckFailed(f"the bundled fonts gave {families or 'no families'}")
    pools = Pools()
    with _errors_in_slots() as errors:
        window = create_window(build_context(database_url), app, pools)
        try:
            window.show()
            _settle(SETTLE_MS)
            visible, page = window.isVisible(), type(window.stack.currentWidget()).__name__
            title = window.windowTitle()
        finally:
            pools.wait(QUIT_WAIT_MS)
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if errors:
        raise CheckFailed(f"the window raised {errors[0]}")
    if not visible:
        raise CheckFailed("the window did not show")
    return f"opened on {page} ({title!r}) and closed; fonts {', '.join(families)}"


def preview_pdf(path: Path) -> str:
    """The print preview (QtPdf, QtPdfWidgets) reads `path` as the Letters tab shows it."""
    application()
    preview = PdfPreview(path)
    try:
        pages, status = preview.page_count(), preview.document.status()
    finally:
        preview.done(0)
        preview.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if pages < 1:
        raise CheckFailed(f"Qt's PDF viewer reads no page of {path.name} ({status.name})")
    return f"Qt's PDF viewer reads {pages} pages of {path.name}"


def _settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


@contextmanager
def _errors_in_slots() -> Iterator[list[str]]:
    """Collect exceptions raised in Qt slots and timers, which PySide6 only prints."""
    errors: list[str] = []
    before = sys.excepthook

    def record(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {value}")
        before(kind, value, tb)

    sys.excepthook = record
    try:
        yield errors
    finally:
        sys.excepthook = before
