"""Letters from the window through Qt's print system (`printing.backend qt`), the path
Windows laptops take, here against the tests' cups-pdf queue through Qt's CUPS plugin."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.settings import PRINT_AT_TABLE, PRINT_BACKEND, PRINTER
from desktop.signin.form import SigninForm
from tests.cups_queue import CupsQueue
from tests.gui.conftest import unlocked_volunteer
from tests.gui.test_letters import letter_states
from tests.printing.test_backends import differing, pages_at_100_dpi


def _sign_in(window: MainWindow, *signers: tuple[str, str, str]) -> None:
    assert window.signin is not None
    for first, last, town in signers:
        window.signin.service.submit(
            SigninForm(first_name=first, last_name=last, place=town, consent_letter=True)
        )


def test_a_batch_prints_through_qt_with_the_copies_chosen_in_the_print_dialog(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(PRINT_AT_TABLE, False)
    context.settings.set(PRINT_BACKEND, "qt")
    window: MainWindow = make_window(context)
    _sign_in(window, ("王", "小明", "Amherst"), ("João", "Conceição", "Florence"))
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    volunteer.tabs.setCurrentWidget(letters)
    qtbot.waitUntil(lambda: letters.table.rowCount() == 4, timeout=10_000)
    index = letters.printer.findData(cups_pdf.printer)
    assert index >= 0  # Qt's own list of printers
    letters.printer.setCurrentIndex(index)

    # "Printer options…" is Qt's print dialog for that printer: two copies, then OK.
    qtbot.mouseClick(letters.printer_options, Qt.MouseButton.LeftButton)
    dialog = letters.options_dialog
    qtbot.waitUntil(dialog.isVisible)
    copies = dialog.findChild(QSpinBox, "copies")
    assert copies is not None
    copies.setValue(2)
    dialog.accept()
    assert letters.options.copies == 2
    assert letters.options_summary.text() == "2 copies"

    before, since = cups_pdf.latest_job(), time.time()
    qtbot.mouseClick(letters.buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent 4 letters" in letters.message.text(), timeout=90_000)

    # Qt does not say which job it made: the message names the printer, and no number.
    assert letters.message.text() == f"Sent 4 letters to {cups_pdf.printer}."
    assert letters.last_job is not None and letters.last_job.job_id is None
    job = cups_pdf.latest_job()
    assert job > before
    output = cups_pdf.wait_for_output(job, since)
    # Four letters and three cover sheets, twice, collated: Qt makes the copies itself where
    # the printer does not (cups-pdf), else CUPS counts them.
    line = cups_pdf.page_log_line(job)
    if cups_pdf.page_count(output) == 14:
        pages = pages_at_100_dpi(output, tmp_path / "printed")  # Qt prints pictures of pages
        assert all(differing(a, b) == 0 for a, b in zip(pages[:7], pages[7:], strict=True))
        assert all(differing(a, b) > 0.002 for a, b in itertools.pairwise(pages[:7]))
    else:
        assert cups_pdf.page_count(output) == 7
        assert line is None or " total 2 " in line
    if line is not None:
        assert " Tabling letters " in line
    assert letter_states(context) == ["done"] * 4


def test_cancel_while_pages_go_to_the_printer_never_leaves_half_a_stack(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    """Qt's CUPS engine cannot drop a job it has begun (Windows' spooler can): the job is
    finished whole, the volunteer is told, and the letters count as printed."""
    context.settings.set(PRINT_AT_TABLE, False)
    context.settings.set(PRINT_BACKEND, "qt")
    window: MainWindow = make_window(context)
    _sign_in(window, ("Ana", "Lima", "Amherst"), ("Bo", "Chen", "Amherst"))
    volunteer = unlocked_volunteer(qtbot, window)
    letters = volunteer.letters
    assert letters is not None
    qtbot.waitUntil(lambda: letters.table.rowCount() == 4, timeout=10_000)
    letters.printer.setCurrentIndex(letters.printer.findData(cups_pdf.printer))
    letters.bar.valueChanged.connect(
        lambda _v: "Sending" in letters.message.text() and letters.cancel.click()
    )
    before, since = cups_pdf.latest_job(), time.time()
    qtbot.mouseClick(letters.buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent 4 letters" in letters.message.text(), timeout=90_000)

    assert letters.message.text().startswith("Too late to cancel")
    assert letters.message.text().endswith("They count as printed.")
    job = cups_pdf.latest_job()
    assert job == before + 1
    assert cups_pdf.page_count(cups_pdf.wait_for_output(job, since)) == 6  # whole: 4 + 2 covers
    assert letter_states(context) == ["done"] * 4


def test_letters_print_at_the_table_through_qt(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(PRINTER, cups_pdf.printer)
    context.settings.set(PRINT_BACKEND, "qt")
    window: MainWindow = make_window(context)
    assert window.signin is not None and window.thank_you is not None
    before, since = cups_pdf.latest_job(), time.time()
    receipt = window.signin.service.submit(
        SigninForm(first_name="Bảo", last_name="Trần", place="Florence", consent_letter=True)
    )
    window._on_signup_saved(receipt)
    thanks = window.thank_you
    qtbot.waitUntil(lambda: "Printed" in thanks.print_status.text(), timeout=60_000)
    job = cups_pdf.latest_job()
    assert job > before
    output = cups_pdf.wait_for_output(job, since)
    assert cups_pdf.page_count(output) == 2
    assert letter_states(context) == ["done", "done"]


def test_a_paused_printer_at_the_table_says_so_and_keeps_the_letters(
    qtbot: QtBot,
    make_window,
    context: AppContext,
    cups_pdf: CupsQueue,  # type: ignore[no-untyped-def]
) -> None:
    context.settings.set(PRINTER, cups_pdf.printer)
    context.settings.set(PRINT_BACKEND, "qt")
    cups_pdf.run(cups_pdf.tools.cupsdisable, "-r", "Out of paper", cups_pdf.printer)
    window: MainWindow = make_window(context)
    assert window.signin is not None and window.thank_you is not None
    before = cups_pdf.latest_job()
    receipt = window.signin.service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", consent_letter=True)
    )
    window._on_signup_saved(receipt)
    thanks = window.thank_you
    qtbot.waitUntil(lambda: thanks.reprint.isVisible(), timeout=30_000)
    assert "is paused or not ready" in thanks.print_status.text()
    assert "Out of paper" in thanks.print_status.text()
    assert letter_states(context) == ["ready", "ready"]
    assert cups_pdf.latest_job() == before


def test_the_printers_trouble_is_told_in_the_signers_language(window: MainWindow) -> None:
    from desktop.printing.backend import no_default_printer, paused

    window.translations.switch("es")
    try:
        words = window.table_printer.words(paused("TablingPDF", "Out of paper"))
        assert words == (
            "La impresora «TablingPDF» está en pausa o no está lista. "
            "La impresora dice: «Out of paper»."  # the printer's own words, as it gave them
        )
        assert window.table_printer.words(no_default_printer()) == (
            "Esta computadora no tiene ninguna impresora configurada."
        )
    finally:
        window.translations.switch("en")
