"""The signer's State Representative and State Senator, shown as soon as they are decided.

In a split town it says, in plain words, what would decide, and never shows a guess.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.districts.dataset import Seat
from desktop.districts.result import LookupResult


class LegislatorsCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legislatorsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._result: LookupResult | None = None
        self._typed_place = ""
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.house = QLabel()
        self.senate = QLabel()
        self.advice = QLabel()
        self.advice.setObjectName("cardAdvice")
        layout = QVBoxLayout(self)
        for label in (self.title, self.house, self.senate, self.advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        layout.addStretch(1)
        self.show_result(None)

    def show_result(self, result: LookupResult | None, typed_place: str = "") -> None:
        """`typed_place`: the place as the signer wrote it ("Dorchester", "02124"), to say
        which town it is in when that town is split."""
        self._result, self._typed_place = result, typed_place.strip()
        self._render()

    def _names_part_of(self, town: str | None) -> bool:
        from desktop.districts.names import fold

        typed = self._typed_place
        return bool(typed and town and fold(typed) != fold(town))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _seat_text(self, title: str, seat: Seat | None, undecided: bool) -> str:
        if seat is None:
            return f"{title}: " + (self.tr("not decided yet") if undecided else "")
        if seat.member is None:
            return f"{title} ({seat.district}): " + self.tr("vacant: this seat has no member now")
        member = seat.member
        parties = {
            "Democratic": self.tr("Democratic"),
            "Republican": self.tr("Republican"),
            "Independent": self.tr("Independent"),
            "Unenrolled": self.tr("Unenrolled"),
        }
        party = parties.get(member.party, member.party)
        lines = [f"{title}: {member.name} ({party})", seat.district]
        if member.phone:
            lines.append(self.tr("Phone: %1").replace("%1", member.phone))
        if member.email:
            lines.append(self.tr("Email: %1").replace("%1", member.email))
        if member.room:
            lines.append(self.tr("State House, room %1").replace("%1", member.room))
        return "\n".join(lines)

    def _render(self) -> None:
        result = self._result
        self.title.setText(self.tr("Your legislators"))
        if result is None:
            self.house.setText(self.tr("Type your town, neighbourhood or ZIP code to see them."))
            self.senate.clear()
            self.advice.clear()
            return
        undecided = result.status == "ambiguous"
        self.house.setText(
            self._seat_text(self.tr("State Representative"), result.house, undecided)
        )
        self.senate.setText(self._seat_text(self.tr("State Senator"), result.senate, undecided))
        if "town" in result.needs:
            towns = ", ".join(result.candidate_towns)
            self.advice.setText(
                self.tr("This name covers several towns (%1). Please type your town.").replace(
                    "%1", towns
                )
            )
        elif undecided and self._names_part_of(result.town):
            # A neighbourhood or a ZIP: the dataset knows its town, not which of the
            # town's precincts it covers, so every one of them is offered, and why.
            self.advice.setText(
                self.tr(
                    "%1 is in %2, which is split between districts. All of %2's wards and "
                    "precincts are listed below: the maps cannot tell which of them %1 "
                    "covers. Choose yours, or tell the volunteer your street address."
                )
                .replace("%1", self._typed_place)
                .replace("%2", result.town or "")
            )
        elif undecided:
            self.advice.setText(
                self.tr(
                    "%1 is split between districts. Choose your ward and precinct below, "
                    "or tell the volunteer your street address."
                ).replace("%1", result.town or "")
            )
        else:
            self.advice.clear()
