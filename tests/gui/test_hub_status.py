"""The window of a laptop that joined a hub syncs by itself and says how it went: the
other laptop's sign-ups reach its volunteer view; an unreachable hub is said in plain
words, with the last sync's time. Real PostgreSQL, real keyring."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.districts.dataset import Dataset
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.hub.admin import add_laptop, create_hub, join
from desktop.organizer import require_key_record
from desktop.settings import HUB_URL
from desktop.signin.form import SigninForm
from tests.gui.conftest import unlocked_volunteer
from tests.hub.conftest import make_laptop, service
from tests.pg_server import PgServer


def test_the_window_syncs_with_the_hub_and_says_so(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    context: AppContext,
    dataset: Dataset,
    pg_server: PgServer,
    secret_service: None,
    tmp_path: Path,
) -> None:
    name = f"hub_{uuid.uuid4().hex[:8]}"
    pg_server.new_database(name)
    hub = pg_server.tcp_url(name)
    with context.sessions() as session:
        create_hub(hub, require_key_record(session))
    other = make_laptop(hub, "Back table", tmp_path)
    # Joined last: this process's one keyring keeps the window's password (each laptop
    # has its own keyring; the other laptop holds its engine already).
    with context.sessions.begin() as session:
        join(add_laptop(hub, "Front table").encoded(), session, context.settings)

    window: MainWindow = make_window(context)
    status = window.hub_status
    assert status is not None and status.isVisible()
    status.sync_now()  # the timer's round, at once: the window's event reaches the hub
    assert status.label.text().startswith("Hub: synced at "), status.label.toolTip()
    assert status.label.text().endswith("· 2 laptops seen")

    other.sync()  # the back table takes the event and signs someone in to it
    assert window.current_event is not None
    at_back = service(other, dataset, window.current_event.event_id)
    at_back.submit(SigninForm(first_name="Thị Lan", last_name="Nguyễn", place="Florence"))
    other.sync()

    page = unlocked_volunteer(qtbot, window)
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(status.synced, timeout=10_000):
        status.sync_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.proxy.index(0, 1).data() == "Thị Lan Nguyễn"

    synced_at = status.label.text().split("synced at ")[1][:5]
    context.settings.set(HUB_URL, hub.replace(f":{pg_server.port}/", ":9/"))  # nobody there
    status.sync_now()
    assert status.label.text() == f"Hub: not reachable · last synced at {synced_at}"
    assert "Could not reach the hub" in status.label.toolTip()
