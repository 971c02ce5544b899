"""Lobby day from the command line:

    tabling route --event ID | --day DATE [--out FILE.pdf]   the stacks in walking order
    tabling delivered CODE [--by INITIALS] [--undo] a stack delivered (or not, after all)
    tabling visit add --event ID --member NAME --met ... --position ... [...]
    tabling visit list --event ID [--follow-up]
    tabling visit export --event ID --out FILE.csv

None of these needs the passphrase: stacks and visits hold no signer's personal data.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import CommandError, dataset, sessions
from desktop.store.models import VISIT_MET, VISIT_POSITIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.districts.dataset import Dataset, Member
    from desktop.lobby.delivery import Delivery
    from desktop.lobby.visits import VisitRow
    from desktop.store.models import Event


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    route = subcommands.add_parser(
        "route", help="the event's letter stacks in walking order through the State House"
    )
    which = route.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID")
    which.add_argument(
        "--day", metavar="YYYY-MM-DD", help="every event's stacks for that lobby day (a hub's too)"
    )
    route.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the route sheet here")
    route.set_defaults(handler=run_route)

    delivered = subcommands.add_parser(
        "delivered", help="mark a stack delivered by the code on its cover sheet"
    )
    delivered.add_argument("code", metavar="CODE", help="the cover sheet's code, S-XXXX-XXXX")
    delivered.add_argument("--by", default="", metavar="INITIALS", help="who delivered it")
    delivered.add_argument("--undo", action="store_true", help="mark it not delivered again")
    delivered.set_defaults(handler=run_delivered)

    visit = subcommands.add_parser("visit", help="visit reports: add, list, export")
    actions = visit.add_subparsers(dest="visit_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="write down a visit to an office")
    add.add_argument("--event", required=True, metavar="ID")
    add.add_argument("--member", required=True, help="the member's name (or part of it), or id")
    add.add_argument("--met", required=True, choices=VISIT_MET, help="who was met")
    add.add_argument("--staffer", default="", help="the staffer's name, when --met staff")
    add.add_argument("--position", required=True, choices=VISIT_POSITIONS)
    add.add_argument("--commitment", default="", help="any commitment, in their words")
    add.add_argument("--follow-up", metavar="NOTE", help="follow-up needed: what to do")
    add.add_argument("--notes", default="")
    add.add_argument("--date", help="YYYY-MM-DD (default: today)")
    add.set_defaults(handler=run_visit_add)
    listing = actions.add_parser("list", help="the event's visit reports by office")
    listing.add_argument("--event", required=True, metavar="ID")
    listing.add_argument("--follow-up", action="store_true", help="only those to follow up")
    listing.set_defaults(handler=run_visit_list)
    export = actions.add_parser("export", help="the event's visit reports as CSV")
    export.add_argument("--event", required=True, metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    export.set_defaults(handler=run_visit_export)


def _event(session: Session, event_id: str) -> Event:
    from desktop.store.models import Event

    event = session.get(Event, event_id)
    if event is None:
        raise CommandError(f"There is no event {event_id!r}: see `tabling event list`.")
    return event


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"The date {text!r} is not YYYY-MM-DD.") from None


def run_route(args: argparse.Namespace) -> int:
    from desktop.lobby.delivery import day_stacks, event_stacks
    from desktop.lobby.route_sheet import write_route_sheet

    with sessions(args)() as session:
        if args.day is not None:
            day = _date(args.day)
            title, stacks = f"Delivery route: {day.isoformat()}", day_stacks(session, day)
        else:
            event = _event(session, args.event)
            title = f"Delivery route: {event.name}, {event.date.isoformat()}"
            stacks = event_stacks(session, event.id)
    if not stacks:
        raise CommandError(
            f"No stacks were printed for this {'day' if args.day else 'event'}: print its "
            "letters by office first (`tabling letters --print`, or the Letters tab)."
        )
    if args.out is not None:
        sheet = write_route_sheet(title, stacks, args.out)
        print(
            f"Wrote the route through {sheet.stacks} stacks ({sheet.letters} letters) "
            f"to {args.out}, {sheet.pages} {'page' if sheet.pages == 1 else 'pages'}."
        )
        return 0
    for number, view in enumerate(stacks, start=1):
        done = f"delivered by {view.delivered_by}" if view.delivered else "to deliver"
        print(
            f"{number:3}. {view.room or '(no room)':<8} {view.member_name} "
            f"({view.district}): {view.letters}  {view.code}  {done}"
        )
    left = sum(1 for view in stacks if not view.delivered)
    print(f"{left} of {len(stacks)} stacks still to deliver.")
    return 0


def run_delivered(args: argparse.Namespace) -> int:
    from desktop.lobby.delivery import deliver, undo_delivery
    from desktop.lobby.laptop import by_whom

    factory = sessions(args)
    with factory.begin() as session:
        if args.undo:
            undone = undo_delivery(session, args.code)
            if undone is None:
                raise CommandError(f"No stack {args.code!r} is marked delivered.")
            print(f"Stack {undone.code} ({undone.member_name}) is marked not delivered again.")
            return 0
        outcome = deliver(session, args.code, by_whom(args.by))
    if outcome.outcome not in ("delivered", "already"):
        raise CommandError(_delivery_sentence(outcome))
    print(_delivery_sentence(outcome))
    return 0


def _delivery_sentence(outcome: Delivery) -> str:
    stack = outcome.stack
    if outcome.outcome == "delivered" and stack is not None:
        return (
            f"Delivered: {stack.member_name}, room {stack.room or '?'}, "
            f"{stack.letters} {'letter' if stack.letters == 1 else 'letters'} (stack {stack.code})."
        )
    if outcome.outcome == "already" and stack is not None and stack.delivered_at is not None:
        when = stack.delivered_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        return f"Already delivered: {stack.member_name}, on {when} by {stack.delivered_by}."
    if outcome.outcome == "letter":
        return (
            f"{outcome.code} is a letter's code: scan the cover sheet on top of the stack "
            "(its code begins with S-)."
        )
    if outcome.outcome == "unknown":
        return (
            f"No stack {outcome.code} is known here: it was never marked printed, or was "
            "printed on a laptop not synced with this one."
        )
    return f"{outcome.code!r} is not a stack's code (they look like S-K7QX-M2PA)."


def _member(places: Dataset, typed: str) -> Member:
    from desktop.lobby.visits import offices

    members = offices(places)
    wanted = " ".join(typed.split()).casefold()
    exact = [m for m in members if wanted in (m.id.casefold(), m.name.casefold())]
    found = exact or [m for m in members if wanted and wanted in m.name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommandError(f"No State House member is called {typed!r}.")
    names = "; ".join(f"{m.name} ({m.district})" for m in found[:8])
    raise CommandError(f"{typed!r} could be {names}: give more of the name, or the id.")


def run_visit_add(args: argparse.Namespace) -> int:
    from desktop.lobby.laptop import laptop_name
    from desktop.lobby.visits import VisitInvalid, VisitReport, add_visit

    day = _date(args.date) if args.date else dt.date.today()
    places = dataset()
    member = _member(places, args.member)
    report = VisitReport(
        member.id, day, args.met, args.position, args.staffer, args.commitment,
        args.follow_up is not None, args.follow_up or "", args.notes,
    )  # fmt: skip
    with sessions(args).begin() as session:
        _event(session, args.event)
        try:
            add_visit(session, places, args.event, report, laptop_name())
        except VisitInvalid as exc:
            raise CommandError(str(exc)) from None
    print(f"Visit to {member.name} ({member.district}) written down.")
    return 0


def _visits(args: argparse.Namespace) -> list[VisitRow]:
    from desktop.lobby.visits import event_visits

    with sessions(args)() as session:
        _event(session, args.event)
        return event_visits(session, args.event)


def run_visit_list(args: argparse.Namespace) -> int:
    from desktop.lobby.visits import follow_ups

    rows = _visits(args)
    if args.follow_up:
        rows = follow_ups(rows)
    for row in rows:
        met = f"staff: {row.staffer}" if row.met == "staff" else row.met
        print(f"{row.member_name} ({row.district}), {row.visited_on}: met {met}; {row.position}")
        for label, text in (
            ("commitment", row.commitment),
            ("follow up", row.follow_up_note if row.follow_up else ""),
            ("notes", row.notes),
        ):
            if text:
                print(f"    {label}: {text}")
        if row.follow_up and not row.follow_up_note:
            print("    follow up")
    print(f"{len(rows)} {'visit' if len(rows) == 1 else 'visits'}.")
    return 0


def run_visit_export(args: argparse.Namespace) -> int:
    from desktop.lobby.visits_csv import export_visits
    from desktop.private_files import PrivateFileError

    rows = _visits(args)
    try:
        count = export_visits(rows, args.out)
    except PrivateFileError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {count} visit reports to {args.out}.")
    return 0
