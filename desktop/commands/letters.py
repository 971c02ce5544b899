"""`tabling letters --event ID [--out FILE.pdf] [--print [--printer NAME]]`: a batch of letters
for hand delivery, written to a PDF, printed through the configured back end, or both."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import (
    CommandError,
    add_passphrase_option,
    dataset,
    sessions,
    unlock,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.campaigns import Campaign
    from desktop.letters.model import LetterJob
    from desktop.signin.printing import Printed
    from desktop.store.models import Event


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letters = subcommands.add_parser(
        "letters",
        help="the event's letters, by office with cover sheets: to one PDF (--out), "
        "to a printer (--print), or both",
    )
    which = letters.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID")
    which.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="every event of that day (every laptop's, once synced with the hub): one set "
        "of letters by office for a lobby day",
    )
    letters.add_argument("--out", type=Path, metavar="FILE.pdf", help="write them to this PDF")
    letters.add_argument(
        "--print",
        action="store_true",
        help="print the letters not yet printed, and mark them printed once the printer "
        "accepts the job (through printing.backend: cups, qt or auto)",
    )
    letters.add_argument(
        "--printer", metavar="NAME", help="the printer (default: printing.printer, or the system's)"
    )
    letters.add_argument("--all", action="store_true", help="also letters already printed")
    letters.add_argument(
        "--mark-printed",
        action="store_true",
        help="mark the letters printed once the PDF is written (for printing it yourself)",
    )
    add_passphrase_option(letters)
    letters.set_defaults(handler=run_letters)


def run_letters(args: argparse.Namespace) -> int:
    from desktop.campaigns import campaign_path, load_campaign
    from desktop.letters.batch import render_batch
    from desktop.lobby.laptop import laptop_name
    from desktop.lobby.stacks import mark_printed_in_stacks
    from desktop.signin.letter_jobs import queued_letters

    if args.out is None and not args.print:
        raise CommandError("Say what to do with the letters: --out FILE.pdf, --print, or both.")
    if args.print and args.all:
        raise CommandError(
            "--all prints letters already printed again: write them with --out instead."
        )
    factory, places = sessions(args), dataset()
    with factory() as session:
        events = _events(session, args)
        opener = unlock(args, session)
        queued = [
            letter
            for event in events
            for letter in queued_letters(
                session, places, event.id, opener, dt.date.today(), args.all
            )
        ]
        campaign = load_campaign(campaign_path(events[0].campaign_id))
    # A day's stacks belong to the day, not to one of its events.
    stack_event, stack_day = (events[0].id, None) if args.event else (None, args.date)
    for letter in queued:
        if letter.job is None:
            print(f"Not printed: {letter.problem}.", file=sys.stderr)
    jobs = [letter.job for letter in queued if letter.job is not None]
    if not jobs:
        print("No letters to print.")
        return 0
    # Marked printed with their stacks (the cover sheets' codes) in one transaction.
    printed_now = [(q.action_id, q.job) for q in queued if q.job is not None]
    if args.out is not None:
        report = render_batch(jobs, campaign, args.out, progress=_progress)
        _end_progress()
        _missing_glyphs(report.missing_glyphs)
        print(f"Wrote {report.letters} letters ({report.pages} pages) to {args.out}.")
    if args.print:
        printed = _print(jobs, campaign, args.printer)
        with factory.begin() as session:
            mark_printed_in_stacks(session, printed_now, stack_event, laptop_name(), stack_day)
        if args.out is None:
            _missing_glyphs(printed.report.missing_glyphs)
        number = f" as print job {printed.job.number}" if printed.job.number is not None else ""
        print(
            f"Sent {printed.report.letters} letters ({printed.report.pages} pages) to "
            f"{printed.job.printer}{number}; they count as printed."
        )
    elif args.mark_printed:
        with factory.begin() as session:
            mark_printed_in_stacks(session, printed_now, stack_event, laptop_name(), stack_day)
    return 0


def _events(session: Session, args: argparse.Namespace) -> list[Event]:
    """The event asked for, or every event of the date asked for (one campaign)."""
    from sqlalchemy import select

    from desktop.store.models import Event

    if args.event:
        event = session.get(Event, args.event)
        if event is None:
            raise CommandError(f"There is no event {args.event!r}: see `tabling event list`.")
        return [event]
    events = list(session.scalars(select(Event).where(Event.date == args.date)))
    if not events:
        raise CommandError(f"There is no event on {args.date}: see `tabling event list`.")
    if len({event.campaign_id for event in events}) > 1:
        raise CommandError(
            f"The events on {args.date} are for different campaigns, whose letters differ:"
            " print each with --event ID."
        )
    return events


def _print(jobs: list[LetterJob], campaign: Campaign, printer: str | None) -> Printed:
    """Through the configured back end; a PrintError (nothing printed) goes to cli.py."""
    from desktop.printing import choose
    from desktop.settings import PRINT_BACKEND, PRINTER, Settings
    from desktop.signin.printing import print_letters

    settings = Settings()
    try:
        return print_letters(
            jobs,
            campaign,
            printer or settings.get(PRINTER) or None,
            choose(settings.get(PRINT_BACKEND)),
            covers=True,
            progress=_progress,
            sending=_sending,
        )
    finally:
        _end_progress()


def _missing_glyphs(missing: Mapping[str, str]) -> None:
    for code, characters in sorted(missing.items()):
        print(f"Letter {code}: no font has {characters!r}; it prints as �.", file=sys.stderr)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} letters", end="", file=sys.stderr, flush=True)


def _sending(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rsending page {done}/{total} to the printer", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
