"""The event's counts as CSV for the coalition: one row per total, district, town and language.

The same rules as the sign-up export (desktop/signin/exporter.py): the caller opens the
file with `open_private_text` (0600, never through a link) and every cell goes through
the exporter's cell rule, so no name can become a spreadsheet formula. Counts of a
district, town or language with fewer than 5 signers show "fewer than 5".
"""

from __future__ import annotations

import csv
from typing import TextIO

from desktop.lobby.report import EventReport, shown
from desktop.signin.exporter import _cell as cell

COLUMNS = (
    "table",
    "name",
    "member",
    "signups",
    "pending",
    "letters_printed",
    "letters_delivered",
    "emails_sent",
    "crm_records",
    "position",
)


def export_counts(report: EventReport, out: TextIO) -> int:
    """Write the report's counts to `out`; returns the rows written (header aside)."""
    rows: list[dict[str, object]] = [
        {
            "table": "event", "name": report.name, "signups": report.signups,
            "pending": report.pending, "letters_printed": report.letters_printed,
            "letters_delivered": report.letters_delivered, "emails_sent": report.emails_sent,
            "crm_records": report.crm_records,
        }
    ]  # fmt: skip
    for chamber, districts in report.districts.items():
        for d in districts:
            rows.append(
                {
                    "table": chamber, "name": d.district, "member": d.member,
                    "signups": shown(d.signups, signers=d.signups),
                    "letters_printed": shown(d.letters_printed, signers=d.signups),
                    "letters_delivered": shown(d.letters_delivered, signers=d.signups),
                    "position": d.position or "",
                }
            )  # fmt: skip
    for town in report.towns:
        rows.append(
            {
                "table": "town", "name": town.town,  # "undecided": no town found
                "signups": shown(town.signups, signers=town.signups),
                "pending": shown(town.pending, signers=town.signups),
            }
        )  # fmt: skip
    for language, n in report.languages.items():
        rows.append({"table": "language", "name": language, "signups": shown(n, signers=n)})
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in COLUMNS])
    return len(rows)
