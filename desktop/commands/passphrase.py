"""`tabling passphrase change`: lock the organizer's private key with a new passphrase.

Only the private key is encrypted anew: the key pair stays, so every sealed sign-up
still opens and the blind index keeps matching. Asks the current passphrase, the new
one and the new one again; `--passphrase-file` and `--new-passphrase-file` are for
scripts. A wrong current passphrase or a weak new one changes nothing (exit code 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import CommandError, add_passphrase_option, read_passphrase, sessions


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    passphrase = subcommands.add_parser("passphrase", help="change the organizer passphrase")
    actions = passphrase.add_subparsers(
        dest="passphrase_command", required=True, metavar="{change}"
    )
    change = actions.add_parser(
        "change", help="lock the organizer's key with a new passphrase (sign-ups stay sealed)"
    )
    add_passphrase_option(change)
    change.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from FILE (its first line) instead of asking",
    )
    change.set_defaults(handler=run_change)


def run_change(args: argparse.Namespace) -> int:
    from desktop.organizer import NotInitialized, change_organizer_passphrase
    from desktop.privacy.keys import WeakPassphrase, WrongPassphrase

    old = read_passphrase(args, prompt="Current organizer passphrase: ")
    new = read_passphrase(
        args, confirm=True, option="new_passphrase_file", prompt="New organizer passphrase: "
    )
    with sessions(args).begin() as session:
        try:
            change_organizer_passphrase(session, old, new)
        except WrongPassphrase:
            raise CommandError("The current passphrase is not right; nothing changed.") from None
        except (WeakPassphrase, NotInitialized) as exc:
            raise CommandError(f"{exc} Nothing changed.") from None
    print("The organizer passphrase is changed. Sign-ups open with the new one only.")
    return 0
