"""Printing through a real CUPS queue (cups-pdf) and reading back the pages it wrote."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.printing import cups
from desktop.printing.cups import (
    PrintError,
    default_printer,
    job_state,
    list_printers,
    print_pdf,
    scheduler_running,
    wait_for_job,
)
from tests.cups_queue import CupsQueue, Tools
from tests.printing.sample_pdf import make_pdf

PAGES = ["Tabling test page one", "Tabling test page two", "Tabling test page three"]


def _pdf(tmp_path: Path, pages: list[str], name: str = "letters.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(make_pdf(pages))
    return path


def _queue(name: str) -> cups.Printer:
    for printer in list_printers():
        if printer.name == name:
            return printer
    raise AssertionError(f"{name} is not in {list_printers()}")


def test_prints_three_pages_through_cups_pdf(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    since = time.time()
    job = print_pdf(_pdf(tmp_path, PAGES), printer=cups_pdf.printer, title="Letters")

    assert job.printer == cups_pdf.printer
    assert job.job_id == f"{cups_pdf.printer}-{job.number}"
    output = cups_pdf.wait_for_output(job.number, since)
    assert cups_pdf.page_count(output) == 3
    text = cups_pdf.text(output)
    for page in PAGES:
        assert page in text
    assert text.index(PAGES[0]) < text.index(PAGES[1]) < text.index(PAGES[2])
    assert "letter" in cups_pdf.page_size(output)  # the queue's Letter, not the A4 default
    assert wait_for_job(job, timeout=30)
    assert job_state(job) == "completed"


def test_copies_and_title_reach_cups(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    since = time.time()
    path = _pdf(tmp_path, ["One page, twice"])
    job = print_pdf(path, printer=cups_pdf.printer, title="Letters\nfor today", copies=2)

    # cups-pdf makes one PDF whatever the copies (Ghostscript drops /NumCopies), so the
    # copies are read from CUPS's page log: "QUEUE USER JOB [date] total COPIES - HOST TITLE".
    output = cups_pdf.wait_for_output(job.number, since)
    assert "One page, twice" in cups_pdf.text(output)
    line = cups_pdf.page_log_line(job.number)
    if line is not None:  # None: the machine's scheduler, whose page log is not ours
        assert " total 2 " in line
        assert " Letters for today " in line


def test_default_printer_is_used_when_none_is_named(
    cups_pdf: CupsQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LPDEST", cups_pdf.printer)  # lp's and lpstat's own per-user default
    assert default_printer() == cups_pdf.printer
    assert _queue(cups_pdf.printer).is_default

    since = time.time()
    job = print_pdf(_pdf(tmp_path, ["To the default printer"]))
    assert job.printer == cups_pdf.printer
    output = cups_pdf.wait_for_output(job.number, since)
    assert "To the default printer" in cups_pdf.text(output)


def test_list_printers_finds_the_queue(cups_pdf: CupsQueue) -> None:
    printer = _queue(cups_pdf.printer)
    assert printer.accepting
    assert printer.state == "idle"
    assert scheduler_running()


def test_nonexistent_printer_is_a_readable_error(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    with pytest.raises(PrintError) as raised:
        print_pdf(_pdf(tmp_path, PAGES), printer="NoSuchPrinter")

    assert raised.value.reason == "no-printer"
    assert str(raised.value).startswith('There is no printer named "NoSuchPrinter"')


def test_rejecting_queue_is_a_readable_error(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    cups_pdf.run(cups_pdf.tools.cupsreject, "-r", "Closed for the day", cups_pdf.printer)

    printer = _queue(cups_pdf.printer)
    assert not printer.accepting
    assert printer.message == "Closed for the day"
    with pytest.raises(PrintError) as raised:
        print_pdf(_pdf(tmp_path, PAGES), printer=cups_pdf.printer)
    assert raised.value.reason == "not-accepting"
    assert f'"{cups_pdf.printer}" is not accepting jobs' in str(raised.value)
    assert "Closed for the day" in str(raised.value)


def test_disabled_queue_holds_the_job_until_enabled(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    cups_pdf.run(cups_pdf.tools.cupsdisable, "-r", "Out of paper", cups_pdf.printer)
    printer = _queue(cups_pdf.printer)
    assert (printer.state, printer.message, printer.accepting) == ("disabled", "Out of paper", True)

    since = time.time()
    job = print_pdf(_pdf(tmp_path, PAGES), printer=cups_pdf.printer)
    assert job_state(job) == "pending"
    assert not wait_for_job(job, timeout=1.0)

    cups_pdf.run(cups_pdf.tools.cupsenable, cups_pdf.printer)
    assert wait_for_job(job, timeout=60)
    assert cups_pdf.page_count(cups_pdf.wait_for_output(job.number, since)) == 3


def test_missing_file(cups_pdf: CupsQueue, tmp_path: Path) -> None:
    with pytest.raises(PrintError) as raised:
        print_pdf(tmp_path / "nothing.pdf", printer=cups_pdf.printer)
    assert raised.value.reason == "bad-file"


def test_unknown_job_state(cups_pdf: CupsQueue) -> None:
    assert job_state(f"{cups_pdf.printer}-999999") == "unknown"
    assert not wait_for_job(f"{cups_pdf.printer}-999999", timeout=0.3, interval=0.1)


def test_cups_not_running(
    cups_tools: Tools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-scheduler.sock"))

    assert list_printers() == []
    assert default_printer() is None
    assert not scheduler_running()
    assert job_state("Office-1") == "unknown"
    with pytest.raises(PrintError) as raised:
        print_pdf(_pdf(tmp_path, PAGES), printer="Office")
    assert raised.value.reason == "cups-unavailable"
    assert "is not running" in str(raised.value)


def test_cups_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(cups, "_EXTRA_PATH", ())

    assert list_printers() == []
    assert default_printer() is None
    with pytest.raises(PrintError) as raised:
        print_pdf(_pdf(tmp_path, PAGES))
    assert raised.value.reason == "cups-unavailable"
    assert "not installed" in str(raised.value)


def test_copies_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        print_pdf(_pdf(tmp_path, PAGES), copies=0)
