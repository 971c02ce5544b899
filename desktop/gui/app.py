"""Starting the window, in Vorta's order: exception hook, folders, logging, database, Qt.

And composing it: the volunteer view and its tabs are built whole here, each given what it
needs through its constructor, so no page reaches into another.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import paths
from desktop.campaigns.errors import CampaignError, campaign_problem
from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow, print_backend
from desktop.gui.style import apply_style
from desktop.gui.workers import Pools
from desktop.logs import install_exception_hook, setup_logging
from desktop.paths import default_database_url
from desktop.private_files import private_folder
from desktop.settings import DATABASE_URL, FONT_SCALE, Settings
from desktop.store.health import DatabaseProblem, check_database
from desktop.store.sessions import LazySessions
from desktop.store.snapshot import read_snapshot

if TYPE_CHECKING:
    from desktop.districts.resolver import AddressResolver
    from desktop.gui.pages.streets_tab import StreetsTab
    from desktop.gui.pages.volunteer import VolunteerPage
    from desktop.gui.widgets.dataset_panel import DatasetPanel
    from desktop.signin.service import SigninService
    from desktop.store.snapshot import KioskSnapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VolunteerView:
    page: VolunteerPage
    dataset_panel: DatasetPanel  # the legislators' data: its age, and updating it
    streets_tab: StreetsTab  # street ranges for the event's split towns


# What the main window calls to build the volunteer view on first use.
VolunteerViewFactory = Callable[
    ["KioskSnapshot", "SigninService", "Callable[[], AddressResolver]"], VolunteerView
]


def volunteer_view(
    context: AppContext,
    pools: Pools,
    event: KioskSnapshot,
    signin: SigninService,
    address_resolver: Callable[[], AddressResolver],
) -> VolunteerView:
    """The volunteer view with its tabs, for the kiosk's event (lazily: on first use)."""
    from desktop.campaigns import campaign_path, load_campaign
    from desktop.gui.pages.delivery_tab import DeliveryTab
    from desktop.gui.pages.duplicates_tab import DuplicatesTab
    from desktop.gui.pages.holdings_tab import HoldingsTab
    from desktop.gui.pages.letters_tab import LettersTab
    from desktop.gui.pages.outbox_tab import OutboxTab
    from desktop.gui.pages.preferences_dialog import PreferencesDialog
    from desktop.gui.pages.report_tab import ReportTab
    from desktop.gui.pages.settings_dialog import SettingsDialog
    from desktop.gui.pages.visits_tab import VisitsTab
    from desktop.gui.pages.volunteer import VolunteerPage
    from desktop.gui.widgets.dataset_panel import DatasetPanel
    from desktop.lobby.laptop import by_whom, laptop_name
    from desktop.outbox.withdrawal import Withdrawal, withdraw
    from desktop.settings import PRINT_BACKEND, PRINTER, VOLUNTEER_LOCK_SECONDS
    from desktop.signin.volunteer import Identity, VolunteerService

    sessions, dataset, settings = context.sessions, context.dataset, context.settings
    service = VolunteerService(sessions, dataset, event.event_id)
    letters = LettersTab(
        sessions, dataset, event.event_id, load_campaign(campaign_path(event.campaign_id)),
        pools, lambda: settings.get(PRINTER), lambda: print_backend(settings.get(PRINT_BACKEND)),
        laptop=laptop_name(settings),
    )  # fmt: skip

    def withdrawal(contact: str) -> Withdrawal:
        return withdraw(sessions, signin.keys, contact, signin.message_domain)

    outbox = OutboxTab(sessions, dataset, event.event_id, pools, withdrawal)
    identity = Identity(sessions, dataset, event.event_id, event.actions, signin.message_domain)
    duplicates = DuplicatesTab(identity, pools.database)
    streets = _streets_tab(context, pools, event.event_id)
    holdings = HoldingsTab(sessions, event.event_id, pools.database)
    holdings.wiped.connect(_quit_after_wipe)
    # Counting and drawing go through the network pool, never the writes' one thread.
    report = ReportTab(sessions, dataset, event.event_id, pools.network)
    panel = DatasetPanel(dataset, settings, pools, sessions)
    # Lobby day: the delivery run and the visit reports (desktop/lobby).
    delivery = DeliveryTab(
        sessions, event.event_id, pools.database, lambda initials: by_whom(initials, settings)
    )
    visits = VisitsTab(sessions, dataset, event.event_id, pools.database, laptop_name(settings))

    def dialogs(page: QWidget) -> tuple[SettingsDialog, PreferencesDialog]:
        return (
            SettingsDialog(settings, pools.network, page),
            PreferencesDialog(settings, page),
        )

    page = VolunteerPage(
        service, signin, event.languages, pools.database, letters, outbox, duplicates,
        more_tabs=[("Delivery", delivery), ("Visits", visits), ("Report", report),
                   ("Streets", streets), ("Holdings", holdings)], panel=panel, dialogs=dialogs,
        address_resolver=address_resolver, network_pool=pools.network,
        lock_after_seconds=settings.get(VOLUNTEER_LOCK_SECONDS),
    )  # fmt: skip
    page.counts_changed.connect(report.counts_changed)
    return VolunteerView(page, panel, streets)


WIPED_QUIT_AFTER_MS = 1500


def _quit_after_wipe() -> None:
    """Wiped: the keys and the database are gone, so the app starts anew (set-up first)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    QTimer.singleShot(WIPED_QUIT_AFTER_MS, QCoreApplication.quit)


def _streets_tab(context: AppContext, pools: Pools, event_id: str) -> StreetsTab:
    from desktop import events
    from desktop.gui.pages.streets_tab import StreetsTab
    from desktop.settings import STREETS_BASE_URL

    def event_counties() -> tuple[str, ...]:
        from desktop.districts.errors import LookupInputError
        from desktop.streets.counties import counties_for_place

        place = events.event_place(context.sessions, event_id)
        try:
            return counties_for_place(context.dataset, place, split_only=True)
        except LookupInputError:
            return ()  # the event's place is not a town: the volunteer picks

    settings = context.settings
    return StreetsTab(pools.network, event_counties, lambda: settings.get(STREETS_BASE_URL))


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


def main_window(context: AppContext, pools: Pools, translations: Translations) -> MainWindow:
    """The window, composed: it builds its volunteer view with volunteer_view."""
    return MainWindow(
        context, pools, translations, functools.partial(volunteer_view, context, pools)
    )


def create_window(context: AppContext, app: QApplication, pools: Pools | None = None) -> MainWindow:
    apply_style(app, context.settings.get(FONT_SCALE))
    return main_window(context, pools or Pools(), Translations(app))


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
    # A kiosk: the whole screen, the type sized for it (F11 leaves full screen and comes back).
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager, full screen alone keeps the old size
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    log.info("window shown")
    return int(app.exec())
