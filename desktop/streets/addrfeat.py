"""The Census TIGER/Line ADDRFEAT format: file names, fields, and a writer for sample files.

One zip per county, `tl_2024_25025_addrfeat.zip`, holding a polyline shapefile in NAD83
longitude/latitude (`.shp`, `.shx`, `.dbf`, `.prj`, `.cpg`). Each record is one street
edge with the primary address range of each side. House numbers are text (`"100"`, and
elsewhere in the country `"N123"` or `"12-34"`); a side with no addresses is blank.

The writer makes files of exactly this form, for the tests and the benchmarks.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# As the TIGER/Line technical documentation lists them: name, type, width, decimals.
FIELDS: tuple[tuple[str, str, int, int], ...] = (
    ("TLID", "N", 10, 0),
    ("TFIDL", "N", 10, 0),
    ("TFIDR", "N", 10, 0),
    ("ARIDL", "C", 22, 0),
    ("ARIDR", "C", 22, 0),
    ("LINEARID", "C", 22, 0),
    ("FULLNAME", "C", 100, 0),
    ("LFROMHN", "C", 12, 0),
    ("LTOHN", "C", 12, 0),
    ("RFROMHN", "C", 12, 0),
    ("RTOHN", "C", 12, 0),
    ("ZIPL", "C", 5, 0),
    ("ZIPR", "C", 5, 0),
    ("EDGE_MTFCC", "C", 5, 0),
    ("ROAD_MTFCC", "C", 5, 0),
    ("PARITYL", "C", 1, 0),
    ("PARITYR", "C", 1, 0),
    ("PLUS4L", "C", 4, 0),
    ("PLUS4R", "C", 4, 0),
    ("LFROMTYP", "C", 1, 0),
    ("LTOTYP", "C", 1, 0),
    ("RFROMTYP", "C", 1, 0),
    ("RTOTYP", "C", 1, 0),
    ("OFFSETL", "C", 1, 0),
    ("OFFSETR", "C", 1, 0),
)
# The fields the import reads.
USED_FIELDS = (
    "TLID",
    "FULLNAME",
    "LFROMHN",
    "LTOHN",
    "RFROMHN",
    "RTOHN",
    "PARITYL",
    "PARITYR",
    "ZIPL",
    "ZIPR",
)
NAD83_PRJ = (
    'GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",'
    'SPHEROID["GRS_1980",6378137,298.257222101]],PRIMEM["Greenwich",0],'
    'UNIT["Degree",0.017453292519943295]]'
)
_FILE_NAME = re.compile(r"^tl_(\d{4})_(\d{5})_addrfeat\.zip$", re.IGNORECASE)


def file_name(fips: str, year: int) -> str:
    return f"tl_{year}_{fips}_addrfeat.zip"


def parse_file_name(name: str) -> tuple[int, str] | None:
    """(year, county FIPS) from a Census file name, or None when it is not one."""
    match = _FILE_NAME.match(name)
    return (int(match.group(1)), match.group(2)) if match else None


@dataclass(frozen=True)
class AddrFeatRecord:
    """One record to write: a line from its FROM end to its TO end, and both sides' ranges."""

    fullname: str
    line: Sequence[tuple[float, float]]  # (lon, lat), as digitized
    lfrom: str = ""
    lto: str = ""
    rfrom: str = ""
    rto: str = ""
    parity_l: str = ""
    parity_r: str = ""
    zip_l: str = ""
    zip_r: str = ""
    tlid: int = 0


def write_addrfeat_zip(path: Path, records: Iterable[AddrFeatRecord]) -> None:
    """Write `records` as a Census ADDRFEAT zip at `path` (named like the Census' files)."""
    import shapefile  # pyshp

    shp, shx, dbf = io.BytesIO(), io.BytesIO(), io.BytesIO()
    writer = shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYLINE)
    for name, kind, width, decimals in FIELDS:
        writer.field(name, kind, width, decimals)
    for number, r in enumerate(records, start=1):
        writer.line([[list(point) for point in r.line]])
        tlid = r.tlid or number
        writer.record(
            TLID=tlid,
            LINEARID=f"11010{tlid:09d}",
            FULLNAME=r.fullname,
            LFROMHN=r.lfrom,
            LTOHN=r.lto,
            RFROMHN=r.rfrom,
            RTOHN=r.rto,
            ZIPL=r.zip_l,
            ZIPR=r.zip_r,
            EDGE_MTFCC="S1400",
            ROAD_MTFCC="S1400",
            PARITYL=r.parity_l,
            PARITYR=r.parity_r,
        )
    writer.close()
    stem = path.name.removesuffix(".zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.shp", shp.getvalue())
        archive.writestr(f"{stem}.shx", shx.getvalue())
        archive.writestr(f"{stem}.dbf", dbf.getvalue())
        archive.writestr(f"{stem}.prj", NAD83_PRJ)
        archive.writestr(f"{stem}.cpg", "UTF-8")
