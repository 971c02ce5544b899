"""Paper sign-in sheets typed into a CSV: each row goes through the kiosk's own checks.

A bad row is reported with its line number and why; the good rows are kept. A row
for someone already signed in at the event is merged into their sign-up.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import TextIO

from desktop.events import LANGUAGE_CODES
from desktop.signin.form import SigninForm
from desktop.signin.service import FormInvalid, SigninService
from desktop.signin.validation import describe

COLUMNS = (
    "first_name",
    "last_name",
    "address",
    "town",
    "zip",
    "email",
    "phone",
    "language",
    "consent_email",
    "consent_letter",
    "consent_updates",
)
_TRUE = {"yes", "y", "true", "1", "x", "si", "sí", "sim", "wi", "oui", "có", "是"}
_FALSE = {"", "no", "n", "false", "0", "non", "não", "nao", "không", "否"}
_LANGUAGE_NAMES = {
    "english": "en",
    "spanish": "es",
    "español": "es",
    "portuguese": "pt",
    "português": "pt",
    "haitian creole": "ht",
    "kreyòl": "ht",
    "kreyol": "ht",
    "chinese": "zh",
    "中文": "zh",
    "vietnamese": "vi",
    "tiếng việt": "vi",
}


class ImportFileError(ValueError):
    """The file itself cannot be imported (unreadable, no usable header)."""


@dataclass
class ImportSummary:
    added: int = 0
    merged: int = 0
    pending: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def describe(self) -> str:
        return (
            f"{self.added} added, {self.merged} merged, {self.pending} pending, "
            f"{len(self.rejected)} rejected"
        )


def _flag(value: str, column: str) -> bool:
    folded = value.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(f"{column} {value!r} is not yes or no")


def _language(value: str) -> str:
    folded = value.strip().casefold()
    if not folded:
        return "en"
    code = folded if folded in LANGUAGE_CODES else _LANGUAGE_NAMES.get(folded)
    if code is None:
        raise ValueError(f"language {value!r} is not one of {', '.join(LANGUAGE_CODES)}")
    return code


def row_to_form(row: dict[str, str]) -> SigninForm:
    """A CSV row as a sign-in form; raises ValueError for a yes/no or language it cannot read."""
    return SigninForm(
        first_name=row.get("first_name", ""),
        last_name=row.get("last_name", ""),
        street_address=row.get("address", ""),
        place=row.get("town", "").strip() or row.get("zip", "").strip(),
        email=row.get("email", ""),
        phone=row.get("phone", ""),
        language=_language(row.get("language", "")),
        consent_email=_flag(row.get("consent_email", ""), "consent_email"),
        consent_letter=_flag(row.get("consent_letter", ""), "consent_letter"),
        consent_updates=_flag(row.get("consent_updates", ""), "consent_updates"),
    )


def import_signups(service: SigninService, handle: TextIO, name: str) -> ImportSummary:
    reader = csv.DictReader(handle)
    header = [(c or "").strip().lower() for c in reader.fieldnames or []]
    if not {"first_name", "last_name"} <= set(header) or not {"town", "zip"} & set(header):
        raise ImportFileError(
            f"{name}, line 1: the header needs first_name, last_name and town or zip "
            f"(columns: {', '.join(COLUMNS)})"
        )
    summary = ImportSummary()
    for raw in reader:
        line = reader.line_num
        row = {k: (v or "") for k, v in zip(header, raw.values(), strict=False) if k}
        try:
            form = row_to_form(row)
            duplicate = service.find_duplicate(form)
            receipt = service.submit(
                form, merge_into=duplicate.signup_id if duplicate else None, source="import"
            )
        except FormInvalid as exc:
            summary.rejected.append((line, "; ".join(describe(p) for p in exc.problems)))
            continue
        except ValueError as exc:
            summary.rejected.append((line, str(exc)))
            continue
        if receipt.merged:
            summary.merged += 1
        else:
            summary.added += 1
        if receipt.status == "pending":
            summary.pending += 1
    return summary
