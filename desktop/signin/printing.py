"""Printing letters: rendered to a private temporary file, handed to the print system, deleted.

The temporary PDF holds personal data, so it lives in a folder only the user can read
(tempfile makes it 0700) and is removed as soon as the print system has taken the job.
A print job's title never names a signer.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.campaigns import Campaign
from desktop.letters.batch import BatchReport, render_batch, render_letters
from desktop.letters.model import LetterJob
from desktop.printing.backend import (
    ONE_COPY,
    Cancelled,
    PrintBackend,
    PrintJob,
    PrintOptions,
    Progress,
)

JOB_TITLE = "Tabling letters"


@dataclass(frozen=True)
class Printed:
    job: PrintJob
    report: BatchReport


def print_letters(
    jobs: Sequence[LetterJob],
    campaign: Campaign,
    printer: str | None,
    backend: PrintBackend,
    *,
    covers: bool = False,
    options: PrintOptions = ONE_COPY,
    progress: Progress | None = None,
    sending: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Printed:
    """Render, then print through `backend`; raises PrintError (nothing printed),
    BatchCancelled (while rendering) or PrintCancelled (before the pages were sent).

    `progress` counts letters rendered; `sending` counts pages handed to the printer, which
    can no longer be cancelled (see desktop/gui/qt_printing.py).
    """
    with tempfile.TemporaryDirectory(prefix="tabling-print-") as folder:
        path = Path(folder) / "letters.pdf"
        if covers:
            report = render_batch(jobs, campaign, path, progress=progress, cancelled=cancelled)
        else:
            report = render_letters(jobs, campaign, path)
        job = backend.print_pdf(
            path,
            printer or None,
            title=JOB_TITLE,
            options=options,
            progress=sending,
            cancelled=cancelled,
        )
    return Printed(job, report)


def print_file(
    path: Path, printer: str | None, backend: PrintBackend, options: PrintOptions = ONE_COPY
) -> PrintJob:
    """A PDF already written (the take-home card), under the same generic title."""
    return backend.print_pdf(path, printer or None, title=JOB_TITLE, options=options)
