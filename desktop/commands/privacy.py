"""`tabling purge [--dry-run]`, `tabling holdings [--json]` and `tabling wipe`.

Each names events and counts, never a value: they answer what the laptop holds and
what goes, without opening anything.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands.common import (
    CommandError,
    add_passphrase_option,
    read_passphrase,
    sessions,
)


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = subcommands.add_parser(
        "purge",
        help="delete the personal data of events whose retention has passed",
        description=(
            "Delete, securely, the personal data of every event whose retention period has"
            " passed since everything it queued was sent and printed; counts per district,"
            " action and language remain. The app does this on start and daily."
        ),
    )
    purge.add_argument("--dry-run", action="store_true", help="say what would go; delete nothing")
    purge.set_defaults(handler=run_purge)
    holdings = subcommands.add_parser(
        "holdings", help="what personal data this laptop holds, per event, and when it goes"
    )
    holdings.add_argument("--json", action="store_true", help="as JSON")
    holdings.set_defaults(handler=run_holdings)
    wipe = subcommands.add_parser(
        "wipe",
        help="destroy the organizer's keys and every personal record (asks you to type WIPE)",
        description=(
            "Destroy the organizer's keys, every sign-up, message and event, the geocoder's"
            " cache and the logs, securely; settings, district data and the mail server"
            " password stay, and exported files are not touched. Then `tabling init` starts"
            " anew."
        ),
    )
    wipe.add_argument("--yes", action="store_true", help="do not ask (needs --passphrase-file)")
    add_passphrase_option(wipe)
    wipe.set_defaults(handler=run_wipe)


def run_purge(args: argparse.Namespace) -> int:
    from desktop import paths
    from desktop.geocoding.cache import GeocodeCache
    from desktop.privacy.retention import purge_due

    cache = GeocodeCache(paths.geocode_cache_path())
    purged = purge_due(sessions(args), dry_run=args.dry_run, cache=cache)
    verb = "would go" if args.dry_run else "purged"
    if not purged:
        print("Nothing to purge: no event's retention has passed.")
    for event in purged:
        print(
            f"{event.event_id}  {event.name}: {verb}: {event.signups} sign-ups, their"
            f" {event.actions} letters, emails and calls and {event.messages} sent messages;"
            " counts per district, action and language remain."
        )
    return 0


def run_holdings(args: argparse.Namespace) -> int:
    from desktop import paths
    from desktop.geocoding.cache import GeocodeCache
    from desktop.privacy.holdings import holdings

    held = holdings(sessions(args))
    cached = GeocodeCache(paths.geocode_cache_path()).count()
    if args.json:
        data = {"events": [h.as_json() for h in held], "geocoder_cache_entries": cached}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{'event':36}  {'date':10}  {'sign-ups':>8}  {'oldest':16}  purged when")
    for h in held:
        oldest = f"{h.oldest:%Y-%m-%d %H:%M}" if h.oldest else "-"
        print(f"{h.event_id:36}  {h.date}  {h.signups:8}  {oldest:16}  {h.when_purged}")
        print(f"    {h.name}; kept {h.retention_days} days; purged so far: {h.purged_signups}")
    if held:
        first = held[0]
        print(f"Sealed (only the organizer's passphrase opens them): {', '.join(first.sealed)}.")
        print(f"Repeat-signer digests (do not give the values back): {', '.join(first.digests)}.")
        print(f"Plain beside each sign-up: {', '.join(first.plain)}.")
    print(f"Geocoder cache: {cached} sealed entries (street addresses looked up online).")
    return 0


def run_wipe(args: argparse.Namespace) -> int:
    from desktop.organizer import key_record
    from desktop.privacy.keys import WrongPassphrase
    from desktop.privacy.wipe import CONFIRM_WORD, wipe_with_passphrase

    if args.yes and args.passphrase_file is None:
        raise CommandError("--yes needs --passphrase-file: the passphrase is still asked for.")
    factory = sessions(args)
    with factory() as session:
        has_keys = key_record(session) is not None
    passphrase = read_passphrase(args) if has_keys else ""
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("No terminal to confirm on: use --yes with --passphrase-file.")
        print("This destroys the organizer's keys and every sign-up on this laptop, for good.")
        typed = input(f"Type {CONFIRM_WORD} to go on: ")
        if typed.strip() != CONFIRM_WORD:
            print("Nothing was wiped.")
            return 1
    try:
        report = wipe_with_passphrase(factory, passphrase)
    except WrongPassphrase as exc:
        raise CommandError(str(exc)) from None
    print(f"Wiped: {len(report.removed)} files deleted after being emptied securely.")
    for kept in report.kept:
        print(f"Kept: {kept}.")
    print("Run `tabling init` to start anew.")
    return 0
