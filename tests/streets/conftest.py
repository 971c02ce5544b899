"""Census-style ADDRFEAT zips made in the test, and the street table they import into.

The streets lie around Dudley Square at latitude 42.33, drawn west to east unless a test
says otherwise: walking from the first vertex, the left side is north.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from desktop.streets.addrfeat import AddrFeatRecord, file_name, write_addrfeat_zip
from desktop.streets.importer import ImportReport, import_addrfeat
from desktop.streets.store import StreetTable, open_streets

WEST, EAST, LAT = -71.0800, -71.0700, 42.3300
SUFFOLK, MIDDLESEX = "25025", "25017"

MakeZip = Callable[..., Path]


def dudley(**changes: object) -> AddrFeatRecord:
    """Dudley St, 1-99 odd on the left (north), 2-100 even on the right, ZIP 02119."""
    values: dict[str, object] = {
        "fullname": "Dudley St",
        "line": [(WEST, LAT), (EAST, LAT)],
        "lfrom": "1",
        "lto": "99",
        "rfrom": "2",
        "rto": "100",
        "parity_l": "O",
        "parity_r": "E",
        "zip_l": "02119",
        "zip_r": "02119",
    }
    values.update(changes)
    return AddrFeatRecord(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_zip(tmp_path: Path) -> MakeZip:
    """Write records as `tl_{year}_{fips}_addrfeat.zip` in a folder of their own."""
    counter = iter(range(1000))

    def make(records: Sequence[AddrFeatRecord], fips: str = SUFFOLK, year: int = 2024) -> Path:
        folder = tmp_path / f"zips-{next(counter)}"
        folder.mkdir()
        path = folder / file_name(fips, year)
        write_addrfeat_zip(path, records)
        return path

    return make


@pytest.fixture
def imported(make_zip: MakeZip) -> Callable[..., ImportReport]:
    def run(records: Sequence[AddrFeatRecord], fips: str = SUFFOLK) -> ImportReport:
        return import_addrfeat(make_zip(records, fips))

    return run


@pytest.fixture
def table_of(imported: Callable[..., ImportReport]) -> Iterator[Callable[..., StreetTable]]:
    """Import the records as Suffolk's and open the table for lookups."""
    opened: list[StreetTable] = []

    def run(records: Sequence[AddrFeatRecord], fips: str = SUFFOLK) -> StreetTable:
        imported(records, fips)
        table = open_streets()
        assert table is not None
        opened.append(table)
        return table

    yield run
    for table in opened:
        table.close()
