"""The main window: set-up on first start, then the kiosk, with the volunteer view behind it.

On an ordinary start the kiosk opens from the start-up snapshot (desktop/store/snapshot.py)
and the database opens in the background; on first start, set-up comes first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from desktop import events
from desktop.campaigns import Campaign, campaign_path, list_campaigns, load_campaign
from desktop.events import EventSpec
from desktop.gui.context import AppContext
from desktop.gui.i18n import LANGUAGES, SOURCE_LANGUAGE, Translations
from desktop.gui.pages.setup import SetupPage
from desktop.gui.pages.signin import SigninPage
from desktop.gui.pages.thank_you import ThankYouPage
from desktop.gui.pages.volunteer import VolunteerPage
from desktop.gui.purging import DailyPurge
from desktop.gui.read_aloud import ReadAloud
from desktop.gui.table_printing import TablePrinter
from desktop.gui.workers import Pools, logged, run_in_background
from desktop.outbox.queue import message_domain
from desktop.settings import (
    GEOCODER_ONLINE,
    IDLE_CLEAR_SECONDS,
    IDLE_COUNTDOWN_SECONDS,
    PRINT_AT_TABLE,
    PRINT_BACKEND,
    PRINTER,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_PORT,
    THANK_YOU_SECONDS,
    VOLUNTEER_LANGUAGE,
)
from desktop.signin.service import EventContext, Receipt, SigninService
from desktop.store.sessions import LazySessions
from desktop.store.snapshot import KioskSnapshot

if TYPE_CHECKING:
    from desktop.districts.lookup import StreetFinder
    from desktop.districts.resolver import AddressResolver
    from desktop.districts.update_result import UpdateResult
    from desktop.gui.app import VolunteerViewFactory
    from desktop.gui.widgets.hub_status import HubStatus
    from desktop.outbox.runner import SyncReport, SyncRunner
    from desktop.printing.backend import PrintBackend

TITLE = "Tabling"
# The first paint and keystrokes come first; nobody submits a form this quickly.
OPEN_DATABASE_AFTER_MS = 250


def print_backend(setting: str) -> PrintBackend:
    """The print system to use now; Qt's print support loads only when something prints."""
    from desktop.gui.qt_printing import chosen

    return chosen(setting)


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        pools: Pools,
        translations: Translations,
        volunteer_view: VolunteerViewFactory,
    ) -> None:
        """`volunteer_view` builds the volunteer view whole, on first use (gui/app.py)."""
        super().__init__()
        self.context, self.pools, self.translations = context, pools, translations
        self._volunteer_view = volunteer_view
        self.setWindowTitle(TITLE)
        self.setMinimumSize(1024, 700)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.current_event: KioskSnapshot | None = None
        self.service: SigninService | None = None
        self.signin: SigninPage | None = None
        self.thank_you: ThankYouPage | None = None
        self.volunteer: VolunteerPage | None = None
        self.setup: SetupPage | None = None
        self.hub_status: HubStatus | None = None
        self._resolver: AddressResolver | None = None  # made on first use
        self._resolver_key: tuple[object, ...] = ()  # the geocoder settings it was made with
        volunteer_key = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        volunteer_key.activated.connect(self.show_volunteer)
        read_aloud_key = QShortcut(QKeySequence("F2"), self)
        read_aloud_key.activated.connect(self.read_aloud)
        self.use_reader(ReadAloud(parent=self))
        full_screen_key = QShortcut(QKeySequence("F11"), self)
        full_screen_key.activated.connect(self._toggle_full_screen)

        # Retention: events whose period has passed are purged soon after start, then daily.
        self.daily_purge = DailyPurge(context.sessions, pools.database, self)
        self.daily_purge.start()
        if context.snapshot is not None:
            self._open_kiosk(context.snapshot)
            QTimer.singleShot(OPEN_DATABASE_AFTER_MS, self._open_database_in_background)
            return
        has_keys, event_id = events.start_state(context.sessions)
        if has_keys and event_id is not None:
            self.open_event(event_id)
        else:
            self.show_setup(needs_passphrase=not has_keys)

    def _open_database_in_background(self) -> None:
        """Import SQLAlchemy and open the database while the first signer types."""
        sessions = self.context.sessions
        if isinstance(sessions, LazySessions):  # else it is open already
            run_in_background(
                self.pools.database, lambda _task: sessions.open(), lambda _factory: None,
                logged("opening the database"),
            )  # fmt: skip
        self._open_streets_in_background()

    def _open_streets_in_background(self) -> None:
        """The street ranges imported before the event decide street addresses as typed."""
        from desktop.addresses import street_finder

        def opened(finder: StreetFinder | None) -> None:
            if self.service is not None and finder is not None:
                self.service.use_streets(finder)
                self._resolver = None  # made again with them

        def open_streets() -> StreetFinder | None:
            finder = street_finder()
            if finder is not None:
                # A street address is placed in the polygons: import shapely and build
                # the index now, not on the keystroke that first completes an address.
                _ = self.context.dataset.spatial
            return finder

        run_in_background(
            self.pools.database, lambda _task: open_streets(), opened,
            logged("opening the street ranges"),
        )  # fmt: skip

    def address_resolver(self) -> AddressResolver:
        """Street ranges and, when allowed, the online geocoder (built off the GUI thread).

        Made again when the geocoder's settings change, so a change applies at once.
        """
        from desktop.settings import GEOCODER_BASE_URL, GEOCODER_TIMEOUT, NETWORK_PROXY

        settings = self.context.settings
        key = (
            settings.get(GEOCODER_ONLINE),
            settings.get(GEOCODER_BASE_URL),
            settings.get(GEOCODER_TIMEOUT),
            settings.get(NETWORK_PROXY),
        )
        if self._resolver is None or self._resolver_key != key:
            from desktop.addresses import address_resolver

            streets = self.service.streets if self.service is not None else None
            self._resolver = address_resolver(self.context.dataset, settings, streets)
            self._resolver_key = key
        return self._resolver

    # -- set-up ------------------------------------------------------------------------

    def show_setup(self, needs_passphrase: bool) -> None:
        # The volunteer sets up: in the volunteer's language (Kiosk settings), as the
        # volunteer view is.
        language = self.context.settings.get(VOLUNTEER_LANGUAGE)
        self.translations.switch(language if language in LANGUAGES else SOURCE_LANGUAGE)
        self.setup = SetupPage(
            list_campaigns(), needs_passphrase, self._create_event, self.pools.database
        )
        self.setup.event_created.connect(self.open_event)
        self._show(self.setup)

    def _create_event(self, passphrase: str | None, spec: EventSpec) -> str:
        """Runs in the database thread: make the keys (first start) and the event, together."""
        return events.set_up(self.context.sessions, passphrase, spec)

    # -- the kiosk ---------------------------------------------------------------------

    def open_event(self, event_id: str) -> None:
        self._open_kiosk(events.kiosk_snapshot(self.context.sessions, event_id))

    def _open_kiosk(self, event: KioskSnapshot) -> None:
        settings = self.context.settings
        self.current_event = event
        self.service = SigninService(
            self.context.sessions,
            self.context.dataset,
            EventContext(event.event_id, event.actions),
            event.keys,
            message_domain=message_domain(settings.get(SMTP_FROM)),
        )
        self.signin = SigninPage(
            self.service,
            event.languages,
            self.pools.database,
            settings.get(IDLE_CLEAR_SECONDS),
            settings.get(IDLE_COUNTDOWN_SECONDS),
        )
        self.signin.signup_saved.connect(self._on_signup_saved)
        self.signin.read_aloud_requested.connect(self.read_aloud)
        self.signin.language_chosen.connect(self.translations.switch)
        self.thank_you = ThankYouPage(
            self._campaign(event.campaign_id), settings.get(THANK_YOU_SECONDS)
        )
        self.thank_you.finished.connect(self.show_kiosk)
        self.table_printer = TablePrinter(
            self.context.sessions,
            self.context.dataset,
            self.thank_you.campaign,
            self.pools,
            lambda: settings.get(PRINTER),
            lambda: print_backend(settings.get(PRINT_BACKEND)),
        )
        self.table_printer.state_changed.connect(self.thank_you.set_print_state)
        self.thank_you.reprint_requested.connect(self.table_printer.print_receipt)
        self.thank_you.card_requested.connect(self.table_printer.print_card)
        for page in (self.signin, self.thank_you):
            self.stack.addWidget(page)
        self._add_sync_status()
        if self.context.snapshot is None:
            self._open_streets_in_background()  # else: once the database opens
        self.setWindowTitle(f"{TITLE}: {event.event_name}")
        self.show_kiosk()

    def _add_sync_status(self) -> None:
        from desktop.gui.widgets.sync_status import SyncStatus
        from desktop.outbox.connectivity import queued_count, reachable

        settings = self.context.settings
        online = lambda: reachable(settings.get(SMTP_HOST), settings.get(SMTP_PORT))  # noqa: E731
        count = lambda: queued_count(self.context.sessions)  # noqa: E731
        self.sync_status = SyncStatus(self.pools, count, online, self._sync_runner)
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        QTimer.singleShot(OPEN_DATABASE_AFTER_MS * 2, self.sync_status.check)
        self._add_hub_status()

    def _add_hub_status(self) -> None:
        """On a laptop that joined a hub: sync in the background and say how it went."""
        from desktop.settings import HUB_URL

        if not self.context.settings.get(HUB_URL):
            return
        from desktop.gui.widgets.hub_status import HubStatus
        from desktop.hub.background import last_sync, sync_once

        sessions, settings = self.context.sessions, self.context.settings
        self.hub_status = HubStatus(
            self.pools, lambda: sync_once(sessions, settings), lambda: last_sync(sessions)
        )
        self.hub_status.synced.connect(self._hub_synced)
        self.statusBar().addPermanentWidget(self.hub_status)
        QTimer.singleShot(OPEN_DATABASE_AFTER_MS * 2, self.hub_status.sync_now)

    def _hub_synced(self, _round: object) -> None:
        if self.volunteer is not None:
            self.volunteer.refresh()
        self.sync_status.check()  # messages pulled from other laptops wait here too

    def _sync_runner(self) -> SyncRunner | None:
        """A runner while the organizer has unlocked the volunteer view; else None."""
        opener = self.volunteer.opener if self.volunteer is not None else None
        if opener is None:
            return None
        from desktop.hub.claims import for_this_laptop
        from desktop.outbox.runner import SyncRunner
        from desktop.outbox.setup import campaign_loader, sync_config

        config, _problems = sync_config(self.context.settings)
        # With a hub: only the laptop holding a message's claim sends it.
        claims = for_this_laptop(self.context.sessions, self.context.settings)
        return SyncRunner(
            self.context.sessions, self.context.dataset, opener, campaign_loader(), config,
            claims=claims,
        )  # fmt: skip

    def _campaign(self, campaign_id: str) -> Campaign:
        return load_campaign(campaign_path(campaign_id))

    def _on_signup_saved(self, receipt: Receipt) -> None:
        assert self.thank_you is not None
        self.stack.setCurrentWidget(self.thank_you)
        self.thank_you.show_receipt(receipt)
        self._print_letters(receipt)
        if receipt.status == "pending" and receipt.form.street_address:
            self._follow_up(receipt)

    def _print_letters(self, receipt: Receipt) -> None:
        """Print the sign-in's letters at the table, or say a volunteer will (the setting)."""
        assert self.thank_you is not None
        if receipt.letters and self.context.settings.get(PRINT_AT_TABLE):
            self.table_printer.print_receipt(receipt)
        elif receipt.letters:
            self.thank_you.set_print_state("later", "")

    def _follow_up(self, receipt: Receipt) -> None:
        """Ask the geocoder for a pending sign-up's address, without holding up the line."""
        if not self.context.settings.get(GEOCODER_ONLINE) or self.service is None:
            return
        service = self.service
        run_in_background(
            self.pools.network,
            lambda _task: service.follow_up(receipt, self.address_resolver()),
            self._followed_up,
            logged("looking up a pending address"),  # stays pending: the volunteer view lists it
        )

    def _followed_up(self, decided: Receipt | None) -> None:
        if decided is None:
            return
        self.statusBar().showMessage(
            "A sign-up's districts were found from its street address.", 10_000
        )
        if self.thank_you is not None and self.thank_you.signup_id == decided.signup_id:
            self.thank_you.show_receipt(decided)
            self._print_letters(decided)
        if self.volunteer is not None:
            self.volunteer.refresh()

    def use_reader(self, reader: ReadAloud) -> None:
        """Read aloud with `reader` (a test passes one with Qt's silent engine)."""
        self.reader = reader
        self._say: Callable[[str], None] | None = None
        reader.said.connect(self._read_aloud_said)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.close()  # the speech thread ends with the window
        super().closeEvent(event)

    def read_aloud(self) -> None:
        """Read the kiosk's screen (the form or the thanks) in the signer's language."""
        page = self.stack.currentWidget()
        if page is self.signin and self.signin is not None:
            texts, say = self.signin.spoken_texts(), self.signin.status.setText
        elif page is self.thank_you and self.thank_you is not None:
            texts, say = self.thank_you.spoken_texts(), self.thank_you.show_note
        else:
            return  # the volunteer view is not read aloud
        self._say = say
        self.reader.read(texts, self.translations.current)

    def _read_aloud_said(self, note: str) -> None:
        if note and self._say is not None:
            self._say(note)

    def show_kiosk(self) -> None:
        """A fresh form, in English, for the next person."""
        assert self.signin is not None
        self.translations.switch(SOURCE_LANGUAGE)
        self.signin.language_bar.mark(SOURCE_LANGUAGE)
        self.signin.new_form()
        self._show(self.signin)
        if self.signin.fields is not None:  # focus set while the page was hidden is lost
            self.signin.fields.inputs["first_name"].setFocus()

    # -- the volunteer view, built on first use ----------------------------------------

    def show_volunteer(self) -> None:
        if self.current_event is None or self.service is None:
            return  # no event yet: set-up comes first
        # The volunteer's own language (Kiosk settings), not the last signer's: the view is
        # built in it on first use (its other tabs are in English still).
        language = self.context.settings.get(VOLUNTEER_LANGUAGE)
        self.translations.switch(language if language in LANGUAGES else SOURCE_LANGUAGE)
        if self.volunteer is None:
            parts = self._volunteer_view(self.current_event, self.service, self.address_resolver)
            self.volunteer = parts.page
            self.dataset_panel, self.streets_tab = parts.dataset_panel, parts.streets_tab
            self.dataset_panel.updated.connect(self._legislators_updated)
            self.streets_tab.streets_changed.connect(self._open_streets_in_background)
            self.streets_tab.refresh()
            self.sync_status.outbox_synced.connect(self._outbox_synced)
            self.sync_status.came_online.connect(self.volunteer.look_up_pending)
            self.volunteer.back_to_kiosk.connect(self.show_kiosk)
        self._show(self.volunteer)
        self.dataset_panel.show_age()  # the day, or the age limit, may have changed
        self.volunteer.refresh()
        if not self.volunteer.is_unlocked():
            self.volunteer.passphrase.setFocus()

    def _outbox_synced(self, _report: SyncReport) -> None:
        if self.volunteer is not None:
            self.volunteer.refresh()

    def _legislators_updated(self, _result: UpdateResult) -> None:
        """The roster changed under the running app: show what now waits, and for whom."""
        if self.volunteer is not None:
            self.volunteer.refresh()
            if self.volunteer.letters is not None:
                self.volunteer.letters.refresh()

    def _show(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
