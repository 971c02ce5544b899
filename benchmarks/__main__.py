"""`python -m benchmarks`: run every measurement, print the table, optionally write JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.gui_bench import gui_measurements
from benchmarks.hub_bench import hub_measurements
from benchmarks.index_bench import index_measurements
from benchmarks.letters_bench import letters_measurements
from benchmarks.lookup_bench import lookup_measurements
from benchmarks.print_bench import print_measurements
from benchmarks.report import table, write_json
from benchmarks.report_bench import report_measurements
from benchmarks.smtp_bench import postfix_measurements, smtp_measurements
from benchmarks.startup_bench import startup_measurements
from benchmarks.streets_bench import streets_measurements
from benchmarks.timing import Measurement
from desktop import paths
from desktop.districts.dataset import Dataset


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Speed of the district lookup, each beside a baseline from the same run.",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per start-up row")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per warm lookup row")
    parser.add_argument("--count", type=int, default=10_000, help="lookups per round")
    parser.add_argument("--seed", type=int, default=20240501, help="seed for points and names")
    parser.add_argument(
        "--hub-quick", action="store_true", help="the hub's rows on a tenth of the data, once"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if min(args.runs, args.rounds, args.count) < 1:
        _parser().error("--runs, --rounds and --count must be at least 1")
    dataset_path = paths.dataset_path()
    print(f"dataset: {dataset_path}", file=sys.stderr)
    measurements: list[Measurement] = []
    print("measuring open + first answer (fresh processes)...", file=sys.stderr)
    measurements += startup_measurements(args.runs)
    print("measuring warm lookups...", file=sys.stderr)
    measurements += lookup_measurements(Dataset(dataset_path), args.count, args.rounds, args.seed)
    print("measuring the window...", file=sys.stderr)
    measurements += gui_measurements(args.runs, args.rounds, args.seed)
    print("measuring letters...", file=sys.stderr)
    measurements += letters_measurements(args.rounds)
    print("measuring the repeat-signer digests and an import...", file=sys.stderr)
    measurements += index_measurements(args.rounds)
    print("measuring printing...", file=sys.stderr)
    measurements += print_measurements(args.rounds)
    print("measuring the outbox...", file=sys.stderr)
    measurements += smtp_measurements(args.rounds)
    measurements += postfix_measurements(args.rounds)
    measurements += streets_measurements(args.rounds, args.seed)
    print("measuring the hub (a PostgreSQL server of its own, about 2 minutes)...", file=sys.stderr)
    measurements += hub_measurements(args.rounds, quick=args.hub_quick)
    print("measuring the event report and its maps...", file=sys.stderr)
    measurements += report_measurements(args.rounds)
    print(table(measurements))
    if args.json:
        settings = vars(args) | {"json": str(args.json), "dataset": str(dataset_path)}
        write_json(args.json, measurements, settings)
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
