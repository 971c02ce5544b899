"""Sign-ups written back to CSV, with their districts and members (needs the passphrase).

Cells that a spreadsheet would run as a formula (starting with =, +, -, @) are
prefixed with an apostrophe: a signer's name must never become a command. Control
characters (ESC, NUL ...) become spaces and bidirectional overrides (U+202E ...) are
removed: what a signer typed must not rewrite a terminal's screen or reorder a cell.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

from desktop.districts.dataset import Dataset
from desktop.signin.fields import sheet_fields
from desktop.signin.importer import CONSENT_COLUMNS
from desktop.signin.importer import columns as import_columns
from desktop.signin.views import SignupRecord


def columns() -> tuple[str, ...]:
    """The import's columns (so an export imports again), with what the app worked out."""
    return (
        "id",
        "status",
        *import_columns(),
        "house_district",
        "house_member",
        "senate_district",
        "senate_member",
        "created_at",
    )


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"^[+\-]?[\d ().-]+$")  # a phone number: nothing a formula could do


# C0 and C1 controls and DEL (line breaks included: a cell stays on one line).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates, and the marks: invisible, and able
# to show "gpj.exe" as "exe.jpg".
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _cell(value: object) -> str:
    text = (
        "yes" if value is True else "no" if value is False else "" if value is None else str(value)
    )
    text = _BIDI.sub("", _CONTROLS.sub(" ", text))
    if text.startswith(_FORMULA_STARTS) and not _NUMBER_LIKE.match(text):
        return f"'{text}"
    return text


def _member(dataset: Dataset, chamber: str, district: str | None) -> str:
    seat = dataset.seats.get((chamber, district)) if district else None
    if seat is None:
        return ""
    return seat.member.name if seat.member else "vacant"


def export_signups(records: Iterable[SignupRecord], dataset: Dataset, out: TextIO) -> int:
    writer = csv.writer(out)
    header = columns()
    writer.writerow(header)
    count = 0
    for record in records:
        row: dict[str, object] = {f.csv: record.value(f.name) for f in sheet_fields()}
        # The town found, else what was typed; a ZIP typed alone is the ZIP column's.
        typed_zip = record.place if record.place.isdigit() else ""
        row |= {"town": record.town or record.place, "zip": record.zip_code or typed_zip}
        row |= {name: getattr(record, name) for name in CONSENT_COLUMNS}
        row |= {
            "id": record.id,
            "status": record.status,
            "language": record.language,
            "house_district": record.house_district,
            "house_member": _member(dataset, "house", record.house_district),
            "senate_district": record.senate_district,
            "senate_member": _member(dataset, "senate", record.senate_district),
            "created_at": record.created_at.isoformat(timespec="seconds") + "Z",
        }
        writer.writerow([_cell(row[column]) for column in header])
        count += 1
    return count
