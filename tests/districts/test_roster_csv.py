"""The Open States bulk CSV as a roster: the same people as the YAML, errors by file and line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.districts.errors import SourceError
from desktop.districts.roster import read_roster, read_roster_csv
from tests.conftest import SOURCE_DIR, needs_sources
from tests.districts import update_server as files

HEADER = ",".join(files.OPEN_STATES_COLUMNS)


def row(**values: str) -> str:
    fields = {
        "id": "ocd-person/1", "name": "Jane Smith", "current_party": "Democratic",
        "current_district": "1st Franklin", "current_chamber": "lower", "given_name": "Jane",
        "family_name": "Smith", "email": "jane.smith@mahouse.gov",
        "capitol_address": "Room 236, State House 24 Beacon St., Boston, MA 02133",
        "capitol_voice": "617-722-2000", "links": "https://malegislature.gov/x;https://y",
    } | values  # fmt: skip
    buffer = io.StringIO()
    csv.DictWriter(buffer, files.OPEN_STATES_COLUMNS, restval="").writerow(fields)
    return buffer.getvalue().rstrip("\r\n")


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "ma.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_row_becomes_a_person_with_a_current_role(tmp_path: Path) -> None:
    (person,) = read_roster(write(tmp_path, HEADER, row()))
    assert (person.person_id, person.name, person.party) == (
        "ocd-person/1",
        "Jane Smith",
        "Democratic",
    )
    assert (person.room, person.phone, person.email) == (
        "236",
        "617-722-2000",
        "jane.smith@mahouse.gov",
    )
    assert person.url == "https://malegislature.gov/x"
    assert [(r.chamber, r.district, r.start, r.end) for r in person.roles] == [
        ("house", "1st Franklin", None, None)
    ]
    assert person.source == "ma.csv, line 2"


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"current_district": ""}, "empty current_district"),
        ({"id": "", "name": ""}, "empty id, name"),
        ({"current_chamber": "legislature"}, "current_chamber 'legislature' is not upper or lower"),
    ],
)
def test_a_bad_row_names_the_file_and_its_line(
    tmp_path: Path, values: dict[str, str], problem: str
) -> None:
    path = write(tmp_path, HEADER, row(), row(**{"id": "ocd-person/2", **values}))
    with pytest.raises(SourceError) as raised:
        read_roster_csv(path)
    assert (raised.value.path, raised.value.line, raised.value.problem) == (path, 3, problem)
    assert str(raised.value) == f"{path}, line 3: {problem}"


def test_the_line_is_where_the_record_starts_after_a_multi_line_biography(tmp_path: Path) -> None:
    path = write(
        tmp_path, HEADER, row(biography="Born in Greenfield.\nServed two terms."),
        row(id="ocd-person/1"),
    )  # fmt: skip
    with pytest.raises(SourceError, match=r"line 4: id ocd-person/1 appears twice \(also line 2\)"):
        read_roster_csv(path)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1e"])
def test_a_line_separator_inside_a_quoted_biography_is_only_text(
    tmp_path: Path, separator: str
) -> None:
    """Open States does not clean `biography`; str.splitlines would cut the record in two."""
    path = write(
        tmp_path, HEADER, row(biography=f"Born in Greenfield.{separator}Served two terms."),
        row(id="ocd-person/2", name="Rosa Lima", current_district="2nd Franklin"),
    )  # fmt: skip
    people = read_roster_csv(path)
    assert [(p.name, p.source) for p in people] == [
        ("Jane Smith", "ma.csv, line 2"), ("Rosa Lima", "ma.csv, line 3"),
    ]  # fmt: skip


def test_a_page_that_is_not_the_csv_is_named_as_such(tmp_path: Path) -> None:
    path = write(tmp_path, "<html><head><title>Sign in to Wi-Fi</title></head></html>")
    with pytest.raises(SourceError, match=r"ma\.csv, line 1: missing column\(s\) id, name"):
        read_roster_csv(path)


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "ma.csv"
    path.write_bytes(f"{HEADER}\n{row()}\n".encode() + row(name="Jos\xe9").encode("latin-1"))
    with pytest.raises(SourceError, match=r"line 3: not UTF-8 text"):
        read_roster_csv(path)


def test_an_empty_roster_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no legislators in the file"):
        read_roster_csv(write(tmp_path, HEADER))


@needs_sources
def test_the_csv_gives_the_same_people_as_the_yaml(tmp_path: Path) -> None:
    path = tmp_path / "ma.csv"
    path.write_bytes(files.roster_csv(files.roster_rows()))
    from_csv = {p.person_id: p for p in read_roster_csv(path)}
    from_yaml = {p.person_id: p for p in read_roster(SOURCE_DIR / "legislators" / "state")}
    assert from_csv.keys() == from_yaml.keys()
    fields = ("name", "given_name", "family_name", "party", "email", "phone", "office", "room")
    for person_id, person in from_yaml.items():
        current = [(r.chamber, r.district) for r in person.roles if r.end is None]
        twin = from_csv[person_id]
        assert [(r.chamber, r.district) for r in twin.roles] == current
        assert [getattr(twin, f) for f in fields] == [getattr(person, f) for f in fields]
