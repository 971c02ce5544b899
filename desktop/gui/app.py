"""Starting the window, in Vorta's order: exception hook, folders, logging, database, Qt."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.campaigns.errors import CampaignError, campaign_problem
from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.style import apply_style
from desktop.gui.workers import Pools
from desktop.logs import install_exception_hook, setup_logging
from desktop.paths import default_database_url
from desktop.private_files import private_folder
from desktop.settings import DATABASE_URL, FONT_SCALE, Settings
from desktop.store.health import DatabaseProblem, check_database
from desktop.store.sessions import LazySessions
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


def _cannot_start(text: str) -> int:
    """A file the app needs is not usable: say which and what to do, then stop (exit 1).

    Nothing is changed; the same sentence goes to stderr for whoever started it from a
    terminal or a launcher's log.
    """
    print(f"tabling: {text}", file=sys.stderr)
    log.error("cannot start: %s", type(text).__name__)  # the text may name a user's folder
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    QMessageBox.critical(None, "The tabling app cannot start", text)
    return 1


def build_context(database_url: str | None = None) -> AppContext:
    """Settings, the database (checked: a damaged, newer or read-only one raises
    DatabaseProblem before anything is changed) and the dataset."""
    settings = Settings()
    url = database_url or settings.get(DATABASE_URL) or default_database_url()
    check_database(url, thorough=True)  # milliseconds: every page of an event's sign-ups
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
    home = paths.user_home()
    try:
        private_folder(home)  # as the command line makes it: the owner's alone
        setup_logging()
    except OSError as exc:
        return _cannot_start(
            f"The data folder {home} cannot be written ({exc.strerror or exc}): make it"
            " writable, or set TABLING_HOME to a folder you can write to."
        )
    try:
        context = build_context(database_url)
    except DatabaseProblem as exc:
        return _cannot_start(str(exc))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tabling")
    try:
        window = create_window(context, app)
    except CampaignError as exc:
        return _cannot_start(campaign_problem(exc))
    app.aboutToQuit.connect(lambda: window.pools.wait(10_000))
    window.show()
    log.info("window shown")
    return int(app.exec())
