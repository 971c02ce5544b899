"""`tabling letters --print` through each back end, to the tests' cups-pdf queue, as a script
runs it: the letters count as printed only once the printer took the job."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli_run import HEADER, tabling
from tests.cups_queue import CupsQueue


@pytest.fixture
def signed_in(event_id: str, tmp_path: Path) -> str:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "Ana,Lima,1 Elm St,Amherst,,,,pt,no,yes,no\n"
        + "Bảo,Trần,2 Oak St,Florence,,,,vi,no,yes,no\n",
        encoding="utf-8",
    )
    assert tabling("import", str(sheet), "--event", event_id).returncode == 0
    return event_id


@pytest.mark.parametrize("backend", ["cups", "qt"])
def test_letters_print_and_count_as_printed(
    backend: str, signed_in: str, passphrase_file: Path, cups_pdf: CupsQueue
) -> None:
    assert tabling("settings", "set", "printing.backend", backend).returncode == 0
    before, since = cups_pdf.latest_job(), time.time()
    args = ["letters", "--event", signed_in, "--passphrase-file", str(passphrase_file)]

    done = tabling(*args, "--print", "--printer", cups_pdf.printer)

    assert done.returncode == 0, done.stderr
    # Amherst and Florence: two Representatives and one Senator, so three stacks.
    assert f"Sent 4 letters (7 pages) to {cups_pdf.printer}" in done.stdout
    assert "they count as printed" in done.stdout
    job = cups_pdf.latest_job()
    assert job > before
    output = cups_pdf.wait_for_output(job, since)
    assert cups_pdf.page_count(output) == 7
    line = cups_pdf.page_log_line(job)
    if line is not None:
        assert " Tabling letters " in line and "Lima" not in line
    again = tabling(*args, "--print", "--printer", cups_pdf.printer)
    assert again.returncode == 0 and "No letters to print." in again.stdout


@pytest.mark.parametrize("backend", ["cups", "qt"])
def test_a_paused_printer_prints_nothing_and_marks_nothing(
    backend: str, signed_in: str, passphrase_file: Path, cups_pdf: CupsQueue, tmp_path: Path
) -> None:
    assert tabling("settings", "set", "printing.backend", backend).returncode == 0
    cups_pdf.run(cups_pdf.tools.cupsdisable, "-r", "Out of paper", cups_pdf.printer)
    before = cups_pdf.latest_job()
    args = ["letters", "--event", signed_in, "--passphrase-file", str(passphrase_file)]

    done = tabling(*args, "--print", "--printer", cups_pdf.printer)

    assert done.returncode == 1
    assert "Not printed, and nothing was marked printed." in done.stderr
    assert f'The printer "{cups_pdf.printer}" is paused' in done.stderr
    assert "Traceback" not in done.stderr
    assert cups_pdf.latest_job() == before
    out = tmp_path / "still.pdf"
    still = tabling(*args, "--out", str(out))
    assert "Wrote 4 letters" in still.stdout  # none was marked printed


def test_the_command_asks_what_to_do(signed_in: str, passphrase_file: Path) -> None:
    done = tabling("letters", "--event", signed_in, "--passphrase-file", str(passphrase_file))
    assert done.returncode == 2
    assert "--out FILE.pdf, --print, or both" in done.stderr


def test_out_and_print_together(
    signed_in: str, passphrase_file: Path, cups_pdf: CupsQueue, tmp_path: Path
) -> None:
    out = tmp_path / "copy.pdf"
    done = tabling(
        "letters", "--event", signed_in, "--passphrase-file", str(passphrase_file),
        "--out", str(out), "--print", "--printer", cups_pdf.printer,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Wrote 4 letters (7 pages)" in done.stdout and "Sent 4 letters" in done.stdout
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+7$", info.stdout, re.MULTILINE)
