"""Visit reports as CSV for the coalition, by the sign-up export's rules: a file only its
owner can read (private_files.open_private_text), and no cell a spreadsheet would run as
a formula (signin/exporter.py's cells)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from desktop.lobby.visits import VisitRow
from desktop.private_files import open_private_text
from desktop.signin.exporter import _cell as cell

COLUMNS: Final = (
    "member", "chamber", "district", "visited_on", "met", "staffer", "position",
    "commitment", "follow_up", "follow_up_note", "notes", "laptop",
)  # fmt: skip


def export_visits(rows: Iterable[VisitRow], path: Path) -> int:
    """Write `rows` to `path`; how many. Raises PrivateFileError where it cannot."""
    count = 0
    with open_private_text(path) as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            values = {
                "member": row.member_name,
                "visited_on": row.visited_on.isoformat(),
            } | {name: getattr(row, name) for name in COLUMNS[1:] if name != "visited_on"}
            writer.writerow([cell(values[name]) for name in COLUMNS])
            count += 1
    return count
