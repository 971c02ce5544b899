"""The `tabling` command line (also `python -m desktop`).

Subcommands live in desktop/commands/. Malformed input exits with code 2 and one
sentence on stderr; a missing or broken dataset exits with code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands import config, data, letters, lookup, outbox, pending, setup, signups, streets
from desktop.districts.errors import DatasetError, LookupInputError

EXIT_INPUT = 2
EXIT_FAILURE = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tabling",
        description="The tabling app: find people's Massachusetts legislators at a booth.",
    )
    parser.add_argument("--version", action="version", version=f"tabling {__version__}")
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL of the database (default: user folder)"
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    lookup.add_parser(subcommands)
    data.add_parser(subcommands)
    setup.add_parsers(subcommands)
    signups.add_parsers(subcommands)
    pending.add_parsers(subcommands)
    letters.add_parsers(subcommands)
    outbox.add_parsers(subcommands)
    config.add_parsers(subcommands)
    streets.add_parsers(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        from desktop.gui.app import run  # Qt is imported only for the window

        return run(args.database)
    try:
        return int(args.handler(args))
    except LookupInputError as exc:
        print(f"tabling: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except DatasetError as exc:
        print(f"tabling: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
