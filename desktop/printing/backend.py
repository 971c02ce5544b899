"""One way to print, whichever print system does it: the interface the window and the
command line print through, and the words both back ends use when printing cannot start.

Two back ends implement `PrintBackend`: CUPS's `lp` (desktop/printing/cups_backend.py, plain
Python) and Qt's print system (desktop/gui/qt_printing.py, which drives the Windows spooler,
macOS printing and CUPS alike). `desktop.printing.backends.choose` picks one from the
`printing.backend` setting. No caller names a back end's functions directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

DEFAULT_TITLE = "Letters"
TITLE_MAX = 64  # a job's name is free text, but printers and cups-pdf cut long ones

PrinterState = Literal["idle", "printing", "disabled", "unknown"]
ErrorReason = Literal[
    "no-printer", "not-accepting", "paused", "cups-unavailable", "bad-file", "failed"
]
Progress = Callable[[int, int], None]  # pages (or letters) done, out of a total
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Printer:
    """A printer as the print system lists it."""

    name: str
    is_default: bool
    accepting: bool  # False only when the system says the printer rejects new jobs
    state: PrinterState  # "disabled": paused, offline or in error; nothing prints
    message: str = ""  # the reason the system gives, e.g. "Out of paper"; may be empty


@dataclass(frozen=True)
class PrintJob:
    """A job the print system accepted. `job_id` is CUPS's request id ("<printer>-<n>")
    where CUPS printed it; Qt's print system does not say which job it made, so None."""

    printer: str
    job_id: str | None = None
    # Cancel came once the system had begun the job and could not drop it: it was finished
    # whole, and the letters count as printed.
    too_late_to_cancel: bool = False

    @property
    def number(self) -> int | None:
        return int(self.job_id.rsplit("-", 1)[1]) if self.job_id else None


@dataclass(frozen=True)
class PrintOptions:
    """What the volunteer chose in "Printer options…": copies, and both sides of the paper."""

    copies: int = 1
    duplex: bool = False


ONE_COPY = PrintOptions()


@dataclass(frozen=True)
class Capabilities:
    """What a printer offers, so the window offers only that."""

    duplex: bool
    max_copies: int


class PrintError(Exception):
    """Printing could not start. `str(error)` is a sentence for the volunteer; `reason` is
    one of "no-printer", "not-accepting", "paused", "cups-unavailable", "bad-file", "failed"."""

    def __init__(
        self, message: str, reason: ErrorReason = "failed", printer: str = "", said: str = ""
    ) -> None:
        super().__init__(message)
        self.reason: ErrorReason = reason
        # For a window that words it in the reader's language: which printer, and what the
        # printer itself said ("Out of paper"), which is shown as the printer's own words.
        self.printer, self.said = printer, said


class PrintCancelled(Exception):
    """The volunteer pressed Cancel before the job was handed over: nothing was printed."""


class PrintBackend(Protocol):
    """A print system. Every method may be called from a background thread."""

    name: str  # "cups" or "qt", as the `printing.backend` setting says it

    def printers(self) -> list[Printer]:
        """Every printer this system knows; empty when there is none or no print system."""
        ...

    def default_printer(self) -> str | None: ...

    def capabilities(self, printer: str) -> Capabilities: ...

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
        """Print every page of the PDF at `path` to `printer` (None: the default one).

        `title` becomes the job's name, which print systems keep in their history and show
        on printer panels: it must be generic, never personal data. Returns once the system
        has accepted the job; raises PrintError (nothing was queued) or PrintCancelled.
        """
        ...


# --- the words both back ends use -----------------------------------------------------------


def clean_title(title: str) -> str:
    """Control characters out, at most 64 characters, never empty."""
    title = " ".join("".join(c if c.isprintable() else " " for c in title).split())
    return title[:TITLE_MAX].rstrip() or DEFAULT_TITLE


def _named(printer: str | None) -> str:
    return f'"{printer}"' if printer else "the default printer"


def _says(message: str) -> str:
    return f' The printer says: "{message}".' if message else ""


def no_such_printer(printer: str | None) -> PrintError:
    return PrintError(
        f"There is no printer named {_named(printer)} on this computer. "
        "Check the printer settings, or choose another printer.",
        "no-printer",
        printer or "",
    )


def no_default_printer() -> PrintError:
    return PrintError(
        "No printer was chosen and this computer has no default printer. "
        "Choose a printer, or set a default one in the printer settings.",
        "no-printer",
    )


def not_accepting(printer: str | None, message: str = "") -> PrintError:
    return PrintError(
        f"The printer {_named(printer)} is not accepting jobs right now.{_says(message)} "
        "Turn it on in the printer settings, or choose another printer.",
        "not-accepting",
        printer or "",
        message,
    )


def paused(printer: str | None, message: str = "") -> PrintError:
    return PrintError(
        f"The printer {_named(printer)} is paused or not ready, so nothing would print."
        f"{_says(message)} Check its paper and power, resume it in the printer settings, "
        "or choose another printer.",
        "paused",
        printer or "",
        message,
    )


def bad_file(detail: str) -> PrintError:
    return PrintError(f"The file to print could not be read: {detail}", "bad-file")


def ready_or_error(printer: Printer | None, name: str | None) -> None:
    """Raise the volunteer's message unless `printer` can print now.

    A paused printer would queue the job and print nothing, yet the letters would count as
    printed: so both back ends refuse it here, before sending anything.
    """
    if printer is None:
        raise no_such_printer(name) if name else no_default_printer()
    if not printer.accepting:
        raise not_accepting(printer.name, printer.message)
    if printer.state == "disabled":
        raise paused(printer.name, printer.message)


def find(printers: list[Printer], name: str | None) -> Printer | None:
    """The printer called `name`, or the default one when `name` is None."""
    for printer in printers:
        if (printer.name == name) if name else printer.is_default:
            return printer
    return None
