"""Letters from the window: printed at the table, and in batches from the volunteer view,
through a real CUPS queue backed by cups-pdf."""

from __future__ import annotations

import subprocess
import time

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import PRINTER
from desktop.signin.form import SigninForm
from desktop.store.models import Action, Stack
from tests.cups_queue import CupsQueue
from tests.gui.conftest import unlocked_volunteer
from tests.gui.typing import type_text


def letter_states(context: AppContext) -> list[str]:
    with context.sessions() as session:
        return sorted(session.scalars(select(Action.state).where(Action.kind == "letter")))


def pdf_text(path: object) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_letters_print_at_the_table_after_sign_in(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(PRINTER, cups_pdf.printer)
    window: MainWindow = make_window(context)
    page = window.signin
    assert page is not None and page.fields is not None
    for name, text in (
        ("first_name", "Nguyễn Thị"),
        ("last_name", "Minh Khai"),
        ("place", "Florence"),
    ):
        type_text(qtbot, page.fields.inputs[name], text)
    letter = page.fields.consents["consent_letter"]
    qtbot.mouseClick(letter, Qt.MouseButton.LeftButton, pos=QPoint(8, letter.height() // 2))
    assert page.note is not None and page.note.isVisible()
    type_text(qtbot, page.note.editor, "Please lead on this bill.")
    since = time.time()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    thanks = window.thank_you
    assert thanks is not None
    qtbot.waitUntil(lambda: "Printed" in thanks.print_status.text(), timeout=30_000)
    job = window.table_printer.last_job
    assert job is not None
    output = cups_pdf.wait_for_output(job.number, since)  # type: ignore[attr-defined]
    assert cups_pdf.page_count(output) == 2
    text = pdf_text(output)
    # cups-pdf re-renders through Ghostscript, which keeps the glyphs but not always their
    # text mapping: names in any script are checked in our own PDF (tests/letters).
    assert "Minh Khai" in text and "Please lead on this bill." in text
    assert "Lindsay Sabadosa" in text and "Jo Comerford" in text
    assert letter_states(context) == ["done", "done"]


def test_a_printer_problem_keeps_the_letters_to_print_and_offers_a_reprint(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(PRINTER, "NoSuchPrinter")
    window: MainWindow = make_window(context)
    assert window.signin is not None and window.thank_you is not None
    window.signin.service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", consent_letter=True)
    )
    receipt = window.signin.service.submit(
        SigninForm(first_name="Bo", last_name="Chen", place="Amherst", consent_letter=True)
    )
    window._on_signup_saved(receipt)
    thanks = window.thank_you
    qtbot.waitUntil(lambda: thanks.reprint.isVisible(), timeout=30_000)
    assert "did not print" in thanks.print_status.text() and thanks.skip.isVisible()
    assert not thanks.timer.isActive()  # waits for the volunteer
    assert letter_states(context) == ["ready"] * 4
    context.settings.set(PRINTER, cups_pdf.printer)
    qtbot.mouseClick(thanks.reprint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Printed" in thanks.print_status.text(), timeout=30_000)
    assert letter_states(context) == ["done", "done", "ready", "ready"]


def test_a_batch_by_office_prints_from_the_volunteer_view(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.settings import PRINT_AT_TABLE

    context.settings.set(PRINT_AT_TABLE, False)
    window: MainWindow = make_window(context)
    assert window.signin is not None
    signers = [
        ("王", "小明", "Amherst"),
        ("João", "Conceição", "Florence"),
        ('<b>Bob & "Al"</b>', "Smith", "Amherst"),
    ]
    for first, last, town in signers:
        window.signin.service.submit(
            SigninForm(first_name=first, last_name=last, place=town, consent_letter=True)
        )
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    volunteer.tabs.setCurrentWidget(letters)
    qtbot.waitUntil(lambda: letters.table.rowCount() == 6, timeout=10_000)
    index = letters.printer.findData(cups_pdf.printer)
    assert index >= 0
    letters.printer.setCurrentIndex(index)
    since = time.time()
    qtbot.mouseClick(letters.buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent 6 letters" in letters.message.text(), timeout=60_000)
    output = cups_pdf.wait_for_output(letters.last_job.number, since)  # type: ignore[union-attr]
    # In words, with the printer's name and the job's number: no "PrintJob(job_id=...)".
    assert f"print job number {letters.last_job.number}" in letters.message.text()  # type: ignore[union-attr]
    assert "PrintJob" not in letters.message.text()
    # Three offices (two Representatives, one Senator): six letters and three cover sheets.
    assert cups_pdf.page_count(output) == 9
    text = pdf_text(output)
    assert '<b>Bob & "Al"</b> Smith' in text and "Mindy Domb" in text
    assert letter_states(context) == ["done"] * 6
    # Marked printed with their stacks, whose codes the cover sheets carry.
    with context.sessions() as session:
        stacks = {s.member_name: s.letters for s in session.scalars(select(Stack))}
    assert stacks == {"Mindy Domb": 2, "Lindsay Sabadosa": 1, "Jo Comerford": 3}
    qtbot.waitUntil(lambda: letters.table.rowCount() == 0, timeout=10_000)


def test_preview_and_cancel_leave_nothing_marked(
    qtbot: QtBot,
    make_window,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.settings import PRINT_AT_TABLE

    context.settings.set(PRINT_AT_TABLE, False)
    window: MainWindow = make_window(context)
    assert window.signin is not None
    for n in range(3):
        window.signin.service.submit(
            SigninForm(
                first_name=f"P{n}", last_name="Reviewer", place="Amherst", consent_letter=True
            )
        )
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    qtbot.waitUntil(lambda: letters.table.rowCount() == 6, timeout=10_000)

    qtbot.mouseClick(letters.buttons["preview"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(letters, "preview_dialog"), timeout=30_000)
    assert letters.preview_dialog.page_count() == 8  # six letters, two cover sheets
    letters.preview_dialog.reject()

    letters.bar.valueChanged.connect(lambda value: value >= 2 and letters.cancel.click())
    letters.save_pdf(str(context.settings.path.parent / "batch.pdf"))
    qtbot.waitUntil(lambda: "Cancelled" in letters.message.text(), timeout=30_000)
    assert not (context.settings.path.parent / "batch.pdf").exists()
    assert letter_states(context) == ["ready"] * 6


def test_the_letters_tab_takes_every_table_of_the_day_in_one_set(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    """Another table's event of the same day (as the hub brings it): its letters join this
    one's when asked, and print into the day's stacks."""
    import datetime as dt

    from desktop.events import EventSpec, create_event
    from desktop.organizer import require_key_record
    from desktop.signin.service import EventContext, SigninService

    assert window.signin is not None and window.current_event is not None
    window.signin.service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", consent_letter=True)
    )
    with context.sessions.begin() as session:
        other = create_event(session, EventSpec("Table 2", dt.date(2026, 5, 2), "Hall")).id
        keys = require_key_record(session)
    SigninService(context.sessions, context.dataset, EventContext(other, ("letter",)), keys).submit(
        SigninForm(first_name="Bo", last_name="Chen", place="Florence", consent_letter=True)
    )
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    volunteer.tabs.setCurrentWidget(letters)
    qtbot.waitUntil(lambda: letters.table.rowCount() == 2, timeout=10_000)  # this table's
    letters.whole_day.setChecked(True)
    qtbot.waitUntil(lambda: letters.table.rowCount() == 4, timeout=10_000)  # and table 2's
    letters.table.selectAll()
    letters.mark_selected()
    qtbot.waitUntil(lambda: letters.table.rowCount() == 0, timeout=10_000)
    with context.sessions() as session:
        stacks = session.scalars(select(Stack)).all()
    assert {s.event_id for s in stacks} == {None} and {s.day for s in stacks} == {
        dt.date(2026, 5, 2)
    }
    assert sum(s.letters for s in stacks) == 4
