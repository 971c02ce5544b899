"""The volunteer view's Duplicates tab: sign-ups that may be one person, side by side.

A suggestion (identity.py: the same name with nothing else to compare, a shared email or
phone under another name, names and addresses much alike) is decided here, by the
volunteer, never at the kiosk: "Merge" keeps the earlier sign-up and merges the later one
into it; "Keep apart" remembers that they are two people. Every merge, whether the kiosk
recognised a repeat or a volunteer chose it, is listed below with "Split", which puts the
two sign-ups back as they were. Needs the passphrase (set_opener), like the other tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.named import named
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.sealing import Opener
from desktop.signin.views import SignupRecord

if TYPE_CHECKING:
    from desktop.signin.volunteer import Identity, MergeView, SuggestionView

CONTEXT = "DuplicatesTab"
REASONS = {
    "same_name": QT_TRANSLATE_NOOP("DuplicatesTab", "the same name, nothing else to compare"),
    "shared_email": QT_TRANSLATE_NOOP("DuplicatesTab", "the same email address, another name"),
    "shared_phone": QT_TRANSLATE_NOOP("DuplicatesTab", "the same phone number, another name"),
    "similar": QT_TRANSLATE_NOOP("DuplicatesTab", "very similar names at the same address"),
    "email": QT_TRANSLATE_NOOP("DuplicatesTab", "the same name and email"),
    "phone": QT_TRANSLATE_NOOP("DuplicatesTab", "the same name and phone"),
    "name_address": QT_TRANSLATE_NOOP("DuplicatesTab", "the same name and address"),
    "volunteer": QT_TRANSLATE_NOOP("DuplicatesTab", "merged by a volunteer"),
}
ASKED = (
    ("consent_letter", QT_TRANSLATE_NOOP("DuplicatesTab", "letter")),
    ("consent_email", QT_TRANSLATE_NOOP("DuplicatesTab", "email")),
    ("consent_updates_email", QT_TRANSLATE_NOOP("DuplicatesTab", "email updates")),
    ("consent_updates_text", QT_TRANSLATE_NOOP("DuplicatesTab", "text updates")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason(code: str) -> str:
    """Why two sign-ups may be one person, in words; an unknown code as it is."""
    known = REASONS.get(code)
    return _t(known) if known is not None else code


def _asked(record: SignupRecord) -> str:
    asked = [_t(words) for consent, words in ASKED if getattr(record, consent)]
    return ", ".join(asked) or _t(QT_TRANSLATE_NOOP("DuplicatesTab", "nothing"))


# (label, shown as, the value): the label, in English, also names the value's widget.
FIELDS = (
    ("Name", QT_TRANSLATE_NOOP("DuplicatesTab", "Name:"),
     lambda r: f"{r.first_name} {r.last_name}".strip()),
    ("Street address", QT_TRANSLATE_NOOP("DuplicatesTab", "Street address:"),
     lambda r: r.street_address),
    ("Town", QT_TRANSLATE_NOOP("DuplicatesTab", "Town:"),
     lambda r: ", ".join(p for p in (r.town or r.place, r.zip_code) if p)),
    ("Email", QT_TRANSLATE_NOOP("DuplicatesTab", "Email:"), lambda r: r.email),
    ("Phone", QT_TRANSLATE_NOOP("DuplicatesTab", "Phone:"), lambda r: r.phone),
    ("Language", QT_TRANSLATE_NOOP("DuplicatesTab", "Language:"), lambda r: r.language),
    ("Asked for", QT_TRANSLATE_NOOP("DuplicatesTab", "Asked for:"), _asked),
    ("Signed in", QT_TRANSLATE_NOOP("DuplicatesTab", "Signed in:"),
     lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
)  # fmt: skip


class RecordCard(QGroupBox):
    """One sign-up's details, read-only, for comparing with another."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for label, shown_as, _get in FIELDS:
            value = named(QLabel(), f"card{label.replace(' ', '')}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[label] = value
            form.addRow(_t(shown_as), value)

    def show_record(self, record: SignupRecord | None) -> None:
        for label, _shown_as, get in FIELDS:
            self.values[label].setText(get(record) if record is not None else "")


class DuplicatesTab(QWidget):
    changed = Signal()  # sign-ups were merged or split: counts and tables are out of date

    def __init__(self, identity: Identity, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesTab")
        self.identity, self.pool = identity, pool
        self.opener: Opener | None = None
        self.suggestions: list[SuggestionView] = []
        self.merges: list[MergeView] = []

        self.heading = named(QLabel(), "duplicatesHeading")
        self.heading.setWordWrap(True)
        self.pairs = named(QListWidget(), "suggestions")
        self.pairs.setAccessibleName(self.tr("Possible duplicates"))
        self.pairs.currentRowChanged.connect(self._show_pair)
        self.later = RecordCard(self.tr("Later sign-in"))
        self.earlier = RecordCard(self.tr("Earlier sign-in"))
        self.merge_button = named(QPushButton(self.tr("Merge into the earlier one")), "mergePair")
        self.merge_button.clicked.connect(self.merge)
        self.apart_button = named(QPushButton(self.tr("Keep apart: two people")), "keepApart")
        self.apart_button.clicked.connect(self.keep_apart)
        self.merged = named(QListWidget(), "merges")
        self.merged.setAccessibleName(self.tr("Merged sign-ups"))
        self.merged.currentRowChanged.connect(self._merge_chosen)
        self.split_button = named(QPushButton(self.tr("Split back into two")), "splitMerge")
        self.split_button.clicked.connect(self.split)
        self.message = named(QLabel(), "duplicatesMessage")
        self.message.setWordWrap(True)

        cards = QHBoxLayout()
        cards.addWidget(self.later, 1)
        cards.addWidget(self.earlier, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.apart_button)
        buttons.addStretch(1)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged, 1)
        merged_row.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addWidget(self.pairs)
        inner.addLayout(cards)
        inner.addLayout(buttons)
        merges_label = QLabel(
            self.tr("Merged sign-ups (the newest merge of a sign-up can be split):")
        )
        merges_label.setWordWrap(True)
        inner.addWidget(merges_label)
        inner.addLayout(merged_row)
        inner.addWidget(self.message)
        inner.addStretch(1)
        # On a short screen the tab scrolls; nothing is squeezed onto anything else.
        scroll = named(QScrollArea(), "duplicatesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_pair(-1)
        self._merge_chosen(-1)

    def set_opener(self, opener: Opener | None) -> None:
        self.opener = opener
        if opener is None:
            self._show([], [])
        else:
            self.refresh()

    def refresh(self) -> None:
        opener = self.opener
        if opener is None:
            return

        def load() -> tuple[list[SuggestionView], list[MergeView]]:
            return self.identity.suggestions(opener), self.identity.merges(opener)

        run_in_background(
            self.pool, lambda _task: load(), lambda found: self._show(*found), self._failed
        )

    def _show(self, suggestions: list[SuggestionView], merges: list[MergeView]) -> None:
        self.suggestions, self.merges = suggestions, merges
        self.heading.setText(
            self.tr(
                "%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.",
                "",
                len(suggestions),
            )
            if suggestions
            else self.tr("No possible duplicates to decide.")
        )
        self.pairs.clear()
        for view in suggestions:
            later, earlier = view.later, view.earlier
            text = (
                f"{later.first_name} {later.last_name}  ↔  {earlier.first_name} {earlier.last_name}"
                f"   ({reason(view.reason)})"
            )
            self.pairs.addItem(QListWidgetItem(text))
        self.merged.clear()
        for merge in merges:
            when = merge.merged_at.strftime("%H:%M")
            text = (
                f"{merge.before.first_name} {merge.before.last_name}  ←  "
                f"{merge.incoming.first_name} {merge.incoming.last_name}"
                f"   ({reason(merge.reason)}, {when})"
            )
            self.merged.addItem(QListWidgetItem(text))
        self._fit(self.pairs, 4)
        self._fit(self.merged, 3)
        if suggestions:
            self.pairs.setCurrentRow(0)
        self._show_pair(self.pairs.currentRow())
        self._merge_chosen(self.merged.currentRow())

    @staticmethod
    def _fit(listing: QListWidget, most: int) -> None:
        """As many rows high as it has (one at least, `most` at most): the records get the rest."""
        row = listing.sizeHintForRow(0) if listing.count() else listing.fontMetrics().height() + 6
        rows = min(max(listing.count(), 1), most)
        listing.setFixedHeight(row * rows + 2 * listing.frameWidth() + 4)

    def _show_pair(self, row: int) -> None:
        view = self.suggestions[row] if 0 <= row < len(self.suggestions) else None
        self.later.show_record(view.later if view else None)
        self.earlier.show_record(view.earlier if view else None)
        self.merge_button.setEnabled(view is not None)
        self.apart_button.setEnabled(view is not None)

    def _merge_chosen(self, row: int) -> None:
        view = self.merges[row] if 0 <= row < len(self.merges) else None
        self.split_button.setEnabled(view is not None and view.splittable)

    def _chosen(self) -> SuggestionView | None:
        row = self.pairs.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def merge(self) -> None:
        view = self._chosen()
        if view is None:
            return
        self.message.setText(self.tr("Merging…"))
        name = f"{view.later.first_name} {view.later.last_name}"
        run_in_background(
            self.pool,
            lambda _task: self.identity.merge(view.id),
            lambda _merge: self._done(
                self.tr(
                    "Merged %1 into the earlier sign-up. Split it below if that was wrong."
                ).replace("%1", name)
            ),
            self._failed,
        )

    def keep_apart(self) -> None:
        view = self._chosen()
        if view is None:
            return
        run_in_background(
            self.pool,
            lambda _task: self.identity.keep_apart(view.id),
            lambda _none: self._done(self.tr("Kept apart: they stay two sign-ups.")),
            self._failed,
        )

    def split(self) -> None:
        row = self.merged.currentRow()
        view = self.merges[row] if 0 <= row < len(self.merges) else None
        if view is None or not view.splittable:
            return
        run_in_background(
            self.pool,
            lambda _task: self.identity.split(view.id),
            lambda _ids: self._done(
                self.tr(
                    "Split: both sign-ups are back as they were, each with its own letters and emails."
                )
            ),
            self._failed,
        )

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(self.tr("That did not work: %1").replace("%1", str(error)))
