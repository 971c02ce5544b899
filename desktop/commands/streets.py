"""`tabling streets download|import|list`: the street address ranges used in split towns.

Run before an event, online: `tabling streets download --county Suffolk` (or `--place
Dorchester` for the event's county). A county that fails (network, a damaged file) is
reported and the others go on; its previous ranges stay. Exit 1 if any failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.commands.common import CommandError, dataset
from desktop.streets.counties import counties_for_place, county_fips, county_name
from desktop.streets.importer import ImportReport, Progress
from desktop.streets.store import StreetsError, open_streets

EXIT_FAILED = 1


def add_parsers(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    streets = subcommands.add_parser(
        "streets", help="download, import or list the street address ranges (Census TIGER/Line)"
    )
    actions = streets.add_subparsers(
        dest="streets_command", required=True, metavar="{download,import,list}"
    )
    download = actions.add_parser("download", help="download and import counties' ranges")
    download.add_argument(
        "--county", action="append", default=[], metavar="NAME", help="Suffolk, or 25025"
    )
    download.add_argument("--place", help="the event's town or neighbourhood: its county")
    download.add_argument("--base-url", metavar="URL", help="default: the streets.base_url setting")
    download.add_argument("--year", type=int, help="TIGER/Line year (default: from the URL)")
    download.set_defaults(handler=run_download)
    load = actions.add_parser("import", help="import downloaded tl_YYYY_SSCCC_addrfeat.zip files")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE.zip")
    load.set_defaults(handler=run_import)
    listing = actions.add_parser("list", help="the counties imported, and how old they are")
    listing.set_defaults(handler=run_list)


def _progress(label: str, unit: str) -> Progress | None:
    """A progress line rewritten in place, only when someone watches the terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        of = f" of {total:,}" if total else ""
        print(f"\r{label}: {done:,}{of} {unit}", end="", file=sys.stderr, flush=True)
        if total and done >= total:
            print(file=sys.stderr)

    return show


def _imported(report: ImportReport) -> str:
    county = report.county
    skipped = f", {county.skipped:,} records skipped" if county.skipped else ""
    ranges = f", {report.skipped_ranges:,} ranges skipped" if report.skipped_ranges else ""
    return (
        f"{county.name}: {county.segments:,} street segments from {county.source}"
        f"{skipped}{ranges} ({report.seconds:.1f} s)."
    )


def _each(
    items: list[str],
    work: Callable[[str], ImportReport],
    errors: tuple[type[Exception], ...] = (StreetsError,),
) -> int:
    """Import each item, reporting a failure in one line and going on with the rest."""
    failed = 0
    for item in items:
        try:
            print(_imported(work(item)))
        except errors as exc:
            print(f"tabling streets: {exc}", file=sys.stderr)
            failed += 1
    return EXIT_FAILED if failed else 0


def run_download(args: argparse.Namespace) -> int:
    from desktop.streets.download import DownloadError, download_county

    codes = [county_fips(name) for name in args.county]
    if args.place:
        codes += counties_for_place(dataset(), args.place)
    if not codes:
        raise CommandError("Name a county (--county Suffolk) or the event's place (--place).")

    def work(fips: str) -> ImportReport:
        name = county_name(fips)
        return download_county(
            fips,
            year=args.year,
            base_url=args.base_url,
            download_progress=_progress(f"{name}: downloading", "bytes"),
            import_progress=_progress(f"{name}: importing", "records"),
        )

    return _each(list(dict.fromkeys(codes)), work, (StreetsError, DownloadError))


def run_import(args: argparse.Namespace) -> int:
    from desktop.streets.importer import import_addrfeat

    def work(name: str) -> ImportReport:
        return import_addrfeat(Path(name), progress=_progress(f"{name}: importing", "records"))

    return _each([str(path) for path in args.files], work)


def _age(imported_at: dt.datetime, now: dt.datetime) -> str:
    days = (now - imported_at).days
    if days < 1:
        return "today"
    return "1 day ago" if days == 1 else f"{days} days ago"


def run_list(args: argparse.Namespace) -> int:
    table = open_streets()
    counties = table.counties() if table else []
    if table:
        table.close()
    if not counties:
        print("No street ranges imported yet: run `tabling streets download --county NAME`.")
        return 0
    now = dt.datetime.now(dt.UTC)
    print(f"{'county':12} {'segments':>9}  {'imported (UTC)':16}  {'age':12}  source")
    for c in counties:
        when = c.imported_at.strftime("%Y-%m-%d %H:%M")
        age = _age(c.imported_at, now)
        print(f"{c.name:12} {c.segments:>9,}  {when:16}  {age:12}  {c.source}")
    return 0
