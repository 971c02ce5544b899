"""The volunteer view's legislators panel: its age, its warning, and updating from it."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.gui.widgets.dataset_panel import DatasetPanel
from desktop.gui.workers import Pools
from desktop.organizer import initialize
from desktop.privacy.keys import KdfCost
from desktop.settings import (
    DATA_LEGISLATURE_URL,
    DATA_MASSGIS_BASE,
    DATA_MAX_AGE_DAYS,
    DATA_ROSTER_URL,
    Settings,
)
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from desktop.store.engine import open_database
from desktop.store.models import Action
from tests.conftest import needs_sources
from tests.districts import legislature_server as api
from tests.districts.update_server import current

__all__ = ["current"]  # fixtures

AS_OF = dt.date(2026, 4, 15)  # the committed dataset's


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def panel_for(
    qtbot: QtBot, dataset: Dataset, settings: Settings, today: dt.date, **kw: object
) -> DatasetPanel:
    panel = DatasetPanel(dataset, settings, Pools.inline(), today=lambda: today, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_age_shows_and_a_warning_past_the_limit(
    qtbot: QtBot, current: Path, settings: Settings
) -> None:
    fresh = panel_for(qtbot, Dataset(current), settings, AS_OF + dt.timedelta(days=40))
    assert fresh.age.text() == "Legislators as of 2026-04-15 (40 days ago)"
    assert fresh.warning.isHidden()
    old = panel_for(qtbot, Dataset(current), settings, AS_OF + dt.timedelta(days=121))
    assert old.age.text() == "Legislators as of 2026-04-15 (121 days ago)"
    assert not old.warning.isHidden()
    assert "more than 120 days old" in old.warning.text()
    settings.set(DATA_MAX_AGE_DAYS, 200)
    old.show_age()
    assert old.warning.isHidden()


@needs_sources
def test_updating_shows_the_change_and_re_targets_the_waiting_letter(
    qtbot: QtBot, current: Path, settings: Settings, httpserver: HTTPServer, tmp_path: Path,
    dataset: Dataset,
) -> None:  # fmt: skip
    sessions = open_database(f"sqlite:///{tmp_path / 'tabling.db'}")
    with sessions.begin() as session:
        keys = initialize(session, "kettle orbit plum seventy", cost=KdfCost.MIN)
        made = create_event(session, EventSpec("Fair", dt.date(2026, 12, 1), "Ludlow"))
        event = EventContext(made.id, tuple(made.actions))
    signin = SigninService(sessions, dataset, event, keys)
    signin.submit(
        SigninForm(first_name="Ana", last_name="Reyes", place="Ludlow", consent_letter=True)
    )
    elected = api.with_new_member(api.members(), "7th Hampden", "Jane Smith", "JXS1")
    settings.set(DATA_LEGISLATURE_URL, api.serve(httpserver, elected))
    settings.set(DATA_ROSTER_URL, "")  # no cross-check
    in_use = Dataset(current)
    panel = panel_for(qtbot, in_use, settings, dt.date.today(), sessions=sessions)
    assert not panel.maps.isChecked()  # the roster alone, unless the volunteer asks for maps
    with qtbot.waitSignal(panel.updated, timeout=60_000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert all("/api/" in request.path for request, _ in httpserver.log)  # no maps
    summary = panel.summary.toPlainText().splitlines()
    assert "7th Hampden: Aaron Saunders (D) → Jane Smith (D)" in summary
    assert "Letters re-targeted to the new member: 1; flagged (seat vacant): 0." in summary
    assert panel.status.text() == "The legislators are up to date."
    assert panel.age.text() == f"Legislators as of {dt.date.today()} (today)"
    assert panel.warning.isHidden() and panel.button.isEnabled()
    member = in_use.seats[("house", "7th Hampden")].member  # the running app's own object
    assert member is not None and member.name == "Jane Smith"
    with sessions() as session:
        letter = session.scalars(select(Action).where(Action.chamber == "house")).one()
    assert (letter.member_name, letter.state) == ("Jane Smith", "ready")


@needs_sources
def test_a_failed_update_says_why_and_changes_nothing(
    qtbot: QtBot, current: Path, settings: Settings, httpserver: HTTPServer
) -> None:
    """With the maps ticked: the members read, then a map missing at MassGIS stops it all."""
    settings.set(DATA_LEGISLATURE_URL, api.serve(httpserver, api.members()))
    httpserver.expect_request("/state/HOUSE2021.zip").respond_with_data("gone", status=404)
    settings.set(DATA_MASSGIS_BASE, httpserver.url_for("/state"))
    settings.set(DATA_ROSTER_URL, httpserver.url_for("/ma.csv"))
    before = hashlib.sha256(current.read_bytes()).hexdigest()
    dataset = Dataset(current)
    panel = panel_for(qtbot, dataset, settings, AS_OF + dt.timedelta(days=200))
    panel.maps.setChecked(True)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == (
        "HOUSE2021.zip could not be downloaded (the server answered 404 NOT FOUND);"
        " the legislators' data was not changed."
    )
    assert panel.button.isEnabled() and panel.summary.isHidden()
    assert hashlib.sha256(current.read_bytes()).hexdigest() == before
    assert dataset.as_of == AS_OF.isoformat() and not panel.warning.isHidden()


@needs_sources
def test_an_update_can_be_cancelled_and_changes_nothing(
    qtbot: QtBot, current: Path, settings: Settings, httpserver: HTTPServer
) -> None:
    """With a real network thread, and a Legislature that answers slowly."""
    import time

    from werkzeug import Request, Response

    listing = api.members()
    base = api.serve(httpserver, listing[:40])
    slow = httpserver.handlers[-1]  # the members' details
    original = slow.request_handler

    def slowly(request: Request) -> Response:
        time.sleep(0.2)
        return original(request)  # type: ignore[misc]

    slow.request_handler = slowly
    settings.set(DATA_LEGISLATURE_URL, base)
    settings.set(DATA_ROSTER_URL, "")
    before = hashlib.sha256(current.read_bytes()).hexdigest()
    panel = DatasetPanel(Dataset(current), settings, Pools(), today=dt.date.today)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reading" in panel.status.text(), timeout=10_000)
    assert panel.cancel_button.isVisible()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Cancelled"), timeout=20_000)
    assert panel.button.isEnabled() and not panel.cancel_button.isVisible()
    assert hashlib.sha256(current.read_bytes()).hexdigest() == before
    panel.pools.wait(20_000)
