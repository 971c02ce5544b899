"""`tabling consent withdraw EMAIL|PHONE`: take someone off the coalition's list, for good.

Needs no passphrase: the sign-ups are found through the blind index. Prints what it did,
in counts; logs nothing personal.
"""

from __future__ import annotations

import argparse

from desktop.commands.common import CommandError, sessions


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    consent = subcommands.add_parser("consent", help="withdraw a signer's consent to updates")
    actions = consent.add_subparsers(dest="consent_command", required=True, metavar="{withdraw}")
    withdraw = actions.add_parser(
        "withdraw",
        help="take an email address or phone number off the updates list, here and in the CRM",
        description=(
            "Find every sign-up with this email address or phone number, clear its consents"
            " to email and text updates, drop its CRM records not yet sent, and queue one"
            " unsubscribe to Action Network for each record already sent (at the next sync)."
        ),
    )
    withdraw.add_argument("contact", metavar="EMAIL|PHONE")
    withdraw.set_defaults(handler=run_withdraw)


def run_withdraw(args: argparse.Namespace) -> int:
    from desktop.organizer import require_key_record
    from desktop.outbox.queue import message_domain
    from desktop.outbox.withdrawal import NotAContact, withdraw
    from desktop.settings import SMTP_FROM, Settings

    factory = sessions(args)
    with factory() as session:
        keys = require_key_record(session)
    try:
        done = withdraw(factory, keys, args.contact, message_domain(Settings().get(SMTP_FROM)))
    except NotAContact as exc:
        raise CommandError(str(exc)) from None
    for line in done.lines():
        print(line)
    return 0
