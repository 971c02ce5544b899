"""Importing sign-in sheets saved by real spreadsheet programs, with realistic damage.

Every good row is kept, every bad row is named by the line it starts on, a full disk
stops the import with a report of what was saved, and importing the same file again adds
nothing twice.
"""

from __future__ import annotations

from pathlib import Path

import nacl.public
import pytest
from sqlalchemy import event as sqlalchemy_event
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.privacy.sealing import Opener
from desktop.signin.importer import import_file, report_lines
from desktop.signin.records import read_signups
from desktop.signin.service import EventContext, SigninService
from desktop.signin.sheet_file import MAX_CELL
from desktop.store.models import Signup

HEADER = ["first_name", "last_name", "address", "town", "zip", "email", "phone", "language",
          "consent_email", "consent_letter", "consent_updates_email"]  # fmt: skip
ROWS = [
    ["José", "Núñez", "12 Main St", "Chelsea", "02150", "jose@example.org", "", "es", "no", "yes",
     "no"],
    ["François", "Côté", "3 Elm St", "Lowell", "", "", "", "fr", "no", "yes", "no"],
    ["Ana", "Lima", "", "Salem", "", "", "617 555 0101", "pt", "no", "yes", "no"],
]  # fmt: skip


def sheet(rows: list[list[str]], separator: str = ",") -> str:
    return "\r\n".join(separator.join(cells) for cells in [HEADER, *rows]) + "\r\n"


def names(
    sessions: sessionmaker[Session], event: EventContext, key: nacl.public.PrivateKey
) -> list[str]:
    with sessions() as session:
        return sorted(
            f"{r.first_name} {r.last_name}"
            for r in read_signups(session, event.event_id, Opener(key))
        )


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Signup)) or 0)


@pytest.mark.parametrize(
    ("encoding", "separator", "raw", "read_as"),
    [
        ("utf-8", ",", b"", "UTF-8"),
        ("utf-8-sig", ",", b"", "UTF-8"),  # Excel's "CSV UTF-8"
        ("utf-16", "\t", b"", "UTF-16"),  # Excel's "Unicode Text"
        ("cp1252", ";", b"", "Windows-1252 (Excel on Windows)"),  # Excel's "CSV" in Europe
    ],
)
def test_every_encoding_a_spreadsheet_saves_reads_as_written(
    service: SigninService, sessions: sessionmaker[Session], event: EventContext,
    private_key: nacl.public.PrivateKey, tmp_path: Path,
    encoding: str, separator: str, raw: bytes, read_as: str,
) -> None:  # fmt: skip
    path = tmp_path / "sheet.csv"
    path.write_bytes(sheet(ROWS, separator).encode(encoding))
    summary = import_file(service, path)
    assert (summary.added, summary.rejected, summary.encoding) == (3, [], read_as)
    assert [(line, str(why)) for line, why in summary.warnings] == [
        (3, "language 'fr' is not one of en, es, pt, ht, zh, vi: English is used")
    ]
    assert names(sessions, event, private_key) == ["Ana Lima", "François Côté", "José Núñez"]


def test_a_damaged_byte_late_in_a_utf8_file_loses_only_its_row(
    service: SigninService, sessions: sessionmaker[Session], event: EventContext,
    private_key: nacl.public.PrivateKey, tmp_path: Path,
) -> None:  # fmt: skip
    rows = [*ROWS, ["Bad\x00", "Byte", "", "Lynn", "", "", "", "en", "no", "yes", "no"],
            ["Nguyễn", "Thị Lan", "", "Quincy", "", "", "", "vi", "no", "yes", "no"]]  # fmt: skip
    data = sheet(rows).encode("utf-8").replace(b"Bad\x00", b"Bad\xff")
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    summary = import_file(service, path)
    assert summary.encoding == "UTF-8" and summary.added == 4
    assert [line for line, _why in summary.rejected] == [5]
    assert "not UTF-8 text" in str(summary.rejected[0][1])
    assert "Nguyễn Thị Lan" in names(sessions, event, private_key)


def test_awkward_rows_are_reported_at_their_first_line_and_the_rest_kept(
    service: SigninService, sessions: sessionmaker[Session], event: EventContext,
    private_key: nacl.public.PrivateKey, tmp_path: Path,
) -> None:  # fmt: skip
    long = "x" * 131_073  # once a _csv.Error traceback
    text = (
        ",".join(HEADER)
        + "\n"
        + 'Rosa,Díaz,"4 Elm St\nApt 2",Amherst,,,,es,no,yes,no\n'  # lines 2-3: one row
        + 'Bad,"Multi\nline",,Atlantis,,,,en,no,yes,no\n'  # lines 4-5: no such town
        + f"Long,Cell,{long},Amherst,,,,en,no,yes,no\n"  # line 6
        + 'Open,"Quote,1 Main St,Amherst,,,,en,no,yes,no\n'  # line 7: a quote never closed
        + "Kim,Tran,5 Oak St,Amherst,,,,vi,no,yes,no\n"  # line 8: not swallowed by line 7
        + "Yes,Maybe,,Amherst,,,,en,maybe,yes,no\n"  # line 9
    )
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    summary = import_file(service, path)
    rejected = {line: str(why) for line, why in summary.rejected}
    assert sorted(rejected) == [4, 6, 7, 9]
    assert "not a Massachusetts town" in rejected[4]
    assert f"a cell holds 131,073 characters (at most {MAX_CELL:,})" == rejected[6]
    assert "quotes" in rejected[7]
    assert "consent_email 'maybe' is not yes or no" in rejected[9]
    assert names(sessions, event, private_key) == ["Kim Tran", "Rosa Díaz"]


