"""Street ranges: importing a 60,000-segment county, and one street-address lookup.

The county file is made up, with a fixed seed, in the Census ADDRFEAT form (the same
fields, a zipped polyline shapefile in NAD83 lon/lat) and of Suffolk County's size:
6,000 streets of 1 to 40 blocks (a few long ones of 400, like Washington St), blocks of
2 to 6 vertices about 100 m long, odd numbers on one side and even on the other, a fifth
digitized against the numbering (ranges high to low), some one-sided, some with blank
parity, a few with house numbers that are not numbers.

Import. Ours is `import_addrfeat` into a fresh street table: unzip, read, name keys,
checks, one transaction. The baseline is the floor any import pays: unzip the same file
and read every record and shape with pyshp, doing nothing with them. Target: under 30 s.

Lookup. 1,000 addresses drawn from the file, as people type them ("Dudley Street",
"1st St", a number on either side), each looked up with `match_street` on the imported
table; the mean per lookup, median over rounds. The baseline is the indexed SQL query
alone, by a key computed beforehand: what any table lookup must at least do. Target:
under 5 ms a lookup.
"""

from __future__ import annotations

import math
import random
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import Measurement, interleaved_medians, time_once
from desktop.districts.names import ordinal_suffix
from desktop.streets.addrfeat import AddrFeatRecord, write_addrfeat_zip
from desktop.streets.importer import import_addrfeat
from desktop.streets.match import match_street
from desktop.streets.names import street_key
from desktop.streets.store import open_streets

SEGMENTS = 60_000
LOOKUPS = 1_000
IMPORT_TARGET_SECONDS = 30.0
LOOKUP_TARGET_MS = 5.0
MAX_IMPORT_ROUNDS = 3  # an import takes seconds; three rounds already steady the median
_WORDS = (
    "Dudley",
    "Washington",
    "Blue",
    "Hill",
    "Centre",
    "Adams",
    "Columbia",
    "Warren",
    "Boylston",
    "Tremont",
    "Beacon",
    "Harvard",
    "Dorchester",
    "Quincy",
    "Hancock",
    "Bowdoin",
    "Norfolk",
    "Geneva",
    "Bird",
    "Hyde",
    "Park",
    "River",
    "Cummins",
    "Walk",
    "Cedar",
    "Elm",
    "Oak",
    "Maple",
    "Pleasant",
    "Spring",
    "Summer",
    "Winter",
    "Chestnut",
)
_SUFFIXES = ("St", "Ave", "Rd", "Ter", "Pl", "Ct", "Blvd", "Way", "Sq", "Pkwy", "Ln", "Row")
_TYPED_SUFFIX = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Ter": "Terrace"}
_ZIPS = ("02119", "02121", "02122", "02124", "02125", "02130", "02131", "02136")


def _street_names(rng: random.Random, count: int) -> list[str]:
    names: dict[str, None] = {}
    ordinal = 1
    while len(names) < count:
        if rng.random() < 0.03:
            names[f"{ordinal}{ordinal_suffix(ordinal)} St"] = None
            ordinal += 1
        else:
            words = " ".join(rng.sample(_WORDS, rng.choice((1, 1, 2))))
            names[f"{words} {rng.choice(_SUFFIXES)}"] = None
    return list(names)


def county_records(seed: int, count: int = SEGMENTS) -> list[AddrFeatRecord]:
    """`count` ADDRFEAT records of made-up streets around Boston, with a fixed seed."""
    rng = random.Random(seed)
    records: list[AddrFeatRecord] = []
    for name in _street_names(rng, 6_000):
        blocks = 400 if rng.random() < 0.005 else rng.randint(1, 40)
        lon, lat = rng.uniform(-71.19, -70.99), rng.uniform(42.23, 42.40)
        heading = rng.uniform(0, 6.283)
        for block in range(blocks):
            line = [(lon, lat)]
            vertices = rng.randint(1, 5)
            for _ in range(vertices):  # ~100 m a block, bending a little at each vertex
                heading += rng.uniform(-0.2, 0.2)
                lon += math.cos(heading) * 0.0012 / vertices
                lat += math.sin(heading) * 0.0009 / vertices
                line.append((lon, lat))
            records.append(_block(rng, name, line, block))
            if len(records) == count:
                return records
    return records


