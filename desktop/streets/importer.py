"""Importing a Census ADDRFEAT zip into the street table, one county at a time.

The zip's shapefile is copied out to a temporary folder (public data; pyshp reads files
faster than zip members, which cannot seek cheaply) and read record by record straight
into one SQLite transaction that first deletes the county's previous rows. Anything that
goes wrong on the way (a cut-short download, a damaged record) rolls the transaction back:
the previous ranges stay, and the error names the file, the record and the problem.

A record whose side has a house number that is not a whole number (TIGER elsewhere has
"N123" or "12-34") loses that side; a record left with no side, or with no line, is
skipped. Both are counted and the first few described in the report.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.streets.addrfeat import USED_FIELDS, parse_file_name
from desktop.streets.counties import MASSACHUSETTS_COUNTIES, county_name
from desktop.streets.names import street_key
from desktop.streets.store import (
    County,
    StreetsError,
    connect_for_import,
    encode_coords,
    replace_county,
)

Progress = Callable[[int, int], None]  # (records done, records in the file)
PROGRESS_EVERY = 2000
MAX_PROBLEMS_LISTED = 20
_LINE_TYPES = (3, 13, 23)  # pyshp's POLYLINE, POLYLINEZ, POLYLINEM
_PARITIES = frozenset("OEB")
Range = tuple[int, int, str]  # from, to, parity


@dataclass(frozen=True)
class ImportReport:
    county: County
    skipped_ranges: int  # sides dropped for a house number that is not a number
    problems: tuple[str, ...]  # the first few skipped records and ranges, described
    seconds: float


@dataclass
class _Tally:
    skipped_records: int = 0
    skipped_ranges: int = 0
    problems: list[str] = field(default_factory=list)

    def note(self, number: int, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS_LISTED:
            self.problems.append(f"record {number}: {problem}")


def import_addrfeat(
    zip_path: Path,
    *,
    store_path: Path | None = None,
    fips: str | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import one county's ADDRFEAT zip, replacing that county's ranges; all or nothing.

    The county and year come from the Census file name (`tl_2024_25025_addrfeat.zip`)
    unless given. Raises StreetsError naming the file and the problem; an exception raised
    by `progress` also aborts the import with nothing changed.
    """
    started = time.perf_counter()
    fips, year = _identify(zip_path, fips, year)
    tally = _Tally()
    with tempfile.TemporaryDirectory(prefix="tabling-addrfeat-") as folder:
        reader = _open_shapefile(zip_path, Path(folder))
        try:
            total = len(reader)

            def describe(count: int) -> County:
                if count == 0:
                    raise StreetsError(zip_path, f"no usable address ranges in its {total} records")
                return County(
                    fips,
                    county_name(fips),
                    zip_path.name,
                    year,
                    dt.datetime.now(dt.UTC),
                    count,
                    tally.skipped_records,
                )

            rows = _rows(reader, zip_path, fips, tally, progress, total)
            connection = connect_for_import(store_path)
            try:
                county = replace_county(connection, fips, rows, describe)
            finally:
                connection.close()
        finally:
            reader.close()
    elapsed = time.perf_counter() - started
    return ImportReport(county, tally.skipped_ranges, tuple(tally.problems), elapsed)


def _identify(zip_path: Path, fips: str | None, year: int | None) -> tuple[str, int]:
    parsed = parse_file_name(zip_path.name)
    fips = fips or (parsed[1] if parsed else None)
    year = year or (parsed[0] if parsed else None)
    if fips is None or year is None:
        raise StreetsError(
            zip_path,
            "cannot tell the county and year from the file name;"
            " the Census names it like tl_2024_25025_addrfeat.zip",
        )
    if fips not in MASSACHUSETTS_COUNTIES:
        raise StreetsError(zip_path, f"county {fips} is not a Massachusetts county (25001-25027)")
    return fips, year


def _open_shapefile(zip_path: Path, folder: Path) -> Any:
    import shapefile  # pyshp: only an import needs it

    stem = folder / "addrfeat"
    _extract(zip_path, stem)
    prj = stem.with_suffix(".prj")
    if prj.exists() and "PROJCS" in prj.read_text(encoding="ascii", errors="replace"):
        raise StreetsError(zip_path, "its coordinates are projected; expected NAD83 lon/lat")
    try:
        reader = shapefile.Reader(str(stem), encoding="utf-8", encodingErrors="replace")
    except (shapefile.ShapefileException, OSError, ValueError) as exc:
        raise StreetsError(zip_path, f"its shapefile is unreadable ({exc})") from exc
    names = {f[0] for f in reader.fields}
    missing = [name for name in USED_FIELDS if name not in names]
    if missing or reader.shapeType not in _LINE_TYPES:
        reader.close()
        what = f"no field {', '.join(missing)}" if missing else "shapes that are not lines"
        raise StreetsError(zip_path, f"its shapefile has {what}: is it an ADDRFEAT file?")
    return reader


