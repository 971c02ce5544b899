"""`tabling data build` and `tabling data info`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths


def add_parser(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    data = subcommands.add_parser("data", help="build or describe the offline district dataset")
    actions = data.add_subparsers(dest="data_command", required=True, metavar="{build,info}")
    build = actions.add_parser("build", help="build the dataset from the Massachusetts sources")
    build.add_argument(
        "--source",
        type=Path,
        default=paths.default_source_dir(),
        help="folder of the sources (default: ../shared/data/ma beside the project)",
    )
    build.add_argument("--out", type=Path, default=None, help="where to write the dataset")
    build.set_defaults(handler=run_build)
    info = actions.add_parser("info", help="print the dataset's as-of date and source hashes")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=run_info)


def run_build(args: argparse.Namespace) -> int:
    from desktop.districts.build import build
    from desktop.districts.errors import BuildError, SourceError

    out = args.out or paths.dataset_path()
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