def test_a_zip_beside_the_town_is_kept(
    service: SigninService, sessions: sessionmaker[Session], event: EventContext,
    private_key: nacl.public.PrivateKey, tmp_path: Path,
) -> None:  # fmt: skip
    path = tmp_path / "sheet.csv"
    path.write_text(sheet(ROWS[:1]), encoding="utf-8")
    import_file(service, path)
    with sessions() as session:
        (record,) = read_signups(session, event.event_id, Opener(private_key))
    assert (record.place, record.zip_code, record.town) == ("Chelsea", "02150", "Chelsea")


def test_importing_the_same_file_again_adds_nothing_twice(
    service: SigninService, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = [[f"Person{n}", "Same", "", "Amherst", "", "", "", "en", "no", "yes", "no"]
            for n in range(5)]  # fmt: skip
    path = tmp_path / "sheet.csv"
    path.write_text(sheet(rows), encoding="utf-8")
    first = import_file(service, path)
    again = import_file(service, path)
    assert (first.added, again.added, again.skipped) == (5, 0, 5)
    assert count(sessions) == 5


def test_a_full_disk_stops_the_import_saying_what_was_saved_and_a_rerun_finishes(
    service: SigninService, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = [[f"Person{n}", "Tran", f"{n} Main St", "Amherst", "", "", "", "en", "no", "yes",
             "no"] for n in range(60)]  # fmt: skip
    path = tmp_path / "sheet.csv"
    path.write_text(sheet(rows), encoding="utf-8")
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def small_disk(dbapi_connection: object, _record: object) -> None:
        # SQLite's own limit on the file's size: it fails as a full disk does (SQLITE_FULL).
        dbapi_connection.execute(f"PRAGMA max_page_count = {int(pages) + 4}")  # type: ignore[attr-defined]

    engine.dispose()
    sqlalchemy_event.listen(engine, "connect", small_disk)
    summary = import_file(service, path)
    assert summary.stopped == "the disk is full"
    assert summary.unsaved_from is not None and 2 < summary.unsaved_from < 62
    saved = count(sessions)
    assert summary.saved_lines == list(range(2, 2 + saved))
    report = "\n".join(report_lines(summary, "sheet.csv"))
    assert f"Not saved: line {summary.unsaved_from} and after" in report
    sqlalchemy_event.remove(engine, "connect", small_disk)
    engine.dispose()
    rerun = import_file(service, path)
    assert (rerun.skipped, rerun.added, rerun.stopped) == (saved, 60 - saved, "")
    assert count(sessions) == 60


def test_an_import_keeps_families_namesakes_and_neighbours_apart_and_merges_true_repeats(
    service: SigninService, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = [
        ["Maria", "Silva", "5 Elm St", "Salem", "", "", "", "pt", "no", "yes", "no"],
        ["Mario", "Silva", "5 Elm St", "Salem", "", "", "", "pt", "no", "yes", "no"],  # a sibling
        ["José", "García", "14 Oak St", "Lynn", "", "", "", "es", "no", "yes", "no"],
        ["José", "García", "41 Oak St", "Lynn", "", "", "", "es", "no", "yes", "no"],  # namesake
        ["Carla", "Souza", "9 Pine St", "Amherst", "", "", "", "pt", "no", "yes", "no"],
        # neighbour
        ["Carlo", "Souza", "11 Pine St", "Amherst", "", "", "", "pt", "no", "yes", "no"],
        ["Linh", "Tran", "", "Quincy", "", "tran@example.org", "", "vi", "no", "yes", "no"],
        # family email
        ["Minh", "Tran", "", "Quincy", "", "tran@example.org", "", "vi", "no", "yes", "no"],
        ["Ana", "Pereira", "3 Main St", "Salem", "", "", "617 555 0101", "pt", "no", "yes", "no"],
        # daughter
        ["Ana", "Pereira", "3 Main St", "Salem", "", "", "617 555 0199", "pt", "no", "yes", "no"],
        ["Jane", "Doe", "", "Amherst", "", "Jane.Doe@Example.com", "", "en", "no", "yes", "no"],
        # repeat
        ["jane", "doe", "", "Amherst", "", "jane.doe@example.com", "", "en", "no", "yes", "no"],
        ["Thi", "Nguyen", "25 Beacon Ave", "Salem", "", "", "", "vi", "no", "yes", "no"],
        # repeat
        ["Thị", "Nguyễn", "25 Beacon Avenue", "Salem", "", "", "", "vi", "no", "yes", "no"],
    ]  # fmt: skip
    path = tmp_path / "families.csv"
    path.write_text(sheet(rows), encoding="utf-8")
    summary = import_file(service, path)
    assert (summary.added, summary.merged, summary.rejected) == (12, 2, [])
    assert count(sessions) == 12
    reviewed = {line: str(what) for line, what in summary.suggestions}
    assert reviewed[3] == "a very similar name and address as line 2"
    assert reviewed[9] == "the same email under another name as line 8"
    assert 5 not in reviewed and 7 not in reviewed  # namesakes and neighbours: never asked
