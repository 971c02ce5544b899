"""`tabling sync [--dry-run]` and `tabling outbox [--event ID] [--retarget | --drop-flagged]`.

Flagged letters and emails are for a member who left office (after `tabling data
update`); `--retarget` points them at the seat's member now, `--drop-flagged` gives them up.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from desktop.commands.common import (
    add_passphrase_option,
    dataset,
    sessions,
    unlock,
)


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = subcommands.add_parser(
        "sync",
        help="send the queued emails and CRM records now",
        description="Send everything due now: emails over SMTP, records to Action Network.",
        epilog=(
            "Exit status: 0 when everything due was sent (messages the server deferred wait"
            " for their retry); 1 when a message was refused for good (each is named by id"
            " and reply code, never by address); 2 when a server problem (no connection, a"
            " name not found, an untrusted certificate, a login refused) stopped the run at"
            " once, costing no message an attempt: fix what it names and sync again."
        ),
    )
    sync.add_argument("--dry-run", action="store_true", help="say what would be sent; send nothing")
    add_passphrase_option(sync)
    sync.set_defaults(handler=run_sync)
    outbox = subcommands.add_parser("outbox", help="what waits to be sent, and what failed")
    outbox.add_argument("--event", metavar="ID")
    flagged = outbox.add_mutually_exclusive_group()
    flagged.add_argument(
        "--retarget", action="store_true", help="send flagged ones to the seat's member now"
    )
    flagged.add_argument(
        "--drop-flagged", action="store_true", help="drop the flagged letters and emails"
    )
    outbox.set_defaults(handler=run_outbox)


def run_outbox(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.signin.retarget import count_flagged, drop_flagged, retarget
    from desktop.store.models import OutboxMessage

    factory = sessions(args)
    if args.retarget:
        for line in retarget(factory, dataset()).lines() or ["Nothing to re-target."]:
            print(line)
    elif args.drop_flagged:
        dropped = drop_flagged(factory, args.event)
        print(f"Dropped {dropped.letters} flagged letters and {dropped.emails} flagged emails.")
    flagged = count_flagged(factory, args.event)
    if flagged:
        print(
            f"Flagged (member no longer in office): {flagged.letters} letters, {flagged.emails}"
            " emails; `tabling outbox --retarget` or `--drop-flagged`."
        )
    with factory() as session:
        statement = select(OutboxMessage)
        if args.event:
            statement = statement.where(OutboxMessage.event_id == args.event)
        messages = list(session.scalars(statement.order_by(OutboxMessage.created_at)))
    counts = Counter((m.kind, m.state) for m in messages)
    if not counts:
        print("The outbox is empty.")
    for (kind, state), count in sorted(counts.items()):
        print(f"{kind:17} {state:8} {count}")
    for message in messages:
        if message.state in ("failed", "flagged"):
            print(f"{message.state} {message.id} ({message.kind}): {message.last_error}")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from desktop.outbox.setup import sync_config
    from desktop.settings import Settings

    factory = sessions(args)
    with factory() as session:
        opener = unlock(args, session)
    settings = Settings()
    config, problems = sync_config(settings)
    for problem in problems:
        print(problem, file=sys.stderr)
    from desktop.hub.claims import for_this_laptop
    from desktop.outbox.runner import SyncRunner
    from desktop.outbox.setup import campaign_loader

    claims = for_this_laptop(factory, settings)  # with a hub: one laptop sends each message
    runner = SyncRunner(factory, dataset(), opener, campaign_loader(), config, claims=claims)
    report = runner.run(dry_run=args.dry_run)
    if args.dry_run:
        print(f"{len(report.statuses)} messages would be sent now.")
        return 0
    for line in report.lines():
        print(line, file=sys.stderr if line.startswith("Stopped") else sys.stdout)
    return report.exit_code
