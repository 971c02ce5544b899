"""Printing letters: rendered to a private temporary file, handed to the print system, deleted.

The temporary PDF holds personal data, so it lives in a folder only the user can read
(tempfile makes it 0700) and is removed as soon as the print system has taken the job.
A print job's title never names a signer.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.campaigns import Campaign
from desktop.letters.batch import BatchReport, render_batch, render_letters
from desktop.letters.model import LetterJob
from desktop.printing.cups import PrintJob, print_pdf

JOB_TITLE = "Tabling letters"


@dataclass(frozen=True)
class Printed:
    job: PrintJob
    report: BatchReport


def print_letters(
    jobs: Sequence[LetterJob],
    campaign: Campaign,
    printer: str | None,
    *,
    covers: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Printed:
    """Render and print; raises PrintError (nothing printed) or BatchCancelled."""
    with tempfile.TemporaryDirectory(prefix="tabling-print-") as folder:
        path = Path(folder) / "letters.pdf"
        if covers:
            report = render_batch(jobs, campaign, path, progress=progress, cancelled=cancelled)
        else:
            report = render_letters(jobs, campaign, path)
        job = print_pdf(path, printer or None, title=JOB_TITLE)
    return Printed(job, report)
