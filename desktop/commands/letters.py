"""`tabling letters --event ID --out FILE.pdf`: a batch of letters for hand delivery."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.commands.common import (
    CommandError,
    add_passphrase_option,
    dataset,
    sessions,
    unlock,
)


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letters = subcommands.add_parser(
        "letters", help="write the event's letters, by office with cover sheets, to one PDF"
    )
    letters.add_argument("--event", required=True, metavar="ID")
    letters.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
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
    from desktop.signin.letter_jobs import mark_printed, queued_letters
    from desktop.store.models import Event

    factory, places = sessions(args), dataset()
    with factory() as session:
        event = session.get(Event, args.event)
        if event is None:
            raise CommandError(f"There is no event {args.event!r}: see `tabling event list`.")
        opener = unlock(args, session)
        queued = queued_letters(session, places, event.id, opener, dt.date.today(), args.all)
        campaign = load_campaign(campaign_path(event.campaign_id))
    for letter in queued:
        if letter.job is None:
            print(f"Not printed: {letter.problem}.", file=sys.stderr)
    jobs = [letter.job for letter in queued if letter.job is not None]
    if not jobs:
        print("No letters to print.")
        return 0
    report = render_batch(jobs, campaign, args.out, progress=_progress)
    print(file=sys.stderr)
    for code, characters in sorted(report.missing_glyphs.items()):
        print(f"Letter {code}: no font has {characters!r}; it prints as �.", file=sys.stderr)
    if args.mark_printed:
        with factory.begin() as session:
            mark_printed(session, [q.action_id for q in queued if q.job is not None])
    print(f"Wrote {report.letters} letters ({report.pages} pages) to {args.out}.")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} letters", end="", file=sys.stderr, flush=True)
