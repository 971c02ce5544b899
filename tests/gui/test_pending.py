"""A split-town street address in the real window: the form never waits for the geocoder.

The Census geocoder's stand-in answers on loopback. Right after the sign-in the address is
looked up in the background; when it decides, the thank-you page says the letters are
printing. When the geocoder fails, the sign-up is saved pending and the volunteer view
looks it up again later.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.app import main_window
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.workers import InlinePool, Pools, ThreadPool
from desktop.settings import GEOCODER_BASE_URL, GEOCODER_ONLINE, GEOCODER_TIMEOUT, PRINT_AT_TABLE
from desktop.store.models import Signup
from tests.districts.boundary import BoundaryEdge, house_boundary_in
from tests.geocoding.census_server import ONELINE_PATH, FakeCensus, census_match
from tests.gui.conftest import PASSPHRASE, next_person
from tests.gui.test_signin import type_into
from tests.gui.typing import type_text


@pytest.fixture(scope="module")
def edge(dataset: Dataset) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")


@pytest.fixture
def census(httpserver: HTTPServer, context: AppContext) -> Iterator[FakeCensus]:
    fake = FakeCensus()
    httpserver.expect_request(ONELINE_PATH, method="GET").respond_with_handler(fake)
    context.settings.set(GEOCODER_ONLINE, True)
    context.settings.set(GEOCODER_BASE_URL, httpserver.url_for("/geocoder"))
    context.settings.set(GEOCODER_TIMEOUT, 1.0)
    context.settings.set(PRINT_AT_TABLE, False)
    yield fake
    assert fake.idle.wait(timeout=5)


def sign_in_rosa(qtbot: QtBot, window: MainWindow) -> None:
    type_into(
        qtbot, window, first_name="Rosa", last_name="Quispe",
        street_address="100 Example St", place="Roslindale",
    )  # fmt: skip
    assert window.signin is not None and window.signin.fields is not None
    window.signin.fields.consents["consent_letter"].setChecked(True)
    qtbot.keyClick(window.signin.fields.inputs["place"], Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.thank_you


def statuses(context: AppContext) -> list[tuple[str, str | None]]:
    with context.sessions() as session:
        return [(s.status, s.house_district) for s in session.query(Signup)]


def test_the_geocoder_decides_right_after_the_sign_in(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    census: FakeCensus,
    edge: BoundaryEdge,
) -> None:
    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    sign_in_rosa(qtbot, window)
    qtbot.waitUntil(lambda: statuses(context) == [("resolved", edge.left_house)])
    assert window.thank_you is not None
    qtbot.waitUntil(lambda: "letters" in window.thank_you.print_status.text())
    assert "split" not in window.thank_you.body.text()


def test_the_form_never_waits_for_the_geocoder(
    qtbot: QtBot,
    qapp: QApplication,
    context: AppContext,
    census: FakeCensus,
    edge: BoundaryEdge,
) -> None:
    """With a real network thread: the geocoder holds its answer until the test lets go."""
    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    census.gate = threading.Event()
    # The answer is held on purpose while the test goes on to the next person (whose button
    # arms after 0.8 s): the geocoder must not give up first, as the fixture's 1 s lets it
    # on a busy machine.
    context.settings.set(GEOCODER_TIMEOUT, 60.0)
    pools = Pools(InlinePool(), ThreadPool(2))
    window = main_window(context, pools, Translations(qapp))
    qtbot.addWidget(window)
    window.show()
    try:
        sign_in_rosa(qtbot, window)  # returns with the thank-you page showing
        qtbot.waitUntil(lambda: len(census.queries) == 1)  # the geocoder is still thinking
        assert statuses(context) == [("pending", None)]
        assert window.thank_you is not None and "split" in window.thank_you.body.text()
        next_person(qtbot, window)
        assert window.stack.currentWidget() is window.signin  # the next person can start
        census.gate.set()
        qtbot.waitUntil(
            lambda: statuses(context) == [("resolved", edge.left_house)], timeout=30_000
        )
        assert window.stack.currentWidget() is window.signin  # the next signer is undisturbed
    finally:
        census.gate.set()
        pools.wait(5000)


def test_a_failing_geocoder_leaves_it_pending_for_the_volunteer_view(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    census: FakeCensus,
    edge: BoundaryEdge,
) -> None:
    census.raw = (500, "Internal Server Error", "text/plain")
    sign_in_rosa(qtbot, window)
    qtbot.waitUntil(lambda: len(census.queries) == 1)
    assert statuses(context) == [("pending", None)]
    assert window.thank_you is not None and "split" in window.thank_you.body.text()

    window.show_volunteer()
    page = window.volunteer
    assert page is not None
    type_text(qtbot, page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Still open" in page.message.text())
    assert "1 the online lookup did not answer" in page.message.text(), page.message.text()
    page.pending_only.setChecked(True)
    assert page.proxy.rowCount() == 1

    census.raw = None
    lon, lat = edge.beside(0.5, -15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    qtbot.mouseClick(page.look_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Found the districts of 1 of 1" in page.message.text())
    assert statuses(context) == [("resolved", edge.right_house)]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    page.pending_only.setChecked(False)
    assert page.proxy.rowCount() == 1
