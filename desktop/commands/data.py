"""`tabling data build`, `tabling data update` and `tabling data info`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop import paths


def add_parser(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    data = subcommands.add_parser(
        "data", help="build, update or describe the offline district dataset"
    )
    actions = data.add_subparsers(dest="data_command", required=True, metavar="{build,update,info}")
    build = actions.add_parser("build", help="build the dataset from the Massachusetts sources")
    build.add_argument(
        "--source",
        type=Path,
        default=paths.default_source_dir(),
        help="folder of the sources (default: ../shared/data/ma beside the project)",
    )
    build.add_argument("--out", type=Path, default=None, help="where to write the dataset")
    build.set_defaults(handler=run_build)
    update = actions.add_parser(
        "update",
        help="download the current legislators (and district maps) and switch to them",
        description=(
            "Read the members of the General Court sitting today from the Legislature's API,"
            " with their rooms and phones, check them against the dataset's seats, compare"
            " them with Open States, and switch to them; with the district maps unless"
            " --roster-only. Nothing changes when anything does not fit."
        ),
    )
    update.add_argument(
        "--roster-only",
        action="store_true",
        help="update members, rooms and phones only; download no maps",
    )
    update.add_argument(
        "--legislature-url",
        metavar="URL",
        help="the Legislature's API (default: the data.legislature_url setting)",
    )
    update.add_argument(
        "--openstates-url",
        "--roster-url",
        dest="openstates_url",
        metavar="URL",
        help="Open States' people CSV, to cross-check with; '' for none"
        " (default: the data.roster_url setting)",
    )
    update.add_argument(
        "--massgis-base",
        metavar="URL",
        help="the folder of the MassGIS district zips (default: the data.massgis_base setting)",
    )
    update.add_argument(
        "--court",
        type=int,
        metavar="N",
        help="the General Court to read (default: the one sitting today; the 195th from"
        " 6 January 2027)",
    )
    update.add_argument(
        "--dry-run", action="store_true", help="download, check and compare; change nothing"
    )
    update.set_defaults(handler=run_update)
    info = actions.add_parser("info", help="print the dataset's as-of date and source hashes")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=run_info)


def run_build(args: argparse.Namespace) -> int:
    from desktop.districts.build import build
    from desktop.districts.errors import BuildError, SourceError

    # The bundled file (or TABLING_DATASET's): never the user's updated copy.
    override = os.environ.get("TABLING_DATASET")
    bundled = paths.bundled_data_dir() / paths.DATASET_FILE
    out = args.out or (Path(override) if override else bundled)
    print(f"Building the district dataset from {args.source} ...", file=sys.stderr)
    try:
        report = build(args.source, out)
    except (SourceError, BuildError) as exc:
        print(f"tabling data build: {exc}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {what}" for what, n in report.counts.items())
    print(f"Wrote {report.path}: {counts}; legislators as of {report.as_of}.")
    for seat in report.vacant:
        print(f"Vacant: {seat}")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from desktop.districts.roster_update import update_roster
    from desktop.districts.swap import target_path
    from desktop.districts.update import update_dataset
    from desktop.districts.update_result import UpdateFailed
    from desktop.settings import (
        DATA_LEGISLATURE_URL,
        DATA_MASSGIS_BASE,
        DATA_ROSTER_URL,
        Settings,
    )

    if args.roster_only and args.massgis_base:
        print("tabling data update: --roster-only downloads no maps: leave out --massgis-base.",
              file=sys.stderr)  # fmt: skip
        return 2
    settings = Settings()
    legislature = args.legislature_url or settings.get(DATA_LEGISLATURE_URL)
    openstates = (
        settings.get(DATA_ROSTER_URL) if args.openstates_url is None else args.openstates_url
    )

    def progress(line: str) -> None:
        print(line, file=sys.stderr)

    try:
        if args.roster_only:
            result = update_roster(
                paths.dataset_path(), target_path(), legislature, openstates or None,
                court=args.court, dry_run=args.dry_run, progress=progress,
            )  # fmt: skip
        else:
            result = update_dataset(
                paths.dataset_path(), target_path(),
                args.massgis_base or settings.get(DATA_MASSGIS_BASE), legislature,
                openstates or None, court=args.court, dry_run=args.dry_run, progress=progress,
            )  # fmt: skip
    except UpdateFailed as exc:
        print(f"tabling data update: {exc}", file=sys.stderr)
        return 1
    for line in result.summary():
        print(line)
    if not result.applied:
        return 0
    print(f"Wrote {result.path}; legislators as of {result.as_of}.")
    from sqlalchemy.exc import SQLAlchemyError

    try:
        lines = _retarget(args, result.path)
    except (SQLAlchemyError, OSError) as exc:  # the data is in place; a re-run fixes the queue
        print(
            "tabling data update: the new data is in place, but the waiting letters and emails"
            f" could not be re-targeted ({exc}); run `tabling data update` again.",
            file=sys.stderr,
        )
        return 1
    for line in lines:
        print(line)
    return 0


def _retarget(args: argparse.Namespace, dataset_file: Path) -> list[str]:
    """Re-target the user's waiting letters and emails; nothing when there is no database yet."""
    from desktop.commands.common import database_url, sessions
    from desktop.districts.dataset import Dataset
    from desktop.paths import default_database_url
    from desktop.signin.retarget import retarget

    url = database_url(args) or default_database_url()
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return []
    report = retarget(sessions(args), Dataset(dataset_file))
    return report.lines() or ["No waiting letter or email was for a member who left office."]


def run_info(args: argparse.Namespace) -> int:
    from desktop.districts.dataset import Dataset

    dataset = Dataset(paths.dataset_path())
    vacant = [f"{c} {d}" for (c, d), seat in sorted(dataset.seats.items()) if seat.vacant]
    info: dict[str, object] = {
        "path": str(dataset.path),
        "legislators_as_of": dataset.as_of,
        "built_at": dataset.meta.get("built_at"),
        "zipcodes_version": dataset.meta.get("zipcodes_version"),
        "vacant": vacant,
        "sources": dataset.sources,
    }
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"Dataset:            {info['path']}")
    print(f"Legislators as of:  {info['legislators_as_of']}")
    print(f"Built at:           {info['built_at']}")
    print(f"Vacant seats:       {', '.join(vacant) or 'none'}")
    print("Sources (SHA-256):")
    for name, digest in dataset.sources.items():
        print(f"  {digest}  {name}")
    return 0
