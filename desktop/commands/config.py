"""`tabling settings get|set` and `tabling secret set NAME` (the secret read from stdin)."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import CommandError
from desktop.settings import ALL, BY_KEY, Settings


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = subcommands.add_parser("settings", help="read or change a setting")
    what = settings.add_subparsers(dest="settings_command", required=True, metavar="{get,set}")
    get = what.add_parser("get", help="print one setting, or all of them")
    get.add_argument("key", nargs="?")
    get.set_defaults(handler=run_get)
    put = what.add_parser("set", help="change a setting")
    put.add_argument("key")
    put.add_argument("value")
    put.set_defaults(handler=run_set)

    secret = subcommands.add_parser("secret", help="store a secret in the system keyring")
    secret_what = secret.add_subparsers(dest="secret_command", required=True, metavar="{set}")
    secret_set = secret_what.add_parser("set", help="read the secret from standard input")
    secret_set.add_argument("name", help="smtp.password or actionnetwork.api_key")
    secret_set.set_defaults(handler=run_secret_set)


def _setting(key: str) -> object:
    if key not in BY_KEY:
        raise CommandError(f"There is no setting {key!r}: see `tabling settings get`.")
    return BY_KEY[key]


def run_get(args: argparse.Namespace) -> int:
    settings = Settings()
    chosen = [BY_KEY[args.key]] if args.key and _setting(args.key) else list(ALL)
    for setting in chosen:
        print(f"{setting.key} = {settings.get(setting)}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    _setting(args.key)
    setting = BY_KEY[args.key]
    try:
        value = setting.parse(args.value)
    except ValueError as exc:
        raise CommandError(f"{exc}.") from None
    if setting.key == "smtp.ca_file" and value:
        from desktop.outbox.smtp import SmtpSettingsError, check_ca_file

        try:
            check_ca_file(str(value))  # checked now, not at the first sync
        except SmtpSettingsError as exc:
            raise CommandError(f"{exc}; nothing was changed.") from None
    Settings().set(setting, value)
    print(f"{setting.key} = {value}")
    return 0


def run_secret_set(args: argparse.Namespace) -> int:
    from desktop.secrets import NAMES, SecretStoreUnavailable, set_secret

    if args.name not in NAMES:
        raise CommandError(f"The secret is one of {', '.join(NAMES)}.")
    value = sys.stdin.readline().rstrip("\n")
    if not value:
        raise CommandError("No secret on standard input.")
    try:
        set_secret(args.name, value)
    except SecretStoreUnavailable as exc:
        raise CommandError(str(exc)) from None
    print(f"Stored {args.name} in the system keyring.")
    return 0
