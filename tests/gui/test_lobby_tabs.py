"""The Delivery and Visits tabs of the real window, driven from the keyboard as a
volunteer (and a USB scanner, which types like a keyboard) would."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.delivery_tab import DeliveryTab
from desktop.gui.pages.visits_tab import VisitsTab
from desktop.gui.pages.volunteer import VolunteerPage
from desktop.settings import PRINT_AT_TABLE
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import letter_code as code_of_letter
from desktop.store.models import Stack, StackLetter, Visit
from tests.gui.conftest import unlocked_volunteer


def _tab(volunteer: VolunteerPage, kind: type) -> DeliveryTab | VisitsTab:  # type: ignore[type-arg]
    for index in range(volunteer.tabs.count()):
        tab = volunteer.tabs.widget(index)
        if isinstance(tab, kind):
            volunteer.tabs.setCurrentIndex(index)
            return tab
    raise AssertionError(f"no {kind.__name__}")


def _printed_by_office(qtbot: QtBot, make_window, context: AppContext) -> VolunteerPage:  # type: ignore[no-untyped-def]
    """Two signers' letters (Amherst: Domb, Comerford; Florence: Sabadosa, Comerford),
    marked printed from the Letters tab after saving the batch as a PDF."""
    context.settings.set(PRINT_AT_TABLE, False)
    window: MainWindow = make_window(context)
    assert window.signin is not None
    for first, last, town in (("Ana", "Lima", "Amherst"), ("Bo", "Chen", "Florence")):
        window.signin.service.submit(
            SigninForm(first_name=first, last_name=last, place=town, consent_letter=True)
        )
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    volunteer.tabs.setCurrentWidget(letters)
    qtbot.waitUntil(lambda: letters.table.rowCount() == 4, timeout=10_000)
    qtbot.mouseClick(letters.buttons["markPrinted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Marked 4 letters printed." in letters.message.text())
    return volunteer


def _focused(widget: QWidget) -> bool:
    """The window's focus is on `widget` (an offscreen window is never the active one, so
    hasFocus() would not say)."""
    return widget.window().focusWidget() is widget


def _rows(tab: DeliveryTab) -> list[tuple[str, str]]:
    return [
        (tab.table.item(r, 0).text(), tab.table.item(r, 1).text())  # type: ignore[union-attr]
        for r in range(tab.table.rowCount())
    ]


def _scan(qtbot: QtBot, tab: DeliveryTab, code: str) -> None:
    qtbot.keyClicks(tab.scan, code)  # a scanner types the code, then Enter
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)


def test_scanning_cover_sheets_marks_each_stack_once_and_undo(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    volunteer = _printed_by_office(qtbot, make_window, context)
    tab = _tab(volunteer, DeliveryTab)
    assert isinstance(tab, DeliveryTab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    assert _focused(tab.scan)  # ready for the scanner
    # In walking order: room 33 (ground floor), 160, 410.
    assert _rows(tab) == [
        ("33", "Mindy Domb"),
        ("160", "Lindsay Sabadosa"),
        ("410", "Jo Comerford"),
    ]
    assert tab.summary.text() == "3 of 3 stacks still to deliver (4 letters)."
    with context.sessions() as session:
        codes = {s.member_name: s.code for s in session.scalars(select(Stack))}

    tab.initials.setFocus()
    qtbot.keyClicks(tab.initials, "JD")
    qtbot.keyClick(tab.initials, Qt.Key.Key_Return)  # back to the field the scanner types in
    assert _focused(tab.scan)
    _scan(qtbot, tab, codes["Lindsay Sabadosa"].lower())
    assert tab.marked.text() == "Delivered: Lindsay Sabadosa, room 160, 1 letter."
    assert tab.scan.text() == "" and _focused(tab.scan) and tab.scan_message.text() == ""
    assert _rows(tab) == [("33", "Mindy Domb"), ("410", "Jo Comerford")]
    assert tab.summary.text() == "2 of 3 stacks still to deliver (3 letters)."
    with context.sessions() as session:
        stack = session.get(Stack, codes["Lindsay Sabadosa"])
        assert stack is not None and stack.delivered_at is not None
        assert stack.delivered_by is not None and stack.delivered_by.endswith(" (JD)")
        first_time = stack.delivered_at

    _scan(qtbot, tab, codes["Lindsay Sabadosa"])  # the same cover again: nothing changes
    assert tab.scan_message.text().startswith("Already delivered: Lindsay Sabadosa, at ")
    assert tab.scan_message.text().endswith(" (JD).")
    with context.sessions() as session:
        assert session.get(Stack, codes["Lindsay Sabadosa"]).delivered_at == first_time  # type: ignore[union-attr]

    letters = volunteer.letters
    assert letters is not None
    with context.sessions() as session:
        letter_code = code_of_letter(session.scalars(select(StackLetter.action_id)).first() or "")
    _scan(qtbot, tab, letter_code)
    assert tab.scan_message.text().startswith(f"{letter_code} is a letter's code")
    _scan(qtbot, tab, "S-AAAA-AAAA")
    assert tab.scan_message.text().startswith("No stack S-AAAA-AAAA is known here")
    assert tab.summary.text() == "2 of 3 stacks still to deliver (3 letters)."

    _scan(qtbot, tab, codes["Jo Comerford"])
    assert _rows(tab) == [("33", "Mindy Domb")]
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)  # a wrong scan: take it back
    assert tab.marked.text() == "Undone: Jo Comerford is still to deliver."
    assert _rows(tab) == [("33", "Mindy Domb"), ("410", "Jo Comerford")]
    assert not tab.undo_button.isEnabled()
    with context.sessions() as session:
        assert session.get(Stack, codes["Jo Comerford"]).delivered_at is None  # type: ignore[union-attr]
        assert session.get(Stack, codes["Lindsay Sabadosa"]).delivered_at == first_time  # type: ignore[union-attr]

    tab.show_delivered.setChecked(True)
    assert [r[1] for r in _rows(tab)] == ["Mindy Domb", "Lindsay Sabadosa", "Jo Comerford"]
    assert tab.table.item(1, 5).text().endswith(" (JD)")  # type: ignore[union-attr]

    # The route sheet, from the Letters tab: every stack, the one delivered ticked off.
    route = tmp_path / "route.pdf"
    letters.save_route(str(route))
    assert letters.message.text() == f"Saved the route through 3 stacks to {route}."
    text = subprocess.run(
        ["pdftotext", "-layout", str(route), "-"], capture_output=True, text=True, check=True
    ).stdout
    order = [name for name in ("Mindy Domb", "Lindsay Sabadosa", "Jo Comerford") if name in text]
    assert sorted(order, key=text.index) == ["Mindy Domb", "Lindsay Sabadosa", "Jo Comerford"]
    assert codes["Lindsay Sabadosa"] in text and text.count("(delivered ") == 1
    assert text.index("Lindsay Sabadosa") < text.index("(delivered ") < text.index("Comerford")


def test_a_visit_report_entered_from_the_keyboard(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = make_window(context)
    volunteer = unlocked_volunteer(qtbot, window)
    tab = _tab(volunteer, VisitsTab)
    assert isinstance(tab, VisitsTab)

    # Saved with no office: told plainly, nothing stored, the office field to fill.
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Choose the office visited from the list of members."
    assert _focused(tab.office)

    # Part of the name, then the completer's first match.
    qtbot.keyClicks(tab.office, "sabad")
    popup = tab.office.completer().popup()  # type: ignore[union-attr]
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tab.office.currentText() == "Lindsay Sabadosa (1st Hampshire)"
    tab.met.setFocus()
    qtbot.keyClick(tab.met, Qt.Key.Key_Down)  # the member -> a staffer
    assert tab.met.currentText() == "A staffer" and tab.staffer.isEnabled()
    qtbot.keyClick(tab.met, Qt.Key.Key_Tab)
    assert _focused(tab.staffer)
    qtbot.keyClicks(tab.staffer, "Pat Roe")
    qtbot.keyClick(tab.staffer, Qt.Key.Key_Tab)
    assert _focused(tab.position)
    for _ in range(3):
        qtbot.keyClick(tab.position, Qt.Key.Key_Up)  # did not say -> supports
    assert tab.position.currentData() == "supports"
    qtbot.keyClick(tab.position, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.commitment, "Will co-sponsor")
    qtbot.keyClick(tab.commitment, Qt.Key.Key_Tab)
    assert _focused(tab.follow_up) and not tab.follow_up_note.isEnabled()
    qtbot.keyClick(tab.follow_up, Qt.Key.Key_Space)
    qtbot.keyClick(tab.follow_up, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.follow_up_note, "Send the fact sheet")
    qtbot.keyClick(tab.follow_up_note, Qt.Key.Key_Tab)
    assert _focused(tab.notes)
    qtbot.keyClicks(tab.notes, "Met in the hallway")
    qtbot.keyClick(tab.notes, Qt.Key.Key_Return)

    assert tab.message.text() == "Saved the visit to Lindsay Sabadosa (1st Hampshire)."
    assert tab.office.currentText() == "" and tab.notes.text() == "" and _focused(tab.office)
    with context.sessions() as session:
        (visit,) = session.scalars(select(Visit)).all()
    assert (visit.member_name, visit.chamber, visit.district) == (
        "Lindsay Sabadosa", "house", "1st Hampshire",
    )  # fmt: skip
    assert (visit.met, visit.staffer, visit.position) == ("staff", "Pat Roe", "supports")
    assert visit.commitment == "Will co-sponsor" and visit.notes == "Met in the hallway"
    assert visit.follow_up and visit.follow_up_note == "Send the fact sheet"
    assert tab.visits_table.rowCount() == 1
    assert tab.visits_table.item(0, 2).text() == "Staff: Pat Roe"  # type: ignore[union-attr]
    assert tab.visits_table.item(0, 3).text() == "Supports"  # type: ignore[union-attr]

    # A second office, nobody met, no follow-up: by office, and not on the follow-up list.
    qtbot.keyClicks(tab.office, "Jo Comerford (Hampshire, Franklin and Worcester)")
    tab.met.setCurrentIndex(2)
    assert not tab.staffer.isEnabled()
    qtbot.keyClick(tab.notes, Qt.Key.Key_Return)
    assert tab.message.text().startswith("Saved the visit to Jo Comerford")
    offices = [tab.visits_table.item(r, 0).text() for r in range(2)]  # type: ignore[union-attr]
    assert offices == ["Jo Comerford", "Lindsay Sabadosa"]
    assert tab.follow_table.rowCount() == 1
    assert tab.follow_table.item(0, 2).text() == "Send the fact sheet"  # type: ignore[union-attr]
    assert tab.lists.tabText(1) == "Follow-up (1)"
