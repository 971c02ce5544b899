"""Paper sign-in sheets typed into a CSV: each row goes through the kiosk's own checks.

Every good row is saved, in its own transaction, with the line it came from (so a rerun
of the same file skips the rows already saved, whether the first run finished, was cut
short by a full disk, or was killed); every bad row is reported with its line and why.
A row for someone already signed in at the event, by strong evidence (identity.py), is
merged into their sign-up; one that only may be someone's repeat is saved on its own and
listed for review, with the line of the other row when it is in the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.crashpoints import crash_point
from desktop.events import LANGUAGE_CODES
from desktop.signin.fields import sheet_fields
from desktop.signin.form import SigninForm
from desktop.signin.identity import SimilarSigners
from desktop.signin.line_notes import Kind, LineNote
from desktop.signin.service import FormInvalid, SigninService
from desktop.signin.sheet_file import SheetFileError, read_sheet, records

CONSENT_COLUMNS = (
    "consent_email",
    "consent_letter",
    "consent_updates_email",
    "consent_updates_text",
)


def columns() -> tuple[str, ...]:
    """A sheet's columns: the field table's (fields.py), the language, the consents."""
    return (*(f.csv for f in sheet_fields()), "language", *CONSENT_COLUMNS)


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
    encoding: str = ""
    added: int = 0
    merged: int = 0
    pending: int = 0
    skipped: int = 0  # saved by an earlier run of the same file
    saved_lines: list[int] = field(default_factory=list)
    rejected: list[tuple[int, LineNote]] = field(default_factory=list)
    warnings: list[tuple[int, LineNote]] = field(default_factory=list)
    suggestions: list[tuple[int, LineNote]] = field(default_factory=list)  # what it may repeat
    stopped: str = ""  # why the import stopped before the end (a full disk ...)
    unsaved_from: int | None = None  # the first line not saved when it stopped

    def describe(self) -> str:
        text = (
            f"{self.added} added, {self.merged} merged, {self.pending} pending, "
            f"{len(self.rejected)} rejected"
        )
        if self.skipped:
            text += f", {self.skipped} already imported"
        if self.suggestions:
            text += f", {len(self.suggestions)} possible duplicate(s) to review"
        return text


class NotYesNo(ValueError):
    """A consent column's cell that is neither yes nor no."""

    def __init__(self, column: str, value: str) -> None:
        super().__init__(f"{column} {value!r} is not yes or no")
        self.note = LineNote(Kind.NOT_YES_NO, (column, value))


def _flag(value: str, column: str) -> bool:
    folded = value.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise NotYesNo(column, value)


def language(value: str) -> tuple[str, LineNote | None]:
    """(language code, a warning): an unknown language is English, never a lost row."""
    folded = value.strip().casefold()
    if not folded:
        return "en", None
    code = folded if folded in LANGUAGE_CODES else _LANGUAGE_NAMES.get(folded)
    if code is None:
        offered = ", ".join(LANGUAGE_CODES)
        return "en", LineNote(Kind.UNKNOWN_LANGUAGE, (value, offered))
    return code, None


def row_to_form(row: dict[str, str]) -> tuple[SigninForm, LineNote | None]:
    """A CSV row as a sign-in form and a warning; ValueError for a yes/no it cannot read."""
    values = {f.name: row.get(f.csv, "") for f in sheet_fields()}
    # A sheet may give the town, the ZIP, or both: the town decides, the ZIP is kept beside.
    town, zip_code = values.get("place", "").strip(), values.get("zip_code", "").strip()
    values |= {"place": town or zip_code, "zip_code": zip_code if town else ""}
    code, warning = language(row.get("language", ""))
    form = SigninForm(
        language=code,
        consent_email=_flag(row.get("consent_email", ""), "consent_email"),
        consent_letter=_flag(row.get("consent_letter", ""), "consent_letter"),
        # An older sheet's consent_updates meant "keep me informed": email only, never texts.
        consent_updates_email=_flag(
            row.get("consent_updates_email", row.get("consent_updates", "")),
            "consent_updates_email",
        ),
        consent_updates_text=_flag(row.get("consent_updates_text", ""), "consent_updates_text"),
    ).with_values(values)
    return form, warning


def _header(cells: list[str], name: str) -> list[str]:
    header = ["_".join(c.strip().lower().split()) for c in cells]
    if not {"first_name", "last_name"} <= set(header) or not {"town", "zip"} & set(header):
        raise ImportFileError(
            f"{name}, line 1: the header needs first_name, last_name and town or zip "
            f"(columns: {', '.join(columns())})"
        )
    return header


