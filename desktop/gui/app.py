"""Starting the window, in Vorta's order: exception hook, folders, logging, database, Qt."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.style import apply_style
from desktop.gui.workers import Pools
from desktop.logs import install_exception_hook, setup_logging
from desktop.settings import DATABASE_URL, FONT_SCALE, Settings
from desktop.store.sessions import LazySessions, default_database_url
from desktop.store.snapshot import read_snapshot

log = logging.getLogger(__name__)


def _tell(text: str) -> None:
    """Say that something failed; the window, and whatever was typed in it, stays."""
    if QApplication.instance() is not None:
        QMessageBox.warning(
            None,
            "Something went wrong",
            "Something went wrong. Nothing typed so far is lost.\n\nThe details are in the log:\n"
            + text,
        )


def build_context(database_url: str | None = None) -> AppContext:
    settings = Settings()
    url = database_url or settings.get(DATABASE_URL) or default_database_url()
    snapshot = read_snapshot(url)
    sessions = LazySessions(url)
    if snapshot is None:
        sessions.open()  # first start, or not a SQLite file: open (and migrate) it now
    return AppContext(sessions, Dataset(paths.dataset_path()), settings, snapshot)


def create_window(context: AppContext, app: QApplication, pools: Pools | None = None) -> MainWindow:
    apply_style(app, context.settings.get(FONT_SCALE))
    return MainWindow(context, pools or Pools(), Translations(app))


def run(database_url: str | None = None) -> int:
    install_exception_hook(_tell)
    paths.user_home().mkdir(parents=True, exist_ok=True)
    setup_logging()
    context = build_context(database_url)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tabling")
    window = create_window(context, app)
    app.aboutToQuit.connect(lambda: window.pools.wait(10_000))
    window.show()
    log.info("window shown")
    return int(app.exec())
