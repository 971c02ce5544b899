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
    sync = subcommands.add_parser("sync", help="send the queued emails and CRM records now")
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
    config, problems = sync_config(Settings())
    for problem in problems:
        print(problem, file=sys.stderr)
    from desktop.outbox.runner import SyncRunner
    from desktop.outbox.setup import campaign_loader

    runner = SyncRunner(factory, dataset(), opener, campaign_loader(), config)
    report = runner.run(progress=_progress, dry_run=args.dry_run)
    if args.dry_run:
        print(f"{len(report.statuses)} messages would be sent now.")
    else:
        print(
            f"Sent {report.sent}, failed {report.failed}, to retry later {report.retrying}"
            + (f", flagged (member left office) {report.flagged}." if report.flagged else ".")
        )
    return 0


def _progress(status: object) -> None:
    kind, state, detail = (getattr(status, n) for n in ("kind", "state", "detail"))
    if state in ("failed", "queued") and detail:
        print(f"{kind}: {state}: {detail}", file=sys.stderr)
