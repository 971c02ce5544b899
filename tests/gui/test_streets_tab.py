"""The Streets tab: a county's street ranges downloaded before the event, then used at the table.

The Census folder is a loopback HTTP server serving an ADDRFEAT zip the test writes along
a real House boundary in Boston.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import STREETS_BASE_URL
from desktop.streets.addrfeat import write_addrfeat_zip
from tests.districts.boundary import BoundaryEdge, house_boundary_in
from tests.gui.conftest import unlocked_volunteer
from tests.gui.test_signin import type_into
from tests.gui.typing import type_text
from tests.signin.test_street_ranges import streets_along

FOLDER = "/geo/tiger/TIGER2024/ADDRFEAT"


@pytest.fixture(scope="module")
def edge(dataset: Dataset) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")


def open_streets_tab(qtbot: QtBot, window: MainWindow) -> object:
    page = unlocked_volunteer(qtbot, window)
    page.tabs.setCurrentWidget(window.streets_tab)
    return window.streets_tab


def test_download_a_county_then_a_boundary_street_decides_at_the_table(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    httpserver: HTTPServer,
    edge: BoundaryEdge,
    tmp_path: Path,
) -> None:
    archive = tmp_path / "tl_2024_25025_addrfeat.zip"
    write_addrfeat_zip(archive, streets_along(edge))
    httpserver.expect_request(f"{FOLDER}/{archive.name}").respond_with_data(
        archive.read_bytes(), content_type="application/zip"
    )
    context.settings.set(STREETS_BASE_URL, httpserver.url_for(FOLDER))
    tab = open_streets_tab(qtbot, window)
    # The event is at Dudley Square, Roxbury (Boston, split): Suffolk is offered first.
    qtbot.waitUntil(lambda: "need: Suffolk" in tab.needs.text())
    assert tab.county.currentText() == "Suffolk"
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "4 street segments ready" in tab.status.text())
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert "counties are prepared" in tab.needs.text()
    assert tab.table.item(0, 0).text() == "Suffolk" and tab.table.item(0, 3).text() == "today"
    qtbot.waitUntil(lambda: window.service is not None and window.service.streets is not None)

    window.show_kiosk()
    type_into(qtbot, window, street_address="12 Example St", place="Roslindale")
    assert window.signin is not None
    qtbot.waitUntil(lambda: edge.right_house in window.signin.card.house.text())
    # A street corrected after the place: the card follows it to the other side.
    street = window.signin.fields.inputs["street_address"]
    street.clear()
    type_text(qtbot, street, "11 Example St")
    assert edge.left_house in window.signin.card.house.text()


def test_a_failed_download_says_why_and_keeps_what_was_there(
    qtbot: QtBot, window: MainWindow, context: AppContext, httpserver: HTTPServer
) -> None:
    httpserver.expect_request(f"{FOLDER}/tl_2024_25025_addrfeat.zip").respond_with_data(
        "Not Found", status=404
    )
    context.settings.set(STREETS_BASE_URL, httpserver.url_for(FOLDER))
    tab = open_streets_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.county.currentText() == "Suffolk")
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "HTTP 404" in tab.status.text())
    assert "as they were" in tab.status.text()
    assert tab.download_button.isEnabled() and tab.table.rowCount() == 0
