"""Reading a sign-in sheet's CSV whatever saved it: each record with the line it starts on.

Volunteers type paper sheets into Excel, LibreOffice or Numbers and save "CSV" however
the program does: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text", often
with tabs), or Windows-1252 (Excel's "CSV" on a Western Windows), with commas,
semicolons or tabs. The encoding comes from the byte-order mark, from strict UTF-8, or
from charset-normalizer choosing among the Western single-byte code pages; a UTF-8 file
with a damaged byte stays UTF-8 and only the rows holding the damage are reported.

Records come out one at a time with their first line, so a record spanning lines (a
cell with a line break) is named where it starts. A quote opened and never closed would
swallow every row after it: a record spanning more than MAX_RECORD_LINES lines is
reported at its first line and reading starts again on the line after it. A cell longer
than MAX_CELL characters is reported for its row alone.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.signin.line_notes import Kind, LineNote

MAX_RECORD_LINES = 12  # a sheet's cell may hold a line break or two, never a dozen
MAX_CELL = 2000  # characters: far more than any name, address or email
MAX_FILE_BYTES = 50 * 1024 * 1024
DAMAGED = "\ufffd"
_DELIMITERS = (",", ";", "\t")
# A valid multi-byte UTF-8 sequence: proof that a file with a bad byte is UTF-8 anyway.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252 (Excel on Windows)",
    "latin-1": "Latin-1",
}


class SheetFileError(ValueError):
    """The file as a whole cannot be read; the text names it and says what to do."""


@dataclass(frozen=True)
class Record:
    line: int  # where the record starts
    cells: list[str] | None  # None: the record could not be read (see `problem`)
    problem: LineNote | None = None


@dataclass(frozen=True)
class SheetText:
    text: str
    encoding: str  # a key of ENCODING_NAMES
    digest: str  # SHA-256 of the file's bytes: a rerun of the same file is recognised
    damaged: bool  # UTF-8 with bytes that are not (their rows are reported)

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def decode(raw: bytes) -> tuple[str, str, bool]:
    """(text, encoding, damaged) for a file's bytes."""
    if raw.startswith(codecs.BOM_UTF8):
        text = raw[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
        return text, "utf-8-sig", DAMAGED in text
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace"), "utf-16", False
    if raw[1:400:2].count(0) > 50 or raw[0:400:2].count(0) > 50:  # UTF-16 with no mark
        order = "utf-16-le" if raw[1:400:2].count(0) > raw[0:400:2].count(0) else "utf-16-be"
        return raw.decode(order, "replace"), "utf-16", False
    try:
        return raw.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(raw):
        return raw.decode("utf-8", "replace"), "utf-8", True
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1"]).best()
    encoding = "latin-1" if best is not None and best.encoding == "latin_1" else "cp1252"
    try:
        return raw.decode(encoding), encoding, False
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: Latin-1 defines them all
        return raw.decode("latin-1"), "latin-1", False


def read_sheet(path: Path) -> SheetText:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SheetFileError(
                f"{path.name} is {size:,} bytes, far more than a sign-in sheet:"
                " is it the right file?"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SheetFileError(f"{path} does not exist: check the file's name and folder.") from None
    except IsADirectoryError:
        raise SheetFileError(f"{path} is a folder, not a CSV file.") from None
    except OSError as exc:
        raise SheetFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
    text, encoding, damaged = decode(raw)
    return SheetText(text, encoding, hashlib.sha256(raw).hexdigest(), damaged)


def delimiter(first_line: str) -> str:
    """The separator the header uses most: comma, semicolon (European Excel) or tab."""
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


class _Lines:
    """The lines from `start` on, counting how many the CSV reader has taken."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines, self.taken = lines, start

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.taken >= len(self.lines):
            raise StopIteration
        self.taken += 1
        return self.lines[self.taken - 1]


def records(text: str) -> Iterator[Record]:
    """Every non-empty record of `text`, the header first, each with its first line."""
    lines = _physical_lines(text)
    separator = delimiter(lines[0] if lines else "")
    csv.field_size_limit(max(MAX_CELL * 64, 1 << 20))  # our own limit is checked per cell
    start: int | None = 0
    while start is not None and start < len(lines):
        source = _Lines(lines, start)
        reader = csv.reader(source, delimiter=separator, strict=True)
        start = None
        while True:
            first = source.taken  # the csv reader never reads ahead: its next record starts here
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error:
                yield Record(first + 1, None, LineNote(Kind.QUOTES))
                start = first + 1  # read again from the line after
                break
            if source.taken - first > MAX_RECORD_LINES:
                yield _runaway(first + 1)
                start = first + 1
                break
            if cells and any(c.strip() for c in cells):
                yield _checked(first + 1, cells)


def _physical_lines(text: str) -> list[str]:
    """The text's lines, each with its line break, broken only at CR, LF and CRLF."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def _runaway(first: int) -> Record:
    return Record(first, None, LineNote(Kind.RUNAWAY_QUOTE, (str(MAX_RECORD_LINES),)))


def _checked(first: int, cells: list[str]) -> Record:
    long = next((c for c in cells if len(c) > MAX_CELL), None)
    if long is not None:
        return Record(first, None, LineNote(Kind.LONG_CELL, (f"{len(long):,}", f"{MAX_CELL:,}")))
    if any(DAMAGED in c for c in cells):
        return Record(first, None, LineNote(Kind.NOT_UTF8))
    return Record(first, cells)
