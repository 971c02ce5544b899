"""The volunteer view, behind the organizer passphrase: the event's sign-ups and counts.

Locked, it shows only the counts (nothing personal). Unlocked, it holds the private
key in memory until "Lock" or quitting; the table is searchable and sortable, and a
sign-up can be corrected, deleted, or resolved by ward and precinct. Pending sign-ups
(a split town the sign-in could not decide) can be listed alone, and their street
addresses are looked up again, online when allowed, on unlocking, when the connection
returns, and on "Look up pending addresses".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.districts.resolver import AddressResolver
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.models.signups import ACTIONS_COLUMN, SignupsFilter, SignupsModel
from desktop.gui.pages.pending_lookup import PendingLookup
from desktop.gui.pages.sheet_files import SheetFiles
from desktop.gui.pages.volunteer_dialogs import EditDialog, ResolveDialog
from desktop.gui.widgets.fit_columns import fit_columns
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.keys import WrongPassphrase
from desktop.privacy.sealing import Opener
from desktop.signin.place import ward_precinct_choices
from desktop.signin.service import FormInvalid, SigninService
from desktop.signin.views import SignupRecord

if TYPE_CHECKING:
    from desktop.gui.pages.duplicates_tab import DuplicatesTab
    from desktop.gui.pages.letters_tab import LettersTab
    from desktop.gui.pages.outbox_tab import OutboxTab
    from desktop.gui.pages.preferences_dialog import PreferencesDialog
    from desktop.gui.pages.settings_dialog import SettingsDialog
    from desktop.signin.volunteer import EventCounts, VolunteerService


# The titles the main window gives its further tabs (app.py's `more_tabs`), for lupdate.
MORE_TAB_TITLES = (
    QT_TRANSLATE_NOOP("VolunteerPage", "Delivery"),
    QT_TRANSLATE_NOOP("VolunteerPage", "Visits"),
    QT_TRANSLATE_NOOP("VolunteerPage", "Report"),
    QT_TRANSLATE_NOOP("VolunteerPage", "Streets"),
    QT_TRANSLATE_NOOP("VolunteerPage", "Holdings"),
)

_INPUT_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class _MinimumFirst(QVBoxLayout):
    """The view's layout inside its scroll area: it asks for its minimum height only.

    A scroll area sizes content whose layout reports a height for the width (wrapped
    labels do) by that height, which adds up the preferred heights of the tabs' tables
    (Qt's default 192 pixels each and more): the view scrolled on a 768-pixel screen with
    room to spare. Without it the scroll area takes the minimum size, so the view scrolls
    only when its minimum does not fit, and the tables give way first.
    """

    def hasHeightForWidth(self) -> bool:
        return False


class VolunteerPage(QWidget):
    back_to_kiosk = Signal()
    locked = Signal()
    counts_changed = Signal()  # the event's counts differ from those shown: the Report tab follows

    def __init__(
        self,
        volunteer: VolunteerService,
        signin: SigninService,
        languages: Sequence[str],
        pool: Pool,
        letters: LettersTab | None = None,
        outbox: OutboxTab | None = None,
        duplicates: DuplicatesTab | None = None,
        *,
        more_tabs: Sequence[tuple[str, QWidget]] = (),
        panel: QWidget | None = None,
        dialogs: Callable[[QWidget], tuple[SettingsDialog, PreferencesDialog]] | None = None,
        address_resolver: Callable[[], AddressResolver] | None = None,
        network_pool: Pool | None = None,
        lock_after_seconds: int = 120,
        parent: QWidget | None = None,
    ) -> None:
        """Everything the page shows and uses comes in here, built by the main window:
        its tabs (`more_tabs` after the usual ones), a `panel` above them (the legislators'
        age), the settings and preferences dialogs (`dialogs(page)`: made with the page as
        their parent), the street-address resolver and a pool for network work."""
        super().__init__(parent)
        self.setObjectName("volunteerPage")
        self.letters = letters
        self.volunteer, self.signin, self.languages, self.pool = (
            volunteer,
            signin,
            list(languages),
            pool,
        )
        self._opener: Opener | None = None
        self._counts: EventCounts | None = None
        self.no_street = 0  # letters whose signer gave no street address (known unlocked)
        self.address_resolver = address_resolver
        self.network_pool = network_pool
        self._pending_lookup: PendingLookup | None = None
        self.panel = panel

        self.counts = named(QLabel(), "counts")
        self.counts.setAccessibleName(self.tr("Event counts"))
        # Not the status bar's "to send": that counts every message (confirmations and CRM
        # records too) ready to leave now; this, the legislator emails, waiting ones too.
        self.counts.setToolTip(
            self.tr(
                "Emails to legislators include those waiting for a split town's district. The status bar counts every message ready to leave now, confirmations and Action Network records too."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self._locked_view())
        self.tabs = named(QTabWidget(), "volunteerTabs")
        self.tabs.addTab(self._unlocked_view(), self.tr("Sign-ups"))
        if letters is not None:
            self.tabs.addTab(letters, self.tr("Letters"))
        self.outbox = outbox
        if outbox is not None:
            self.tabs.addTab(outbox, self.tr("Outbox"))
        self.duplicates = duplicates
        if duplicates is not None:
            self.tabs.addTab(duplicates, self.tr("Duplicates"))
            duplicates.changed.connect(self.refresh)
        for title, tab in more_tabs:
            self.tabs.addTab(tab, QCoreApplication.translate("VolunteerPage", title))
        self.stack.addWidget(self.tabs)
        back = named(QPushButton(self.tr("Back to sign-in")), "backToKiosk")
        back.clicked.connect(self.back_to_kiosk.emit)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(back)
        # On a small screen the view scrolls rather than squeezing its buttons together.
        content = QWidget()
        layout = _MinimumFirst(content)
        layout.addLayout(top)
        if panel is not None:
            layout.addWidget(panel)
        layout.addWidget(self.stack, 1)
        scroll = named(QScrollArea(), "volunteerScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Left alone while unlocked, the view locks itself: whoever comes next to the
        # kiosk finds no names. Any key or click restarts the wait.
        self.idle_lock = QTimer(self)
        self.idle_lock.setSingleShot(True)
        self.idle_lock.setInterval(max(lock_after_seconds, 5) * 1000)
        self.idle_lock.timeout.connect(self._locked_by_idle)
        self.settings_dialog: SettingsDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        if dialogs is not None:
            self.settings_dialog, self.preferences_dialog = dialogs(self)

    # -- locked ------------------------------------------------------------------------

    def _locked_view(self) -> QWidget:
        view = QWidget()
        self.passphrase = named(QLineEdit(), "unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Organizer passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), "unlock")
        self.unlock_button.clicked.connect(self.unlock)
        self.unlock_error = named(QLabel(), "unlockError")
        self.unlock_error.setProperty("role", "error")
        layout = QVBoxLayout(view)
        layout.addWidget(
            QLabel(self.tr("Sign-ups are locked. Type the organizer passphrase to see them."))
        )
        layout.addWidget(self.passphrase)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.unlock_error)
        layout.addStretch(1)
        return view

    def is_unlocked(self) -> bool:
        return self._opener is not None

    @property
    def opener(self) -> Opener | None:
        return self._opener

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.unlock_button.setEnabled(False)
        self.unlock_error.setText(self.tr("Unlocking…"))
        run_in_background(
            self.pool,
            lambda task: self.volunteer.unlock(passphrase, lambda *done: task.progress(done)),
            self._unlocked,
            self._unlock_failed,
            self._resealing,
        )

    def _resealing(self, done_total: tuple[int, int]) -> None:
        """Once, after an update: earlier sign-ups are sealed anew before the list opens."""
        done, total = done_total
        self.unlock_error.setText(
            self.tr("Unlocking: re-sealing earlier sign-ups, %1 of %2…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _unlocked(self, opener: Opener) -> None:
        self.passphrase.clear()
        self.unlock_error.clear()
        self.unlock_button.setEnabled(True)
        self._opener = opener
        self.stack.setCurrentIndex(1)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle_lock.start()
        if self.letters is not None:
            self.letters.set_opener(opener)
        if self.duplicates is not None:
            self.duplicates.set_opener(opener)
        self.refresh()
        self.search.setFocus()
        self.look_up_pending()

    def look_up_pending(self) -> None:
        """Try the pending sign-ups' street addresses again, in the background."""
        opener = self._opener
        if opener is None or self.address_resolver is None:
            return
        if self._pending_lookup is None:
            self._pending_lookup = PendingLookup(
                self.volunteer.sessions,
                self.volunteer.event_id,
                self.network_pool or self.pool,
                self.address_resolver,
                self,
            )
            self._pending_lookup.finished.connect(self._pending_looked_up)
        if not self._pending_lookup.running:
            self.look_up_button.setEnabled(False)
            self.message.setText(self.tr("Looking up the pending sign-ups' street addresses…"))
            self._pending_lookup.start(opener)

    def _pending_looked_up(self, text: str, decided: int) -> None:
        self.look_up_button.setEnabled(True)
        self.message.setText(text)
        if decided:
            self.refresh()
            if self.letters is not None:
                self.letters.refresh()

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()  # a wrong try is not left for the next person at the screen
        self.unlock_error.setText(
            str(error)
            if isinstance(error, WrongPassphrase)
            else self.tr("Could not unlock: %1").replace("%1", str(error))
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the view (back to the kiosk, or the window hidden) locks it."""
        if self.is_unlocked():
            self.lock()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While unlocked, any key or click (in the view or one of its dialogs) is the
        # volunteer at work: the wait starts again.
        if self.idle_lock.isActive() and event.type() in _INPUT_EVENTS:
            self.idle_lock.start()
        return False

    def _locked_by_idle(self) -> None:
        if self.is_unlocked():
            self.lock()
            self.unlock_error.setText(
                self.tr("Locked after a while without use. Type the passphrase again.")
            )

    def lock(self) -> None:
        """Forget the key and every opened record."""
        self.idle_lock.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._opener = None
        if self.letters is not None:
            self.letters.set_opener(None)
        if self.duplicates is not None:
            self.duplicates.set_opener(None)
        self.model.set_rows([])
        self.no_street = 0
        self.search.clear()
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.locked.emit()

    # -- unlocked ----------------------------------------------------------------------

    def _unlocked_view(self) -> QWidget:
        view = QWidget()
        self.files = SheetFiles(self.signin, self.volunteer, self.pool, lambda: self._opener, self)
        self.search = named(QLineEdit(), "search")
        self.search.setPlaceholderText(self.tr("Search sign-ups"))
        self.search.setAccessibleName(self.tr("Search sign-ups"))
        self.model = SignupsModel(self.signin.dataset.seats)
        self.proxy = SignupsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.pending_only = named(QCheckBox(self.tr("Pending only")), "pendingOnly")
        self.pending_only.setToolTip(self.tr("Show only sign-ups whose districts are still open"))
        self.pending_only.toggled.connect(self.proxy.set_pending_only)
        self.table = named(QTableView(), "signupsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Sign-ups"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        fit_columns(self.table, ACTIONS_COLUMN)  # the actions take what is left
        # The view gives its tables only their minimum on a small screen (_MinimumFirst):
        # this one keeps a heading and three sign-ups in sight.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4 + 2 * self.table.frameWidth())
        # Three to a row, in groups: the chosen sign-up; the whole event; the settings. One
        # row of nine cut every label short on a 1280-pixel screen.
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("edit", self.tr("Correct…"), self.edit_selected),
            ("resolve", self.tr("Choose ward and precinct…"), self.resolve_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("lookUpPending", self.tr("Look up pending addresses"), self.look_up_pending),
            ("importCsv", self.tr("Import paper sheets…"), self.files.choose_import),
            ("exportCsv", self.tr("Export…"), self.files.choose_export),
            ("settings", self.tr("Sending settings…"), self.open_settings),
            ("preferences", self.tr("Kiosk settings…"), self.open_preferences),
            ("lock", self.tr("Lock"), self.lock),
            ("changePassphrase", self.tr("Change passphrase…"), self.change_passphrase),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.addWidget(button, len(self.buttons) // 3, len(self.buttons) % 3)
            self.buttons[name] = button
        self.look_up_button = self.buttons["lookUpPending"]
        self.message = named(QLabel(), "volunteerMessage")
        self.files.said.connect(self.message.setText)
        self.files.imported.connect(self.refresh)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(view)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.pending_only)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        return view

    def refresh(self) -> None:
        run_in_background(self.pool, lambda _task: self.volunteer.counts(), self._show_counts)
        if self.outbox is not None and self._opener is not None:
            self.outbox.refresh()
        opener = self._opener
        if opener is not None:
            run_in_background(
                self.pool, lambda _task: self.volunteer.records(opener), self._show_records
            )

    def _show_records(self, records: list[SignupRecord]) -> None:
        self.model.set_rows(records)
        self.no_street = sum(
            1
            for r in records
            if not r.street_address.strip()
            for a in r.actions
            if a.kind == "letter" and a.state != "skipped"
        )
        self._show_counts(self._counts)

    def _show_counts(self, counts: EventCounts | None) -> None:
        changed = counts is not None and counts != self._counts
        self._counts = counts
        if counts is None:
            return
        if changed:
            self.counts_changed.emit()
        text = (
            self.tr(
                "Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4"
            )
            .replace("%1", str(counts.signups))
            .replace("%2", str(counts.pending))
            .replace("%3", str(counts.letters))
            .replace("%4", str(counts.emails))
        )
        if self.is_unlocked() and self.no_street:
            # An office cannot check or answer these: worth asking for an address next time.
            text += "    " + self.tr("Letters without a street address: %1").replace(
                "%1", str(self.no_street)
            )
        self.counts.setText(text)

    def selected(self) -> SignupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a sign-up in the table first."))
            return None
        record = self.proxy.data(rows[0], Qt.ItemDataRole.UserRole)
        return record if isinstance(record, SignupRecord) else None

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = EditDialog(
            record, sorted(set(self.signin.dataset.place_names.values())), self.languages, self
        )
        while dialog.exec():
            try:
                self.signin.edit(record.id, dialog.form())
            except FormInvalid as exc:
                dialog.show_problems(exc.problems)
                continue
            self.message.setText(self.tr("Saved."))
            break
        self.refresh()

    def resolve_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if record.status != "pending" or not record.town:
            self.message.setText(self.tr("This sign-up's districts are already decided."))
            return
        dialog = ResolveDialog(
            record.town, ward_precinct_choices(self.signin.dataset, record.town), self
        )
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is not None:
            self.resolve(record.id, *chosen)

    def resolve(self, signup_id: str, ward: str, precinct: str) -> None:
        def done(status: str) -> None:
            self.message.setText(
                self.tr("Resolved: its letters and emails can go now.")
                if status == "resolved"
                else self.tr("Still not decided.")
            )
            self.refresh()

        run_in_background(
            self.pool,
            lambda _task: self.volunteer.resolve(signup_id, ward, precinct),
            done,
            lambda e: self.message.setText(str(e)),
        )

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete sign-up"),
            self.tr("Delete the sign-up of %1? Its letters and emails are dropped too.").replace(
                "%1", f"{record.first_name} {record.last_name}"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.volunteer.delete(record.id)
            self.signin.recent.forget(record.id)
            self.message.setText(self.tr("Deleted."))
            self.refresh()

    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.open()

    def change_passphrase(self) -> None:
        """The organizer passphrase: a dialog of its own (pages/passphrase_dialog.py)."""
        from desktop.gui.pages.passphrase_dialog import ChangePassphraseDialog

        self.passphrase_dialog = ChangePassphraseDialog(
            self.volunteer.change_passphrase, self.pool, parent=self
        )
        self.passphrase_dialog.accepted.connect(
            lambda: self.message.setText(self.tr("The organizer passphrase is changed."))
        )
        self.passphrase_dialog.open()

    def open_preferences(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.open()

    def export_file(self, path: str) -> None:
        """Export the sign-ups to `path` (SheetFiles: a file only its owner can read)."""
        self.files.export_file(path)
