"""The organizer passphrase in the window: its strength as it is typed, and changing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.organizer import key_record
from desktop.privacy.keys import KeyRecord
from desktop.settings import VOLUNTEER_LANGUAGE, Settings
from desktop.signin.form import SigninForm
from desktop.store.engine import open_database
from tests.gui.conftest import PASSPHRASE, unlocked_volunteer
from tests.gui.test_volunteer import sign_in
from tests.gui.typing import type_text

NEW = "lantern quarry biscuit tundra"


def _retype(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    type_text(qtbot, field, text)


def test_the_first_start_shows_the_strength_as_it_is_typed(
    qtbot: QtBot,
    make_window,
    tmp_path: Path,
    dataset: Dataset,  # type: ignore[no-untyped-def]
) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    window = make_window(AppContext(sessions, dataset, Settings(tmp_path / "s.json")))
    setup = window.setup
    assert setup is not None
    assert setup.strength.text() == ""
    type_text(qtbot, setup.passphrase, "Password1!")
    assert setup.strength.text().startswith("Weak:")
    assert "common password" in setup.strength.text()
    assert "four or more random words" in setup.strength.text()

    # The event's own name and place are what a thief tries first.
    _retype(qtbot, setup.passphrase, "Hyannis Library!")
    assert not setup.strength.text().startswith("Weak")
    type_text(qtbot, setup.place, "Hyannis Library")
    assert "tied to the app or the event" in setup.strength.text()
    _retype(qtbot, setup.confirm, "Hyannis Library!")
    type_text(qtbot, setup.name, "Spring rally")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert "tied to the app or the event" in setup.error.text()
    assert key_record(sessions()) is None

    _retype(qtbot, setup.passphrase, PASSPHRASE)
    assert setup.strength.text() == "Strong."
    _retype(qtbot, setup.confirm, PASSPHRASE)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin, timeout=15000)
    assert key_record(sessions()) is not None


def test_the_first_start_is_in_the_volunteers_language(
    qtbot: QtBot,
    make_window,
    tmp_path: Path,
    dataset: Dataset,  # type: ignore[no-untyped-def]
) -> None:
    """Set-up is the volunteer's page: in the language of Kiosk settings, its refusals too;
    the kiosk it opens starts in English for the first signer."""
    settings = Settings(tmp_path / "s.json")
    settings.set(VOLUNTEER_LANGUAGE, "es")
    sessions = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    window = make_window(AppContext(sessions, dataset, settings))
    setup = window.setup
    assert setup is not None and setup.start.text() == "Empezar a registrar personas"
    type_text(qtbot, setup.passphrase, PASSPHRASE)
    type_text(qtbot, setup.confirm, PASSPHRASE)
    assert setup.strength.text() == "Segura."
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert setup.error.text() == "El evento necesita un nombre."
    assert window.focusWidget() is setup.name
    type_text(qtbot, setup.name, "Feria")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert setup.error.text() == "El evento necesita un lugar: basta con la ciudad."
    type_text(qtbot, setup.place, "Lowell")
    for box in setup.action_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert setup.error.text() == "Elija al menos una acción para ofrecer."
    assert key_record(sessions()) is None
    setup.action_boxes["letter"].setChecked(True)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin, timeout=15000)
    assert window.translations.current == "en"


def _record(context: AppContext) -> KeyRecord:
    with context.sessions() as session:
        record = key_record(session)
    assert record is not None
    return record


def test_changing_the_passphrase_in_the_volunteer_view(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    sign_in(window, SigninForm(first_name="Rosa", last_name="Diaz", place="Florence"))
    page = unlocked_volunteer(qtbot, window)
    before = _record(context)
    qtbot.mouseClick(page.buttons["changePassphrase"], Qt.MouseButton.LeftButton)
    dialog = page.passphrase_dialog
    qtbot.waitUntil(dialog.isVisible)

    # A wrong current passphrase: said beside its field, nothing changed.
    type_text(qtbot, dialog.current, "not the passphrase at all")
    type_text(qtbot, dialog.new, NEW)
    assert dialog.strength.text() == "Strong."
    type_text(qtbot, dialog.confirm, NEW)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "not the current passphrase" in dialog.current_error.text()
    assert dialog.isVisible() and _record(context) == before

    # A weak new one is refused before anything is tried.
    _retype(qtbot, dialog.current, PASSPHRASE)
    _retype(qtbot, dialog.new, "qwerty1234")
    _retype(qtbot, dialog.confirm, "qwerty1234")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.current_error.text() == ""
    assert dialog.strength.text().startswith("Weak:")
    assert dialog.isVisible() and _record(context) == before

    _retype(qtbot, dialog.new, NEW)
    _retype(qtbot, dialog.confirm, NEW)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = _record(context)
    assert after.encrypted_private_key != before.encrypted_private_key
    assert after.public_key == before.public_key and after.index_salt == before.index_salt
    assert "passphrase is changed" in page.message.text()

    # Locked again: the old passphrase no longer opens, the new one opens the same sign-up.
    page.lock()
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not page.is_unlocked()
    _retype(qtbot, page.passphrase, NEW)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.is_unlocked()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].first_name == "Rosa"
