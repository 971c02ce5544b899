"""`tabling pending`: the sign-ups whose districts are still open, and deciding them.

    tabling pending [--event ID]                  list them (nothing personal shown)
    tabling pending --resolve [--offline]         try each one's street address (passphrase)
    tabling pending --resolve --signup ID --ward 3 --precinct 8

A street address is tried on the street ranges imported with `tabling streets`, then,
unless --offline or the setting geocoder.online is off, on the online geocoder.
"""

from __future__ import annotations

import argparse
from collections import Counter

from sqlalchemy import select

from desktop.addresses import address_resolver
from desktop.commands.common import CommandError, add_passphrase_option, dataset, sessions, unlock
from desktop.districts.errors import LookupInputError
from desktop.districts.result import ADDRESS_MISS_TEXT
from desktop.signin.pending import PendingResolver
from desktop.signin.records import resolve_pending
from desktop.store.models import SIGNUP_ORDER, Signup


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "pending", help="list sign-ups whose districts are still open, and decide them"
    )
    parser.add_argument("--event", metavar="ID", help="one event's (default: every event's)")
    parser.add_argument(
        "--resolve", action="store_true", help="decide them by their street addresses"
    )
    parser.add_argument("--offline", action="store_true", help="do not ask the online geocoder")
    parser.add_argument("--signup", metavar="ID", help="with --ward/--precinct: this sign-up")
    parser.add_argument("--ward", help="the ward chosen for --signup")
    parser.add_argument("--precinct", help="the precinct chosen for --signup")
    add_passphrase_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.signup or args.ward or args.precinct:
        return _resolve_by_precinct(args)
    if args.resolve:
        return _resolve_by_address(args)
    factory = sessions(args)
    statement = select(Signup).where(Signup.status == "pending")
    if args.event:
        statement = statement.where(Signup.event_id == args.event)
    with factory() as session:
        rows = list(session.scalars(statement.order_by(*SIGNUP_ORDER)))
        for signup in rows:
            waiting = sum(1 for a in signup.actions if a.state == "waiting")
            print(
                f"{signup.id}  {signup.created_at:%Y-%m-%d %H:%M}  {signup.town or '?'}  "
                f"{waiting} waiting"
            )
    print(f"{len(rows)} pending sign-up{'s' if len(rows) != 1 else ''}.")
    return 0


def _resolve_by_precinct(args: argparse.Namespace) -> int:
    if not (args.signup and args.precinct):
        raise CommandError(
            "Give --signup ID with --precinct (and --ward where the town has wards)."
        )
    with sessions(args).begin() as session:
        try:
            signup = resolve_pending(
                session, dataset(), args.signup, args.ward or "", args.precinct
            )
        except LookupError:
            raise CommandError(f"There is no pending sign-up {args.signup!r}.") from None
        status = signup.status
    print(f"{args.signup}: {status}.")
    return 0


def _resolve_by_address(args: argparse.Namespace) -> int:
    factory = sessions(args)
    with factory() as session:
        opener = unlock(args, session)
    resolver = PendingResolver(factory, address_resolver(dataset()))
    try:
        outcomes = resolver.resolve_all(args.event, opener, online=not args.offline)
    except LookupInputError as exc:
        raise CommandError(str(exc)) from None
    for outcome in outcomes:
        print(f"{outcome.signup_id}: {'resolved' if outcome.resolved else _why(outcome.miss)}")
    resolved = Counter(o.resolved for o in outcomes)[True]
    print(f"Resolved {resolved} of {len(outcomes)} pending sign-ups with a street address.")
    return 0


def _why(miss: str | None) -> str:
    return ADDRESS_MISS_TEXT.get(miss or "", "no street address to try")
