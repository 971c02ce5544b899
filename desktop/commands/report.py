"""`tabling report --event ID [--out FILE.pdf] [--csv FILE]`: the event's picture, as a PDF
with its maps, as CSV counts, or both.

Counts only: no passphrase is asked, since nothing here opens a sealed record. Both files
are written 0600 and never through a link (desktop/private_files.py), like the sign-up
export; matplotlib and ReportLab load only when this command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import CommandError, dataset, sessions
from desktop.private_files import PrivateFileError


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subcommands.add_parser(
        "report",
        help="the event's report: sign-ups, letters, emails, districts, towns and maps, "
        "as a PDF (--out), CSV counts (--csv), or both",
    )
    report.add_argument("--event", required=True, metavar="ID")
    report.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the report here")
    report.add_argument("--csv", type=Path, metavar="FILE", help="write the counts here as CSV")
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from desktop.lobby.report import build_report
    from desktop.lobby.report_files import write_report

    if args.out is None and args.csv is None:
        raise CommandError("Say where to write the report: --out FILE.pdf, --csv FILE, or both.")
    places = dataset()
    with sessions(args)() as session:
        try:
            report = build_report(session, places, args.event)
        except LookupError:
            raise CommandError(
                f"There is no event {args.event!r}: see `tabling event list`."
            ) from None
    try:
        if args.csv is not None:
            rows = write_report(report, places.path, args.csv, "csv")
            print(f"Wrote {rows} rows of counts to {args.csv}.")
        if args.out is not None:
            pages = write_report(report, places.path, args.out, "pdf", _progress)
            print(f"Wrote the report ({pages} pages) to {args.out}.")
    except PrivateFileError as exc:
        raise CommandError(str(exc)) from None
    return 0


def _progress(step: str) -> None:
    print(f"{step}…", file=sys.stderr)
