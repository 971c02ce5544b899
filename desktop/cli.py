"""The `tabling` command line (also `python -m desktop`).

Subcommands live in desktop/commands/. Malformed input exits with code 2 and one
sentence on stderr; a missing or broken dataset exits with code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__, paths, printing
from desktop.campaigns.errors import CampaignError, campaign_problem
from desktop.commands import (
    bundle,
    config,
    consent,
    data,
    hub,
    letters,
    lobby,
    lookup,
    outbox,
    passphrase,
    pending,
    privacy,
    report,
    setup,
    signups,
    streets,
)
from desktop.districts.dataset import Dataset
from desktop.districts.errors import DatasetError, LookupInputError
from desktop.hub.errors import HubAddressError, HubError
from desktop.printing.backend import PrintBackend, PrintError
from desktop.store.health import DatabaseProblem

EXIT_INPUT = 2
EXIT_FAILURE = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tabling",
        description="The tabling app: find people's Massachusetts legislators at a booth.",
    )
    # Not argparse's "version" action: the dataset's date is read only when asked for.
    parser.add_argument(
        "--version", action="store_true", help="print the version and the dataset's date"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that this copy of the app works, offline, in a temporary folder",
    )
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL of the database (default: user folder)"
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    lookup.add_parser(subcommands)
    data.add_parser(subcommands)
    setup.add_parsers(subcommands)
    passphrase.add_parsers(subcommands)
    signups.add_parsers(subcommands)
    pending.add_parsers(subcommands)
    letters.add_parsers(subcommands)
    lobby.add_parsers(subcommands)
    outbox.add_parsers(subcommands)
    consent.add_parsers(subcommands)
    config.add_parsers(subcommands)
    streets.add_parsers(subcommands)
    hub.add_parsers(subcommands)
    bundle.add_parsers(subcommands)
    privacy.add_parsers(subcommands)
    report.add_parsers(subcommands)
    return parser


def version_text() -> str:
    """`tabling 0.1.0 (legislators as of 2026-04-15)`: which app, and how fresh its roster is."""
    try:
        as_of = f"legislators as of {Dataset(paths.dataset_path()).as_of}"
    except DatasetError as exc:
        as_of = f"no usable district dataset: {exc}"
    return f"tabling {__version__} ({as_of})"


def _qt_printing() -> PrintBackend:
    """Qt's print system, for `printing.backend qt` (the entry point composes it in)."""
    from desktop.gui.qt_printing import QtBackend

    return QtBackend()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    printing.provide_qt(_qt_printing)  # for printing.backend qt; Qt loads only if it prints
    if args.version:
        print(version_text())
        return 0
    if args.self_check:
        from desktop.gui import selfcheck as gui_checks  # the entry point composes the two
        from desktop.selfcheck import run as self_check

        return self_check(gui=gui_checks)
    if not getattr(args, "handler", None):
        from desktop.gui.app import run  # Qt is imported only for the window

        return run(args.database)
    try:
        return int(args.handler(args))
    except (LookupInputError, HubAddressError) as exc:
        print(f"tabling: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except (DatasetError, DatabaseProblem, HubError) as exc:
        print(f"tabling: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except PrintError as exc:
        print(f"tabling: Not printed, and nothing was marked printed. {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except CampaignError as exc:
        print(f"tabling: {campaign_problem(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
