"""The kiosk driven by keyboard and mouse: sign-ins, split towns, errors, languages, idle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.store.models import Action, Signup
from tests.gui.conftest import next_person
from tests.gui.typing import type_text


def count(context: AppContext, model: type[Signup] | type[Action]) -> int:
    with context.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def type_into(qtbot: QtBot, window: MainWindow, **values: str) -> None:
    assert window.signin is not None and window.signin.fields is not None
    for name, text in values.items():
        field = window.signin.fields.inputs[name]
        field.setFocus()
        type_text(qtbot, field, text)


def focused(window: MainWindow) -> QWidget | None:
    return window.focusWidget()


def test_a_full_sign_in_by_keyboard_in_a_whole_town(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    first = page.fields.inputs["first_name"]
    assert focused(window) is first
    for text in ("Jane", "Doe", "12 Main St", "Amherst", "jane@example.com", "617 722 2000"):
        qtbot.keyClicks(focused(window), text)
        qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
    assert "Mindy Domb" in page.card.house.text()
    assert "Jo Comerford" in page.card.senate.text()
    qtbot.keyClick(focused(window), Qt.Key.Key_Tab)  # past the language choice
    assert focused(window) is page.fields.consents["consent_email"]
    qtbot.keyClick(focused(window), Qt.Key.Key_Space)
    qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(window), Qt.Key.Key_Space)
    qtbot.keyClick(page.fields.inputs["phone"], Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.thank_you
    assert window.thank_you is not None and "Jane" in window.thank_you.heading.text()
    # What happens to the letters is said as it happens: printing at the table here.
    assert "letters" in window.thank_you.print_status.text()
    assert count(context, Signup) == 1 and count(context, Action) == 4

    next_person(qtbot, window)
    assert window.stack.currentWidget() is page
    assert page.fields is not None and page.fields.is_blank()
    assert focused(window) is page.fields.inputs["first_name"]
    assert "Jane" not in window.thank_you.heading.text()


def test_a_split_town_stays_undecided_until_ward_and_precinct_are_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    type_into(qtbot, window, place="Dorchester")
    assert page.fields.ward_precinct.isVisible()
    assert "not decided yet" in page.card.house.text()
    # Which town the neighbourhood is in, and why all of Boston's precincts are offered.
    assert page.card.advice.text().startswith("Dorchester is in Boston, which is split")
    assert "the maps cannot tell which of them Dorchester covers" in page.card.advice.text()
    combo: QComboBox = page.fields.ward_precinct
    index = combo.findText("Ward 16, precinct 1")
    assert index > 0
    combo.setCurrentIndex(index)
    assert "not decided" not in page.card.house.text()
    assert "Suffolk" in page.card.house.text()
    assert page.card.advice.text() == ""


def test_a_bad_email_is_shown_beside_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    type_into(qtbot, window, first_name="Ana", last_name="Lima", place="Amherst", email="ana@")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    error = page.fields.errors["email"]
    assert error.isVisible() and "email" in error.text().lower()
    values = page.fields.values()
    assert (values.first_name, values.last_name, values.place, values.email) == (
        "Ana", "Lima", "Amherst", "ana@",
    )  # fmt: skip
    assert count(context, Signup) == 0
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.fields.inputs["email"], "example.org")
    assert not error.isVisible()


def test_an_unknown_place_suggests_close_names(qtbot: QtBot, window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    type_into(qtbot, window, first_name="Ana", last_name="Lima", place="Worchester")
    qtbot.keyClick(page.fields.inputs["place"], Qt.Key.Key_Return)
    assert "Worcester" in page.fields.errors["place"].text()


def test_the_signer_switches_language(qtbot: QtBot, window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    type_into(qtbot, window, first_name="João")
    qtbot.mouseClick(page.language_bar.buttons["es"], Qt.MouseButton.LeftButton)
    # Qt delivers LanguageChange through the event loop, as in the running app.
    qtbot.waitUntil(lambda: page.submit_button.text() == "Registrarme")
    assert page.fields.labels["first_name"].text() != "First name"
    assert page.fields.language.currentData() == "es"
    assert page.fields.inputs["first_name"].text() == "João"
    spanish_label = page.fields.labels["first_name"].text()
    qtbot.mouseClick(page.language_bar.buttons["zh"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.fields.labels["first_name"].text() != spanish_label)
    assert any("\u4e00" <= c <= "\u9fff" for c in page.fields.labels["first_name"].text())
    qtbot.mouseClick(page.language_bar.buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.submit_button.text() == "Sign in")
    assert page.fields.inputs["first_name"].text() == "João"


def test_an_idle_half_filled_form_clears_after_a_countdown(
    qtbot: QtBot,
    make_window,
    fast_idle: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(fast_idle)
    page = window.signin
    type_into(qtbot, window, first_name="Idle", last_name="Person")
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert "seconds" in page.banner.text()
    qtbot.waitUntil(lambda: page.fields.is_blank(), timeout=5000)
    assert not page.banner.isVisible()


def test_the_same_person_twice_is_one_sign_up_and_the_kiosk_says_nothing_of_it(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    """A repeat is recognised by strong evidence; whoever stands at the kiosk is not told
    that someone with this email signed in today."""
    page = window.signin
    assert page is not None
    for _ in range(2):
        type_into(
            qtbot, window, first_name="Jane", last_name="Doe", place="Amherst",
            email="jane@example.com",
        )  # fmt: skip
        page.fields.consents["consent_letter"].setChecked(True)
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
        assert window.thank_you is not None
        assert window.stack.currentWidget() is window.thank_you
        next_person(qtbot, window)
    assert count(context, Signup) == 1
    assert count(context, Action) == 2  # one letter each, not two
    assert not page.findChildren(QWidget, "duplicatePanel")


def test_nothing_of_the_last_signer_survives_into_the_next_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None
    old_fields = page.fields
    type_into(
        qtbot, window, first_name="Zelda", last_name="Quixote", street_address="9 Elm St",
        place="Amh", email="zq@example.com", phone="617 722 2000",
    )  # fmt: skip
    assert page.fields is not None
    completer = page.fields.inputs["place"].completer()
    assert completer is not None and completer.completionCount() > 0  # "Amherst"
    qtbot.keyClicks(page.fields.inputs["place"], "erst")
    page.fields.inputs["first_name"].selectAll()
    page.fields.inputs["first_name"].copy()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert window.thank_you is not None
    next_person(qtbot, window)

    assert page.fields is not old_fields
    for field in page.fields.findChildren(QLineEdit):
        assert field.text() == ""
        assert not field.isUndoAvailable()
        field.undo()
        assert field.text() == "" and field.selectedText() == ""
    new_completer = page.fields.inputs["place"].completer()
    assert new_completer is not completer and new_completer.completionPrefix() == ""
    strings = new_completer.model().stringList()  # type: ignore[attr-defined]
    assert "Zelda" not in strings and "Quixote" not in strings
    assert QGuiApplication.clipboard().text() == ""


def test_the_personal_note_is_a_new_empty_box_for_the_next_signer(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None
    type_into(qtbot, window, first_name="Rosa", last_name="Díaz", place="Amherst")
    assert page.fields is not None and page.note is not None
    page.fields.consents["consent_letter"].setChecked(True)
    old_note = page.note
    assert old_note.isVisible()
    qtbot.keyClicks(old_note.editor, "My son was detained last spring.")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert window.thank_you is not None
    next_person(qtbot, window)

    assert page.note is not old_note and page.note.text() == ""
    assert not page.note.editor.document().isUndoAvailable()
    page.fields.consents["consent_letter"].setChecked(True)
    assert page.note.isVisible() and page.note.text() == ""


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    inputs = [*page.fields.inputs.values(), *page.fields.consents.values()]
    inputs += [page.fields.language, page.fields.ward_precinct, page.submit_button]
    assert all(widget.accessibleName() for widget in inputs)


def test_the_form_fits_a_1280_by_800_screen(window: MainWindow) -> None:
    page = window.signin
    assert page is not None
    hint = page.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    button = page.submit_button
    bottom_right = button.mapTo(window, button.rect().bottomRight())
    assert window.rect().contains(bottom_right)


def test_a_split_town_typed_as_itself_is_not_said_to_be_in_itself(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None
    type_into(qtbot, window, place="boston")
    assert page.card.advice.text().startswith("Boston is split between districts.")
