"""`tabling hub create|add-laptop|join`: a coalition hub on PostgreSQL (desktop/hub)."""

from __future__ import annotations

import argparse

from desktop.commands.common import add_passphrase_option, sessions, unlock


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = subcommands.add_parser("hub", help="the coalition hub many laptops share")
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create", help="set up a hub (the organizer, once): postgresql://...?sslmode=verify-full"
    )
    create.add_argument("url", metavar="URL")
    add_passphrase_option(create)
    create.set_defaults(handler=run_create)

    laptop = actions.add_parser(
        "add-laptop", help="give a laptop its way in; prints its one-time join code last"
    )
    laptop.add_argument("name", metavar="NAME")
    laptop.add_argument("--hub", required=True, metavar="URL", help="the hub's address")
    laptop.set_defaults(handler=run_add_laptop)

    join = actions.add_parser("join", help="join this laptop to a hub with its join code")
    join.add_argument("code", metavar="CODE")
    join.set_defaults(handler=run_join)

    sync = actions.add_parser(
        "sync", help="push this laptop's events and sign-ups to the hub, pull the others'"
    )
    sync.set_defaults(handler=run_sync)

    versions = actions.add_parser(
        "versions",
        help="the versions of the event's sign-ups that lost when two laptops changed them "
        "(needs the passphrase)",
    )
    versions.add_argument("--event", required=True, metavar="ID")
    add_passphrase_option(versions)
    versions.set_defaults(handler=run_versions)


def run_create(args: argparse.Namespace) -> int:
    from desktop.hub.address import checked, shown
    from desktop.hub.admin import create_hub
    from desktop.organizer import require_key_record

    address = checked(args.url)  # before the passphrase is asked for
    with sessions(args)() as session:
        unlock(args, session)  # only the organizer sets a hub up
        record = require_key_record(session)
    create_hub(args.url, record)
    print(f"The hub at {shown(address)} is ready; it holds your public key and your")
    print("private key locked under your passphrase, and nothing it can open.")
    print("Give each laptop its way in: tabling hub add-laptop NAME --hub URL")
    return 0


def run_add_laptop(args: argparse.Namespace) -> int:
    from desktop.hub.admin import add_laptop

    code = add_laptop(args.hub, args.name)
    print(f"Laptop {args.name!r} can join once, with: tabling hub join CODE")
    print("The code holds a password: give it to that laptop only. The code:")
    print(code.encoded())
    return 0


def run_join(args: argparse.Namespace) -> int:
    from desktop.hub.admin import join

    with sessions(args).begin() as session:
        joined = join(args.code, session)
    print(f"This laptop joined the hub at {joined.hub} as {joined.laptop!r}.")
    if joined.adopted_key:
        print("It took the coalition's organizer key: what it signs in, the organizer opens.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from desktop.hub.admin import laptop_engine, reaching, seen
    from desktop.hub.sync import sync

    engine, role = laptop_engine()
    with reaching(engine):
        report = sync(sessions(args), engine, role)
        laptops = seen(engine, role)
    print(f"{report.line()} The hub has seen {laptops} laptop(s).")
    return 0


def run_versions(args: argparse.Namespace) -> int:
    from desktop.hub.admin import laptop_engine, reaching
    from desktop.hub.versions import kept_versions

    with sessions(args)() as session:
        opener = unlock(args, session)
    engine, _role = laptop_engine()
    with reaching(engine):
        versions = kept_versions(engine, opener, args.event)
    if not versions:
        print("No sign-up of this event was changed on two laptops.")
        return 0
    for kept in versions:
        what = "deleted" if kept.deleted else "changed"
        print(
            f"Sign-up {kept.signup_id[:8]}: {kept.laptop} {what} it at "
            f"{kept.updated_at:%Y-%m-%d %H:%M} (UTC); the later change was kept. It had:"
        )
        for difference in kept.differences:
            print(f"  {difference.field}: {difference.kept!r} (now {difference.now!r})")
    return 0