def _extract(zip_path: Path, stem: Path) -> None:
    """Copy the zip's .shp, .shx, .dbf (and .prj) to `stem` + suffix."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            members = {Path(n).suffix.lower(): n for n in archive.namelist() if "." in n}
            missing = [s for s in (".shp", ".shx", ".dbf") if s not in members]
            if missing:
                raise StreetsError(
                    zip_path, f"has no {' or '.join(missing)} file: is it an ADDRFEAT zip?"
                )
            for suffix in (".shp", ".shx", ".dbf", ".prj"):
                if suffix in members:
                    with (
                        archive.open(members[suffix]) as source,
                        stem.with_suffix(suffix).open("wb") as target,
                    ):
                        shutil.copyfileobj(source, target, 1 << 20)
    except FileNotFoundError:
        raise StreetsError(zip_path, "file not found") from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise StreetsError(
            zip_path, f"damaged or incomplete zip ({exc}); download it again"
        ) from exc


def _rows(
    reader: Any,
    zip_path: Path,
    fips: str,
    tally: _Tally,
    progress: Progress | None,
    total: int,
) -> Iterator[tuple[object, ...]]:
    """The table rows of the file's records, in SEGMENT_COLUMNS order."""
    import shapefile

    records = reader.iterShapeRecords(fields=list(USED_FIELDS))
    number = 0
    while True:
        try:
            item = next(records, None)
        except (shapefile.ShapefileException, ValueError, OSError, EOFError) as exc:
            problem = f"record {number + 1} of {total} is unreadable ({exc})"
            raise StreetsError(zip_path, problem) from exc
        if item is None:
            break
        number += 1
        row = _row(number, item.shape, item.record, fips, tally)
        if row is None:
            tally.skipped_records += 1
        else:
            yield row
        if progress and (number % PROGRESS_EVERY == 0 or number == total):
            progress(number, total)
    if number != total:
        raise StreetsError(zip_path, f"has {total} records but only {number} could be read")


def _row(
    number: int, shape: Any, record: Any, fips: str, tally: _Tally
) -> tuple[object, ...] | None:
    name = str(record["FULLNAME"] or "").strip()
    points = shape.points if shape.shapeType in _LINE_TYPES else []
    if not name or len(points) < 2:
        tally.note(number, "no street name" if not name else "no line")
        return None
    left = _side(number, "left", record["LFROMHN"], record["LTOHN"], record["PARITYL"], tally)
    right = _side(number, "right", record["RFROMHN"], record["RTOHN"], record["PARITYR"], tally)
    if left is None and right is None:
        tally.note(number, f"{name} has no address range on either side")
        return None
    key = street_key(name)
    west, south, east, north = shape.bbox
    lfrom, lto, parity_l = left or (None, None, None)
    rfrom, rto, parity_r = right or (None, None, None)
    return (
        fips,
        record["TLID"],
        key.key,
        key.base,
        name,
        lfrom,
        lto,
        rfrom,
        rto,
        parity_l,
        parity_r,
        _zip(record["ZIPL"]) if left else None,
        _zip(record["ZIPR"]) if right else None,
        west,
        south,
        east,
        north,
        encode_coords(points),
    )


def _side(number: int, side: str, start: Any, end: Any, parity: Any, tally: _Tally) -> Range | None:
    """A side's (from, to, parity), or None when it has no range or an unusable one."""
    start, end = str(start or "").strip(), str(end or "").strip()
    if not start and not end:
        return None
    if not (start.isascii() and start.isdigit() and end.isascii() and end.isdigit()):
        tally.skipped_ranges += 1
        tally.note(number, f"{side} range {start!r} to {end!r} is not two whole numbers")
        return None
    low, high = int(start), int(end)
    given = str(parity or "").strip().upper()
    if given not in _PARITIES:  # blank: read it off the numbers
        given = "O" if low % 2 and high % 2 else "E" if not (low % 2 or high % 2) else "B"
    return low, high, given


def _zip(value: Any) -> str | None:
    text = str(value or "").strip()
    return text if len(text) == 5 and text.isdigit() else None
