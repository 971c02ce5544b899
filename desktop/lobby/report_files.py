"""The report written to a file for outside the laptop: a PDF or CSV counts, 0600 and
never through a link (desktop/private_files.py), for the command line and the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.districts.dataset import Dataset
from desktop.lobby.report import EventReport, build_report
from desktop.private_files import check_target, create_private_file, open_private_text
from desktop.store.sessions import SessionFactory

KINDS = ("pdf", "csv")
Progress = Callable[[str], None]  # the step now under way, in a few words


def write_report_file(
    sessions: SessionFactory,
    dataset: Dataset,
    event_id: str,
    out: Path,
    kind: str,
    progress: Progress | None = None,
) -> int:
    """Count the event now and write `kind` to `out`: the PDF's pages, or the CSV's rows.
    LookupError for an unknown event; PrivateFileError where the file cannot be written."""
    with sessions() as session:
        report = build_report(session, dataset, event_id)
    return write_report(report, dataset.path, out, kind, progress)


def write_report(
    report: EventReport, dataset_path: Path, out: Path, kind: str, progress: Progress | None = None
) -> int:
    if kind == "csv":
        from desktop.lobby.report_csv import export_counts

        with open_private_text(out) as handle:
            return export_counts(report, handle)
    if kind != "pdf":
        raise ValueError(f"A report is written as {' or '.join(KINDS)}, not {kind!r}.")
    from desktop.lobby.report_pdf import write_report_pdf

    # Made 0600 before ReportLab opens it by name, so it is never readable by others.
    check_target(out)
    create_private_file(out)
    return write_report_pdf(report, dataset_path, out, progress)
