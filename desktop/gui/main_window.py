"""The main window: set-up on first start, then the kiosk, with the volunteer view behind it."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from desktop import events, organizer
from desktop.campaigns import Campaign, campaigns_dir, list_campaigns, load_campaign
from desktop.events import EventSpec
from desktop.gui.context import AppContext
from desktop.gui.i18n import SOURCE_LANGUAGE, Translations
from desktop.gui.pages.setup import SetupPage
from desktop.gui.pages.signin import SigninPage
from desktop.gui.pages.thank_you import ThankYouPage
from desktop.gui.pages.volunteer import VolunteerPage
from desktop.gui.workers import Pools
from desktop.settings import IDLE_CLEAR_SECONDS, IDLE_COUNTDOWN_SECONDS, THANK_YOU_SECONDS
from desktop.signin.service import EventContext, Receipt, SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.models import Event

TITLE = "Tabling"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, pools: Pools, translations: Translations) -> None:
        super().__init__()
        self.context, self.pools, self.translations = context, pools, translations
        self.setWindowTitle(TITLE)
        self.setMinimumSize(1024, 700)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.signin: SigninPage | None = None
        self.thank_you: ThankYouPage | None = None
        self.volunteer: VolunteerPage | None = None
        self.setup: SetupPage | None = None
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.show_volunteer)
        QShortcut(QKeySequence("F11"), self, activated=self._toggle_full_screen)

        with context.sessions() as session:
            has_keys = organizer.key_record(session) is not None
            event = events.current_event(session)
            event_id = event.id if event is not None else None
        if has_keys and event_id is not None:
            self.open_event(event_id)
        else:
            self.show_setup(needs_passphrase=not has_keys)

    # -- set-up ------------------------------------------------------------------------

    def show_setup(self, needs_passphrase: bool) -> None:
        self.setup = SetupPage(
            list_campaigns(), needs_passphrase, self._create_event, self.pools.database
        )
        self.setup.event_created.connect(self.open_event)
        self._show(self.setup)

    def _create_event(self, passphrase: str | None, spec: EventSpec) -> str:
        """Runs in the database thread: make the keys (first start) and the event, together."""
        with self.context.sessions.begin() as session:
            if passphrase is not None:
                organizer.initialize(session, passphrase)
            return events.create_event(session, spec).id

    # -- the kiosk ---------------------------------------------------------------------

    def open_event(self, event_id: str) -> None:
        with self.context.sessions() as session:
            event = session.get(Event, event_id)
            keys = organizer.require_key_record(session)
            assert event is not None
            name, campaign_id = event.name, event.campaign_id
            actions, languages = tuple(event.actions), tuple(event.languages)
        campaign = self._campaign(campaign_id)
        settings = self.context.settings
        service = SigninService(
            self.context.sessions, self.context.dataset, EventContext(event_id, actions), keys
        )
        self.signin = SigninPage(
            service,
            languages,
            self.pools.database,
            settings.get(IDLE_CLEAR_SECONDS),
            settings.get(IDLE_COUNTDOWN_SECONDS),
        )
        self.signin.signup_saved.connect(self._on_signup_saved)
        self.signin.language_chosen.connect(self.translations.switch)
        self.thank_you = ThankYouPage(campaign, settings.get(THANK_YOU_SECONDS))
        self.thank_you.finished.connect(self.show_kiosk)
        self.volunteer = VolunteerPage(
            VolunteerService(self.context.sessions, self.context.dataset, event_id),
            service,
            languages,
            self.pools.database,
        )
        self.volunteer.back_to_kiosk.connect(self.show_kiosk)
        for page in (self.signin, self.thank_you, self.volunteer):
            self.stack.addWidget(page)
        self.setWindowTitle(f"{TITLE}: {name}")
        self.show_kiosk()

    def _campaign(self, campaign_id: str) -> Campaign:
        return load_campaign(campaigns_dir() / f"{campaign_id}.yaml")

    def _on_signup_saved(self, receipt: Receipt) -> None:
        assert self.thank_you is not None
        self.stack.setCurrentWidget(self.thank_you)
        self.thank_you.show_receipt(receipt)

    def show_kiosk(self) -> None:
        """A fresh form, in English, for the next person."""
        assert self.signin is not None
        self.translations.switch(SOURCE_LANGUAGE)
        self.signin.language_bar.mark(SOURCE_LANGUAGE)
        self.signin.new_form()
        self._show(self.signin)

    def show_volunteer(self) -> None:
        if self.volunteer is None:
            return
        self.translations.switch(SOURCE_LANGUAGE)
        self._show(self.volunteer)
        self.volunteer.refresh()
        if not self.volunteer.is_unlocked():
            self.volunteer.passphrase.setFocus()

    def _show(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
