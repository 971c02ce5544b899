"""`tabling sync [--dry-run]` and `tabling outbox [--event ID]`."""

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
    outbox.set_defaults(handler=run_outbox)


def run_outbox(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.store.models import OutboxMessage

    with sessions(args)() as session:
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
        if message.state == "failed":
            print(f"failed {message.id} ({message.kind}): {message.last_error}")
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
        print(f"Sent {report.sent}, failed {report.failed}, to retry later {report.retrying}.")
    return 0


def _progress(status: object) -> None:
    kind, state, detail = (getattr(status, n) for n in ("kind", "state", "detail"))
    if state in ("failed", "queued") and detail:
        print(f"{kind}: {state}: {detail}", file=sys.stderr)
