"""`tabling init` (the organizer's passphrase) and `tabling event create|list|set`."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.commands.common import CommandError, add_passphrase_option, read_passphrase, sessions
from desktop.events import (
    ACTIONS,
    LANGUAGE_CODES,
    EventError,
    EventSpec,
    create_event,
    current_event,
    list_events,
    set_place,
    set_retention,
)
from desktop.organizer import AlreadyInitialized, initialize
from desktop.privacy.keys import WeakPassphrase


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = subcommands.add_parser("init", help="first-start set-up: the organizer passphrase")
    add_passphrase_option(init)
    init.set_defaults(handler=run_init)

    event = subcommands.add_parser("event", help="create, list or change events")
    actions = event.add_subparsers(dest="event_command", required=True, metavar="{create,list,set}")
    create = actions.add_parser("create", help="create an event and make it current")
    create.add_argument("--name", required=True)
    create.add_argument("--date", required=True, help="YYYY-MM-DD")
    create.add_argument("--place", required=True)
    create.add_argument("--campaign", default="safe-communities-act")
    create.add_argument(
        "--actions", default=",".join(ACTIONS), help=f"comma-separated: {','.join(ACTIONS)}"
    )
    create.add_argument(
        "--languages",
        default=",".join(LANGUAGE_CODES),
        help=f"comma-separated: {','.join(LANGUAGE_CODES)}",
    )
    create.add_argument(
        "--retention-days",
        type=int,
        metavar="N",
        help="keep personal data N days after everything is sent and printed (default 30)",
    )
    create.set_defaults(handler=run_event_create)
    listing = actions.add_parser("list", help="list the events, the current one marked")
    listing.set_defaults(handler=run_event_list)
    change = actions.add_parser("set", help="change an event's settings")
    change.add_argument("id", metavar="ID")
    change.add_argument(
        "--retention-days",
        type=int,
        metavar="N",
        help="keep its personal data N days after everything is sent and printed",
    )
    change.add_argument(
        "--place",
        metavar="TEXT",
        help="where it is, as it is kept in the clear: the town alone says less (Boston)",
    )
    change.set_defaults(handler=run_event_set)


def run_init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args, confirm=True)
    with sessions(args).begin() as session:
        try:
            initialize(session, passphrase)
        except (AlreadyInitialized, WeakPassphrase) as exc:
            raise CommandError(str(exc)) from None
    print("The organizer passphrase is set. Keep it safe: sign-ups cannot be read without it.")
    return 0


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def run_event_create(args: argparse.Namespace) -> int:
    from desktop.campaigns import campaign_path, campaigns_dir

    try:
        date = dt.date.fromisoformat(args.date)
    except ValueError:
        raise CommandError(f"The date {args.date!r} is not YYYY-MM-DD.") from None
    if not campaign_path(args.campaign).is_file():
        raise CommandError(f"There is no campaign {args.campaign!r}: see {campaigns_dir()}.")
    spec = EventSpec(
        args.name, date, args.place, args.campaign, _split(args.actions), _split(args.languages)
    )
    with sessions(args).begin() as session:
        try:
            event = create_event(session, spec)
            if args.retention_days is not None:
                set_retention(session, event.id, args.retention_days)
        except EventError as exc:
            raise CommandError(str(exc)) from None
        event_id = event.id
    print(event_id)
    return 0


def run_event_list(args: argparse.Namespace) -> int:
    with sessions(args)() as session:
        current = current_event(session)
        for event in list_events(session):
            mark = "*" if current is not None and event.id == current.id else " "
            print(f"{mark} {event.id}  {event.date.isoformat()}  {event.name} ({event.place})")
    return 0


def run_event_set(args: argparse.Namespace) -> int:
    if args.retention_days is None and args.place is None:
        raise CommandError("Say what to change: --retention-days N, --place TEXT, or both.")
    with sessions(args).begin() as session:
        try:
            if args.place is not None:
                event = set_place(session, args.id, args.place)
                print(f"{event.name}: the place is kept as {event.place!r}.")
            if args.retention_days is not None:
                event = set_retention(session, args.id, args.retention_days)
                print(
                    f"{event.name}: personal data kept {event.retention_days} days after "
                    "everything is sent and printed."
                )
        except EventError as exc:
            raise CommandError(str(exc)) from None
    return 0