def _block(
    rng: random.Random, name: str, line: list[tuple[float, float]], block: int
) -> AddrFeatRecord:
    odd = (str(block * 100 + 1), str(block * 100 + 99))
    even = (str(block * 100 + 2), str(block * 100 + 100))
    if rng.random() < 0.2:  # digitized against the numbering
        odd, even = odd[::-1], even[::-1]
    if rng.random() < 0.001:
        odd = ("N" + odd[0], "N" + odd[1])  # not a number: skipped and counted
    one_sided = rng.random() < 0.1
    parity = rng.random() > 0.1
    zip_code = rng.choice(_ZIPS)
    return AddrFeatRecord(
        fullname=name,
        line=line,
        lfrom=odd[0],
        lto=odd[1],
        rfrom="" if one_sided else even[0],
        rto="" if one_sided else even[1],
        parity_l="O" if parity else "",
        parity_r="E" if parity and not one_sided else "",
        zip_l=zip_code,
        zip_r=zip_code,
    )


def typed_addresses(records: list[AddrFeatRecord], count: int, seed: int) -> list[tuple[str, str]]:
    """(house number, street) pairs on the records' ranges, spelled as people type them."""
    rng = random.Random(seed + 1)
    addresses = []
    for record in rng.sample(records, count):
        low, high = sorted((int(record.lfrom.lstrip("N")), int(record.lto.lstrip("N"))))
        street, _, suffix = record.fullname.rpartition(" ")
        typed = f"{street} {_TYPED_SUFFIX.get(suffix, suffix)}"
        addresses.append((str(rng.randint(low, high)), typed))
    return addresses


def _bare_read(zip_path: Path, folder: Path) -> None:
    import shapefile

    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
    stem = folder / zip_path.name.removesuffix(".zip")
    with shapefile.Reader(str(stem)) as reader:
        for item in reader.iterShapeRecords():
            _ = item.shape.points, item.record


def measure_import(zip_path: Path, folder: Path, rounds: int) -> Measurement:
    counter = iter(range(1_000_000))

    def ours() -> None:
        import_addrfeat(zip_path, store_path=folder / f"streets-{next(counter)}.sqlite")

    def bare() -> None:
        with tempfile.TemporaryDirectory(dir=folder) as scratch:
            _bare_read(zip_path, Path(scratch))

    ours_s, bare_s = interleaved_medians([lambda: time_once(ours), lambda: time_once(bare)], rounds)
    return Measurement(
        name=f"import {SEGMENTS:,} segments",
        unit="s",
        ours=ours_s,
        baseline=bare_s,
        baseline_name="unzip + pyshp read of every record",
        rounds=rounds,
        target=f"< {IMPORT_TARGET_SECONDS:g} s",
        target_met=ours_s < IMPORT_TARGET_SECONDS,
        note=f"made-up Suffolk-sized ADDRFEAT zip ({zip_path.stat().st_size:,} bytes)",
    )


def measure_lookup(
    store: Path, addresses: list[tuple[str, str]], rounds: int, seed: int
) -> Measurement:
    table = open_streets(store)
    assert table is not None
    keyed = [(int(number), street_key(street).key) for number, street in addresses]

    def ours() -> None:
        for number, street in addresses:
            match_street(table, number, street)

    def floor() -> None:
        for number, key in keyed:
            table.segments_with(key, number)

    def per_lookup_us(run: Callable[[], object]) -> Callable[[], float]:
        return lambda: time_once(run) / len(addresses) * 1e6

    ours()  # warm-up: the page cache, the name-key cache
    floor()
    ours_us, floor_us = interleaved_medians([per_lookup_us(ours), per_lookup_us(floor)], rounds)
    table.close()
    return Measurement(
        name="street address lookup",
        unit="us",
        ours=ours_us,
        baseline=floor_us,
        baseline_name="indexed SQL query by a ready key",
        rounds=rounds,
        target=f"< {LOOKUP_TARGET_MS:g} ms",
        target_met=ours_us < LOOKUP_TARGET_MS * 1000,
        note=f"{len(addresses):,} typed addresses, {SEGMENTS:,} segments; seed {seed}",
    )


def streets_measurements(rounds: int, seed: int) -> list[Measurement]:
    records = county_records(seed)
    with tempfile.TemporaryDirectory(prefix="tabling-streets-bench-") as name:
        folder = Path(name)
        zip_path = folder / "tl_2024_25025_addrfeat.zip"
        write_addrfeat_zip(zip_path, records)
        imported = measure_import(zip_path, folder, min(rounds, MAX_IMPORT_ROUNDS))
        store = folder / "streets-0.sqlite"
        looked_up = measure_lookup(store, typed_addresses(records, LOOKUPS, seed), rounds, seed)
    return [imported, looked_up]


if __name__ == "__main__":
    from benchmarks.report import table as report_table

    print(report_table(streets_measurements(rounds=3, seed=20240501)))
