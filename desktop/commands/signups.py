"""`tabling import FILE.csv --event ID` and `tabling export signups --event ID --csv FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.commands.common import (
    CommandError,
    add_passphrase_option,
    dataset,
    sessions,
    unlock,
)
from desktop.organizer import require_key_record
from desktop.private_files import PrivateFileError, open_private_text
from desktop.signin.exporter import export_signups
from desktop.signin.importer import ImportFileError, import_file, report_lines
from desktop.signin.records import read_signups
from desktop.signin.service import EventContext, SigninService
from desktop.store.models import Event


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = subcommands.add_parser("import", help="import a CSV of paper sign-in sheets")
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.add_argument("--event", required=True, metavar="ID")
    importing.set_defaults(handler=run_import)

    export = subcommands.add_parser("export", help="export sign-ups (needs the passphrase)")
    what = export.add_subparsers(dest="export_command", required=True, metavar="{signups}")
    signups = what.add_parser("signups", help="sign-ups with their districts and members")
    signups.add_argument("--event", required=True, metavar="ID")
    signups.add_argument("--csv", required=True, type=Path, metavar="FILE")
    add_passphrase_option(signups)
    signups.set_defaults(handler=run_export)


def _event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise CommandError(f"There is no event {event_id!r}: see `tabling event list`.")
    return event


def run_import(args: argparse.Namespace) -> int:
    factory = sessions(args, batch=True)  # each row records its save: a rerun skips it
    with factory() as session:
        event = _event(session, args.event)
        context = EventContext(event.id, tuple(event.actions))
        keys = require_key_record(session)
    from desktop.outbox.queue import message_domain
    from desktop.settings import SMTP_FROM, Settings

    domain = message_domain(Settings().get(SMTP_FROM))
    service = SigninService(factory, dataset(), context, keys, message_domain=domain)
    try:
        summary = import_file(service, args.file)
    except ImportFileError as exc:
        raise CommandError(str(exc)) from None
    lines = report_lines(summary, args.file.name)
    print(lines[0])
    for line in lines[1:]:
        print(f"{args.file}, {line[:1].lower()}{line[1:]}", file=sys.stderr)
    return 1 if summary.stopped else 0


def run_export(args: argparse.Namespace) -> int:
    factory = sessions(args)
    with factory() as session:
        _event(session, args.event)
        records = read_signups(session, args.event, unlock(args, session))
    # The file holds personal data: only its owner may read it, never through a link.
    try:
        with open_private_text(args.csv) as out:
            count = export_signups(records, dataset(), out)
    except PrivateFileError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {count} sign-ups to {args.csv}.")
    return 0
