"""The volunteer view's table: one row per sign-up, opened with the organizer's key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.districts.dataset import Seat, district_of
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.signin.actions import why_nothing
from desktop.signin.fields import LABEL_CONTEXT, table_fields
from desktop.signin.views import SignupRecord

Index = QModelIndex | QPersistentModelIndex

CONTEXT = "SignupsModel"
# The columns the app works out, then each field the field table shows (fields.py).
COMPUTED = (
    QT_TRANSLATE_NOOP("SignupsModel", "Time"),
    QT_TRANSLATE_NOOP("SignupsModel", "Name"),
    QT_TRANSLATE_NOOP("SignupsModel", "Town"),
    QT_TRANSLATE_NOOP("SignupsModel", "Status"),
    QT_TRANSLATE_NOOP("SignupsModel", "Representative"),
    QT_TRANSLATE_NOOP("SignupsModel", "Senator"),
    QT_TRANSLATE_NOOP("SignupsModel", "Actions"),
)
ACTIONS_COLUMN = COMPUTED.index("Actions")
# A sign-up's status as stored.
WORDS = {
    "pending": QT_TRANSLATE_NOOP("SignupsModel", "pending"),
    "resolved": QT_TRANSLATE_NOOP("SignupsModel", "resolved"),
}
NOTHING_ASKED = QT_TRANSLATE_NOOP("SignupsModel", "no letter or email asked for")
# Why a letter or email asked for is not queued (actions.why_nothing): %1 is the district.
SKIPPED = {
    ("letter", "vacant"): QT_TRANSLATE_NOOP("SignupsModel", "no letter for %1: the seat is vacant"),
    ("email", "vacant"): QT_TRANSLATE_NOOP("SignupsModel", "no email for %1: the seat is vacant"),
    ("email", "no_email"): QT_TRANSLATE_NOOP("SignupsModel", "no email for %1: the member has no email address"),
}  # fmt: skip


def _t(text: str) -> str:
    """Stored words in the volunteer's language, where WORDS has them."""
    known = WORDS.get(text)
    return QCoreApplication.translate(CONTEXT, known) if known is not None else text


def columns() -> tuple[str, ...]:
    return (*COMPUTED, *(f.heading or f.label for f in table_fields()))


def column_title(section: int) -> str:
    """A column's title in the volunteer's language, where it is translated."""
    if section < len(COMPUTED):
        return QCoreApplication.translate(CONTEXT, COMPUTED[section])
    field = table_fields()[section - len(COMPUTED)]
    # A short heading ("Email") in this model's words, else the label as the signer's form
    # words it.
    if field.heading:
        return QCoreApplication.translate(CONTEXT, field.heading)
    return QCoreApplication.translate(LABEL_CONTEXT, field.label)


# The short headings fields.py gives its table columns, for lupdate.
HEADINGS = (QT_TRANSLATE_NOOP("SignupsModel", "Email"), QT_TRANSLATE_NOOP("SignupsModel", "Phone"))


def _actions(
    record: SignupRecord,
    seats: dict[tuple[str, str], Seat],
    counted: Callable[[str, int], str],
) -> str:
    parts = []
    for kind in ("letter", "email"):
        mine = [a for a in record.actions if a.kind == kind]
        if mine:
            waiting = sum(a.state == "waiting" for a in mine)
            parts.append(
                counted(kind, len(mine))
                + (
                    " "
                    + QCoreApplication.translate("SignupsModel", "(%1 waiting)").replace(
                        "%1", str(waiting)
                    )
                    if waiting
                    else ""
                )
            )
    if not (record.consent_letter or record.consent_email):
        parts.append(QCoreApplication.translate(CONTEXT, NOTHING_ASKED))
    districts = {chamber: district_of(record, chamber) for chamber in ("house", "senate")}
    for skipped in why_nothing(record.consent_letter, record.consent_email, districts, seats):
        words = QCoreApplication.translate(CONTEXT, SKIPPED[skipped.kind, skipped.reason])
        parts.append(words.replace("%1", skipped.district))
    return "; ".join(parts) or "—"


def cell(
    record: SignupRecord,
    column: int,
    seats: dict[tuple[str, str], Seat],
    counted: Callable[[str, int], str],
) -> str:
    if column >= len(COMPUTED):
        return record.value(table_fields()[column - len(COMPUTED)].name)
    values = (
        record.created_at.strftime("%H:%M"),
        f"{record.first_name} {record.last_name}",
        record.town or record.place,
        _t(record.status),
        record.house_district or QCoreApplication.translate("SignupsModel", "not decided"),
        record.senate_district or QCoreApplication.translate("SignupsModel", "not decided"),
        _actions(record, seats, counted),
    )
    return values[column]


class SignupsModel(QAbstractTableModel):
    def __init__(self, seats: dict[tuple[str, str], Seat] | None = None) -> None:
        super().__init__()
        self.rows: list[SignupRecord] = []
        self.columns = columns()
        self.seats = seats or {}

    def set_rows(self, rows: list[SignupRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def counted(self, kind: str, n: int) -> str:
        """ "2 letters", "1 email" (tr() here: lupdate reads a plural only in a tr())."""
        if kind == "letter":
            return self.tr("%n letter(s)", "", n)
        return self.tr("%n email(s)", "", n)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text, where the column cuts it
        ):
            return cell(record, index.column(), self.seats, self.counted)
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None


class SignupsFilter(QSortFilterProxyModel):
    """The search box's text in any column; and, when asked, pending sign-ups alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending_only = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_pending_only(self, pending_only: bool) -> None:
        self.beginFilterChange()  # Qt 6.10 on: invalidateFilter() is deprecated
        self.pending_only = pending_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.pending_only:
            record = (
                self.sourceModel()
                .index(source_row, 0, source_parent)
                .data(Qt.ItemDataRole.UserRole)
            )
            if getattr(record, "status", None) != "pending":
                return False
        return super().filterAcceptsRow(source_row, source_parent)
