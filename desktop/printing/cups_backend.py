"""The CUPS back end: the vector PDF straight to `lp`, fastest where CUPS is (Linux, macOS)."""

from __future__ import annotations

from pathlib import Path

from desktop.printing import cups
from desktop.printing.backend import (
    DEFAULT_TITLE,
    ONE_COPY,
    Cancelled,
    Capabilities,
    PrintCancelled,
    Printer,
    PrintJob,
    PrintOptions,
    Progress,
    find,
    ready_or_error,
)

MAX_COPIES = 99  # lp takes any number; nobody at a table needs more


class CupsBackend:
    name = "cups"

    def printers(self) -> list[Printer]:
        return cups.list_printers()

    def default_printer(self) -> str | None:
        return cups.default_printer()

    def capabilities(self, printer: str) -> Capabilities:
        return Capabilities(duplex=cups.offers_duplex(printer), max_copies=MAX_COPIES)

    def print_pdf(
        self,
        path: Path,
        printer: str | None,
        *,
        title: str = DEFAULT_TITLE,
        options: PrintOptions = ONE_COPY,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PrintJob:
        if cancelled is not None and cancelled():
            raise PrintCancelled()
        printers = cups.list_printers()
        if printers or cups.scheduler_running():
            # lp itself names a missing printer or a rejecting one; a paused one it would
            # accept and hold, so that is refused here with the words the Qt path uses.
            name = printer or cups.default_printer()
            ready_or_error(find(printers, name), name)
        job = cups.print_pdf(
            path, printer, title=title, copies=options.copies, duplex=options.duplex
        )
        if progress is not None:
            progress(1, 1)
        return job
