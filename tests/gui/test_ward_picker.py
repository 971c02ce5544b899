"""Split towns the safe way: wards and precincts in the order people count them, and
nothing chosen until someone chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.volunteer_dialogs import ResolveDialog
from desktop.signin.place import natural_key, ward_precinct_choices


def test_numbers_are_counted_not_spelled() -> None:
    labels = ["10", "2", "3A", "3", "1B", "1A", "11"]
    assert sorted(labels, key=natural_key) == ["1A", "1B", "2", "3", "3A", "10", "11"]


def test_the_kiosk_offers_boston_in_order_with_nothing_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    page.fields.inputs["place"].setText("Dorchester")
    page.fields.edited.emit("place")
    picker = page.fields.ward_precinct
    assert picker.isVisible() and picker.currentIndex() == 0
    items = [picker.itemText(i) for i in range(picker.count())]
    assert items[0] == "Choose ward and precinct"
    assert items[1:4] == ["Ward 1, precinct 1", "Ward 1, precinct 2", "Ward 1, precinct 3"]
    assert items.index("Ward 1, precinct 10") > items.index("Ward 1, precinct 9")
    assert items.index("Ward 2, precinct 1") > items.index("Ward 1, precinct 15")
    assert items.index("Ward 10, precinct 1") > items.index("Ward 9, precinct 1")
    assert (page.values().ward, page.values().precinct) == ("", "")
    picker.setCurrentIndex(items.index("Ward 10, precinct 2"))
    assert (page.values().ward, page.values().precinct) == ("10", "2")


def test_the_volunteers_dialog_waits_for_a_choice(qtbot: QtBot, dataset: Dataset) -> None:
    dialog = ResolveDialog("Boston", ward_precinct_choices(dataset, "Boston"))
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen() is None and not ok.isEnabled()  # an OK by habit does nothing
    dialog.choice.setCurrentIndex(3)
    assert ok.isEnabled() and dialog.chosen() == ("1", "3")
