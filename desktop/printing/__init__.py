"""Printing through the operating system's print system (CUPS on Linux and macOS).

Plain Python, no Qt: the window calls these from a worker and shows `PrintError`'s message.
"""

from __future__ import annotations

from desktop.printing.cups import (
    DEFAULT_TITLE,
    Printer,
    PrintError,
    PrintJob,
    default_printer,
    job_state,
    list_printers,
    print_pdf,
    scheduler_running,
    wait_for_job,
)

__all__ = [
    "DEFAULT_TITLE",
    "PrintError",
    "PrintJob",
    "Printer",
    "default_printer",
    "job_state",
    "list_printers",
    "print_pdf",
    "scheduler_running",
    "wait_for_job",
]
