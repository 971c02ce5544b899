"""`tabling bundle export --event ID FILE` and `tabling bundle import FILE`: one event's
records on a USB stick between laptops, sealed to the organizer's key (desktop/hub/bundle.py)."""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

from desktop.commands.common import add_passphrase_option, sessions, unlock


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bundle = subcommands.add_parser(
        "bundle", help="carry an event's records between laptops without a network"
    )
    what = bundle.add_subparsers(dest="bundle_command", required=True, metavar="{export,import}")
    export = what.add_parser(
        "export",
        help="write an event's records to a file sealed to the organizer's key",
        description=(
            "Write the event, its sign-ups (their personal data sealed as stored), letters,"
            " emails and outbox messages, and this laptop's deletions, to FILE, sealed whole"
            " to the organizer's key. No passphrase is needed to write it."
        ),
    )
    export.add_argument("--event", required=True, metavar="ID")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=run_export)
    take = what.add_parser(
        "import",
        help="take the records of a bundle (needs the passphrase); importing twice changes nothing",
    )
    take.add_argument("file", type=Path, metavar="FILE")
    add_passphrase_option(take)
    take.set_defaults(handler=run_import)


def laptop_name() -> str:
    """This laptop as the records name it: its hub role once joined, else its host name."""
    from desktop.settings import HUB_ROLE, Settings

    return Settings().get(HUB_ROLE) or socket.gethostname()[:63]


def run_export(args: argparse.Namespace) -> int:
    from desktop.hub.bundle import export_bundle, write

    with sessions(args)() as session:
        document = export_bundle(session, args.event, laptop_name())
    write(document, args.file)
    counts = document["counts"]
    print(
        f"Wrote {args.file}: {document['event']['name']}, {counts['signups']} sign-up(s),"
        f" {counts['actions']} letter(s) and email(s), {counts['messages']} message(s),"
        " sealed to the organizer's key. Import it with `tabling bundle import` on the other"
        " laptop, then delete it from the stick."
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.hub.bundle import import_bundle, read, take_key

    document = read(args.file)
    factory = sessions(args)
    with factory.begin() as session:
        take_key(session, document)  # a fresh laptop takes the coalition's key first
    with factory.begin() as session:
        opener = unlock(args, session)
        report = import_bundle(session, document, opener)
    print(report.line())
    return 0
