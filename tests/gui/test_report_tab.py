"""The volunteer view's Report tab: the event's tables and maps in the real window."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.report_tab import ReportTab
from desktop.gui.workers import ThreadPool
from desktop.lobby.picture import MAP_NAMES
from desktop.signin.form import SigninForm
from tests.gui.conftest import unlocked_volunteer
from tests.lobby.report_data import EXPECTED, HAMPSHIRE, PITTSFIELD, fill_event


def report_tab(qtbot: QtBot, window: MainWindow, context: AppContext) -> ReportTab:
    """The view unlocked over an event filled with report_data's sign-ups, on its Report tab."""
    assert window.current_event is not None
    with context.sessions.begin() as session:
        fill_event(session, window.current_event.event_id)
    page = unlocked_volunteer(qtbot, window)
    tab = page.findChild(ReportTab)
    assert tab is not None
    page.tabs.setCurrentWidget(tab)  # shown: it counts and draws
    return tab


def cells(table: QTableWidget) -> dict[str, list[str]]:
    return {
        table.item(row, 0).text(): [
            table.item(row, column).text() for column in range(1, table.columnCount())
        ]
        for row in range(table.rowCount())
    }


def test_the_report_tab_shows_the_event_in_tables_and_maps(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    tab = report_tab(qtbot, window, context)
    totals = cells(tab.tables.totals)
    assert totals["Sign-ups"] == [str(EXPECTED["signups"])]
    assert totals["Letters delivered"] == [str(EXPECTED["letters_delivered"])]
    assert totals["Sign-ups in Español"] == ["7"]
    house = cells(tab.tables.house)
    # On screen, behind the passphrase, the exact count: 2 in Pittsfield's district.
    assert house[HAMPSHIRE[0]][1:] == ["12", "12", "12", "Supports"]
    assert house[PITTSFIELD[0]][1:4] == ["2", "2", "0"]
    assert cells(tab.tables.towns)["Boston"] == ["3", "3"]
    assert set(tab.maps) == set(MAP_NAMES)
    shown = tab.map.source().toImage()
    assert not shown.isNull() and shown.width() > 500
    tab.choice.setCurrentIndex(2)  # the House positions map
    assert tab.map.source().toImage() != shown
    assert tab.status.text() == "Up to date."


def test_a_new_sign_up_reaches_the_report_and_the_maps_wait_for_a_new_class(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    tab = report_tab(qtbot, window, context)
    drawn = tab.maps
    assert window.signin is not None and window.volunteer is not None
    window.signin.service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", consent_letter=True)
    )
    window.volunteer.refresh()  # what the main window does after a sign-in or a sync
    assert cells(tab.tables.totals)["Sign-ups"] == [str(EXPECTED["signups"] + 1)]
    assert cells(tab.tables.house)[HAMPSHIRE[0]][1] == "13"
    assert tab.maps is drawn  # 12 to 13 stays in its class: nothing drawn again
    for _ in range(12):  # 25 reaches the next class
        window.signin.service.submit(
            SigninForm(first_name="Bo", last_name="Lee", place="Amherst", consent_letter=True)
        )
    window.volunteer.refresh()
    assert cells(tab.tables.house)[HAMPSHIRE[0]][1] == "25"
    assert tab.maps is not drawn and tab.maps["signups:house"] != drawn["signups:house"]


def test_counting_and_drawing_run_in_a_worker_thread(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    assert window.current_event is not None
    with context.sessions.begin() as session:
        fill_event(session, window.current_event.event_id)
    pool = ThreadPool(1)
    tab = ReportTab(context.sessions, context.dataset, window.current_event.event_id, pool)
    qtbot.addWidget(tab)
    tab.refresh()
    # Back at once: the window goes on while the worker counts and draws.
    assert tab.status.text() == "Counting…" and tab.tables.totals.rowCount() == 0
    tab.refresh()  # asked again meanwhile: done once the first ends
    qtbot.waitUntil(lambda: tab.status.text() == "Up to date.", timeout=30_000)
    qtbot.waitUntil(lambda: not tab._running, timeout=30_000)
    pool.wait(30_000)
    assert cells(tab.tables.totals)["Sign-ups"] == [str(EXPECTED["signups"])]
    assert set(tab.maps) == set(MAP_NAMES)


def test_the_pdf_saved_from_the_tab_hides_small_counts(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    tab = report_tab(qtbot, window, context)
    out = tmp_path / "report.pdf"
    tab.save_pdf(str(out))
    assert tab.status.text() == f"Saved to {out}."
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pittsfield = next(line for line in text.splitlines() if PITTSFIELD[0] in line)
    assert "fewer than 5" in pittsfield and " 2 " not in pittsfield
    csv_out = tmp_path / "counts.csv"
    tab.export_csv(str(csv_out))
    assert stat.S_IMODE(csv_out.stat().st_mode) == 0o600
    assert f"house,{PITTSFIELD[0]}," in csv_out.read_text()