def _already_saved(service: SigninService, digest: str) -> set[int]:
    from sqlalchemy import select

    from desktop.store.models import ImportedRow

    with service.sessions() as session:
        statement = select(ImportedRow.line).where(
            ImportedRow.event_id == service.event.event_id, ImportedRow.file_digest == digest
        )
        return set(session.scalars(statement))


def import_file(
    service: SigninService, path: Path, progress: Callable[[int, int], None] | None = None
) -> ImportSummary:
    """Import a sheet; ImportFileError when the file as a whole cannot be read."""
    try:
        sheet = read_sheet(path)
    except SheetFileError as exc:
        raise ImportFileError(str(exc)) from None
    return import_text(service, sheet.text, str(path), sheet.digest, sheet.encoding_name, progress)


def import_text(
    service: SigninService,
    text: str,
    name: str,
    digest: str,
    encoding: str = "UTF-8",
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    from sqlalchemy.exc import SQLAlchemyError

    summary = ImportSummary(encoding=encoding)
    rows = records(text)
    first = next(rows, None)
    if first is None or first.cells is None:
        raise ImportFileError(
            f"{name}, line 1: there is no header row (columns: {', '.join(columns())})"
        )
    header = _header(first.cells, name)
    saved = _already_saved(service, digest)
    similar, lines_of = SimilarSigners(), {}
    remaining = list(rows)
    for done, record in enumerate(remaining, start=1):
        if progress is not None:
            progress(done, len(remaining))
        if record.line in saved:
            summary.skipped += 1
            continue
        if record.cells is None:
            summary.rejected.append((record.line, record.problem or LineNote(Kind.OTHER, ("",))))
            continue
        row = {k: v for k, v in zip(header, record.cells, strict=False) if k}
        try:
            form, warning = row_to_form(row)
            receipt = service.submit(
                form, source="import", imported=(digest, record.line), similar=similar
            )
        except FormInvalid as exc:
            summary.rejected.append((record.line, LineNote(Kind.FIELDS, problems=exc.problems)))
            continue
        except NotYesNo as exc:
            summary.rejected.append((record.line, exc.note))
            continue
        except ValueError as exc:
            summary.rejected.append((record.line, LineNote(Kind.OTHER, (str(exc),))))
            continue
        except (SQLAlchemyError, OSError) as exc:  # a full disk, a database gone read-only
            summary.stopped = _why_stopped(exc)
            summary.unsaved_from = record.line
            break
        crash_point("import_row_saved")
        summary.saved_lines.append(record.line)
        lines_of[receipt.signup_id] = record.line
        if warning:
            summary.warnings.append((record.line, warning))
        for other, reason in receipt.suggestions:
            earlier = str(lines_of[other]) if other in lines_of else ""
            summary.suggestions.append((record.line, LineNote(Kind.REPEAT, (reason, earlier))))
        summary.merged += receipt.merged
        summary.added += not receipt.merged
        summary.pending += receipt.status == "pending"
    return summary


def _why_stopped(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    if "full" in text.lower() or getattr(exc, "errno", None) == 28:
        return "the disk is full"
    if "readonly" in text.lower() or "read-only" in text.lower():
        return "the database cannot be written (read-only)"
    return "the database could not save the row"


def line_ranges(lines: list[int]) -> str:
    """`2-40, 42, 45-50`: lines as a volunteer reads them."""
    ranges: list[list[int]] = []
    for line in sorted(lines):
        if ranges and line == ranges[-1][1] + 1:
            ranges[-1][1] = line
        else:
            ranges.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def report_lines(summary: ImportSummary, name: str) -> list[str]:
    """What the command and the window say after an import, line by line."""
    lines = [f"Imported {name} (read as {summary.encoding}): {summary.describe()}."]
    if summary.stopped:
        saved = line_ranges(summary.saved_lines) or "none"
        lines.append(
            f"Stopped at line {summary.unsaved_from}: {summary.stopped}. Saved: lines {saved}."
            f" Not saved: line {summary.unsaved_from} and after. Import the same file again"
            " once this is fixed: the saved rows are skipped."
        )
    lines += [f"Line {line}: {why}" for line, why in summary.rejected]
    lines += [f"Line {line}: {why}" for line, why in summary.warnings]
    lines += [f"Line {line}: may be a repeat of {what}; review it in the volunteer view"
              for line, what in summary.suggestions]  # fmt: skip
    return lines
