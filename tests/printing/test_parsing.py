"""Reading lp's and lpstat's output (LC_ALL=C), without a scheduler."""

from __future__ import annotations

from desktop.printing.backend import DEFAULT_TITLE, Printer, PrintJob, clean_title
from desktop.printing.cups import parse_lpstat, parse_request_id

LPSTAT = """\
Office accepting requests since Wed Nov 25 06:32:08 2026
Kitchen not accepting requests since Wed Nov 25 06:40:00 2026 -
\tRejecting Jobs
Label_Maker accepting requests since Wed Nov 25 06:41:00 2026
printer Office now printing Office-12.  enabled since Wed Nov 25 06:32:08 2026
printer Kitchen disabled since Wed Nov 25 06:40:00 2026 -
\tOut of paper
printer Label_Maker is idle.  enabled since Wed Nov 25 06:41:00 2026
\tWaiting for printer to finish.
something lpstat might add one day
system default destination: Office/duplex
"""


def test_parses_printers_states_reasons_and_the_default() -> None:
    assert parse_lpstat(LPSTAT) == [
        Printer("Office", is_default=True, accepting=True, state="printing"),
        Printer(
            "Kitchen", is_default=False, accepting=False, state="disabled", message="Out of paper"
        ),
        Printer(
            "Label_Maker",
            is_default=False,
            accepting=True,
            state="idle",
            message="Waiting for printer to finish.",
        ),
    ]


def test_rejection_reason_when_the_printer_gives_none() -> None:
    text = (
        "Desk not accepting requests since Wed Nov 25 06:40:00 2026 -\n"
        "\tClosed for the day\n"
        "printer Desk is idle.  enabled since Wed Nov 25 06:40:00 2026\n"
        "no system default destination\n"
    )
    assert parse_lpstat(text) == [
        Printer(
            "Desk", is_default=False, accepting=False, state="idle", message="Closed for the day"
        )
    ]


def test_no_printers() -> None:
    assert parse_lpstat("") == []
    assert parse_lpstat("no system default destination\n") == []


def test_a_printer_only_one_listing_mentions() -> None:
    assert parse_lpstat("printer Odd is holding new jobs.  enabled since today\n") == [
        Printer("Odd", is_default=False, accepting=True, state="idle")
    ]
    assert parse_lpstat("printer Odd is doing something new\n")[0].state == "unknown"


def test_request_id() -> None:
    assert parse_request_id("request id is Office-123 (1 file(s))\n") == "Office-123"
    assert parse_request_id("request id is My-Printer-7 (1 file(s))\n") == "My-Printer-7"
    # a localised lp still names the job
    assert parse_request_id("l'ID de requête est Office-9 (1 fichier(s))", "Office") == "Office-9"
    assert parse_request_id("Anfrage-ID ist Office-9 (1 Datei(en))", "Office") == "Office-9"
    assert parse_request_id("Anfrage-ID ist Office-9 (1 Datei(en))") is None
    assert parse_request_id("request id is Back-Office-9", "Office") == "Back-Office-9"
    assert parse_request_id("ID: Back-Office-9", "Office") is None
    assert parse_request_id("") is None
    assert parse_request_id("nothing here", "Office") is None


def test_job_number_and_printer() -> None:
    job = PrintJob(job_id="My-Printer-7", printer="My-Printer")
    assert job.number == 7


def test_titles_are_one_plain_line() -> None:
    assert clean_title("Letters\nfor\tthe day\x00") == "Letters for the day"
    assert clean_title("  ") == DEFAULT_TITLE
    assert len(clean_title("x" * 500)) == 64
