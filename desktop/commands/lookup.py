"""`tabling lookup`: who represents a place, from the command line.

One query from the options, a CSV of queries with `--batch` (JSON lines, a bad row
reported and the rest going on), or, with no query at a terminal, a prompt that
asks for a place until an empty line. A street address in a split town is placed on
the street ranges imported with `tabling streets`, and with `--online` by the Census
geocoder when those do not decide; the JSON's `method` and `address` say which did.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.districts.errors import LookupInputError
from desktop.districts.query import LookupQuery
from desktop.districts.resolver import AddressResolver
from desktop.districts.result import ADDRESS_MISS_TEXT, LookupResult
from desktop.districts.titles import seat_title

QUERY_FIELDS = ("town", "zip", "ward", "precinct", "address", "street", "lat", "lon")


def add_parser(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "lookup",
        help="find the legislators for a town, neighbourhood, ZIP, ward and precinct, or point",
        description="Find a place's State Representative, State Senator and U.S. delegation.",
    )
    parser.add_argument("--town", help="town, village or neighbourhood (Dorchester, Hyannis)")
    parser.add_argument("--zip", help="five-digit ZIP code")
    parser.add_argument("--ward", help="ward (with --town)")
    parser.add_argument("--precinct", help="precinct, like 3 or 3A (with --town)")
    parser.add_argument("--address", help='free text: "123 Dudley St, Dorchester, MA 02119"')
    parser.add_argument("--street", help="house number and street alone, with --town or --zip")
    parser.add_argument(
        "--online",
        action="store_true",
        help="when the street ranges do not decide, ask the Census geocoder (sends the address)",
    )
    parser.add_argument("--lat", help="latitude (WGS84)")
    parser.add_argument("--lon", help="longitude (WGS84)")
    parser.add_argument("--batch", type=Path, metavar="FILE.csv", help="a CSV of queries")
    parser.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    values = {name: getattr(args, name) for name in QUERY_FIELDS}
    from desktop.addresses import address_resolver

    resolver = address_resolver(Dataset(paths.dataset_path()), online=args.online)
    if args.batch:
        return run_batch(resolver, args.batch, sys.stdout, args.online)
    if all(v is None for v in values.values()) and sys.stdin.isatty():
        return run_prompt(resolver, sys.stdin, sys.stdout, args.online)
    result = resolver.lookup(LookupQuery.from_strings(**values), online=args.online)
    print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else describe(result))
    return 0


def batch_lines(
    resolver: AddressResolver, handle: TextIO, name: str, online: bool = False
) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(handle)
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if not set(columns) & set(QUERY_FIELDS):
        raise LookupInputError(
            f"{name}, line 1: no column named {', '.join(QUERY_FIELDS)}; nothing to look up."
        )
    for row in reader:
        values = {
            column: value
            for column, value in zip(columns, row.values(), strict=False)
            if column in QUERY_FIELDS and isinstance(value, str)
        }
        try:
            yield resolver.lookup(LookupQuery.from_strings(**values), online).to_json()
        except LookupInputError as exc:
            yield {"status": "error", "line": reader.line_num, "message": str(exc)}


def run_batch(resolver: AddressResolver, path: Path, out: TextIO, online: bool = False) -> int:
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise LookupInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    with handle:
        for line in batch_lines(resolver, handle, str(path), online):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def run_prompt(resolver: AddressResolver, stdin: TextIO, out: TextIO, online: bool = False) -> int:
    out.write("Type a town, neighbourhood, ZIP code or address; an empty line ends.\n")
    while True:
        out.write("\nWhere do you live? ")
        out.flush()
        text = stdin.readline().strip()
        if not text:
            return 0
        try:
            result = resolver.lookup(LookupQuery(address=text), online)
            if "ward_precinct" in result.needs and result.town:
                out.write(f"{result.town} is split. Ward and precinct (like 3 8), or Enter: ")
                out.flush()
                ward, _, precinct = stdin.readline().strip().partition(" ")
                if ward:
                    query = LookupQuery(town=result.town, ward=ward, precinct=precinct or None)
                    result = resolver.lookup(query)
            out.write(describe(result) + "\n")
        except LookupInputError as exc:
            out.write(f"{exc}\n")


def _seat_line(title: str, seat_json: dict[str, Any]) -> str:
    member = seat_json["member"]
    who = f"{member['name']} ({member['party']})" if member else "vacant seat"
    return f"  {title} ({seat_json['district']}): {who}"


def describe(result: LookupResult) -> str:
    """The answer in plain words, for a person reading a terminal."""
    data = result.to_json()
    if result.status == "out_of_state":
        return "That place is outside Massachusetts."
    if result.status == "not_found":
        hint = f" Did you mean {' or '.join(result.suggestions)}?" if result.suggestions else ""
        return f"That is not a Massachusetts place we know.{hint}"
    lines = [f"{result.town or 'Several towns'}:"]
    for chamber in ("house", "senate", "congress"):
        title = seat_title(chamber)
        if data[chamber]:
            lines.append(_seat_line(title, data[chamber]))
        elif data["candidates"][chamber]:
            options = ", ".join(str(c["district"]) for c in data["candidates"][chamber])
            lines.append(f"  {title}: one of {options}")
    lines += [f"  U.S. Senator: {m['name']} ({m['party']})" for m in data["us_senators"]]
    placed = result.address
    if placed and placed.miss:
        lines.append(f"  The street address did not decide: {ADDRESS_MISS_TEXT[placed.miss]}.")
    elif placed and placed.method:
        side = f", {placed.side} side" if placed.side else ""
        span = f" {placed.range_from}-{placed.range_to}" if placed.range_from is not None else ""
        how = "street ranges" if placed.method == "street_range" else "online geocoder"
        lines.append(f"  Decided by the street address ({how}: {placed.street}{span}{side}).")
    if "town" in result.needs:
        lines.append(f"  To decide, ask which town: {', '.join(result.candidate_towns)}.")
    elif "ward_precinct" in result.needs:
        lines.append("  To decide, ask for the ward and precinct.")
    return "\n".join(lines)
