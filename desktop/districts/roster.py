"""The legislator roster (Open States people): who holds which seat today.

Two forms: the people YAML (one file each, as in ../shared/data/ma/legislators) and the
bulk CSV Open States publishes per state (data.openstates.org/people/current/ma.csv,
what `tabling data update` downloads). Both become the same Person records.

A YAML file can list past roles beside the current one; the current role is the one
with no end date or an end date after the dataset's "as of" date. Past members of a
seat are ignored. The CSV carries only each person's current role. Matching to the
district maps happens in build.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.districts.errors import SourceError

STATE_JURISDICTION = "ocd-jurisdiction/country:us/state:ma/government"
US_JURISDICTION = "ocd-jurisdiction/country:us/government"
_ROOM = re.compile(r"\bRoom\s+([0-9A-Za-z-]+)", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class Role:
    chamber: str  # house | senate | congress | us_senate
    district: str  # as the roster spells it
    start: dt.date | None
    end: dt.date | None

    def current_on(self, as_of: dt.date) -> bool:
        started = self.start is None or self.start <= as_of
        return started and (self.end is None or self.end > as_of)


@dataclass(frozen=True)
class Person:
    source: str  # file name, for messages
    person_id: str
    name: str
    given_name: str
    family_name: str
    party: str
    email: str | None
    phone: str | None
    office: str | None
    room: str | None
    url: str | None
    roles: tuple[Role, ...]


def _date(value: Any, path: Path, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise SourceError(path, f"{what} {value!r} is not a date (YYYY-MM-DD)") from exc


def _chamber(role: dict[str, Any]) -> str | None:
    kind, jurisdiction = role.get("type"), role.get("jurisdiction")
    if jurisdiction == STATE_JURISDICTION:
        return {"lower": "house", "upper": "senate"}.get(str(kind))
    if jurisdiction == US_JURISDICTION:
        return {"lower": "congress", "upper": "us_senate"}.get(str(kind))
    return None


def _current_party(parties: list[dict[str, Any]]) -> str:
    open_ended = [p for p in parties if not p.get("end_date")]
    chosen = (open_ended or parties or [{}])[-1]
    return str(chosen.get("name") or "")


def _capitol_office(offices: list[dict[str, Any]]) -> dict[str, Any]:
    capitol = [o for o in offices if o.get("classification") == "capitol"]
    return (capitol or offices or [{}])[0]


def _profile_url(links: list[dict[str, Any]]) -> str | None:
    for link in links:
        url = link.get("url")
        if url and "contact" not in str(link.get("note") or ""):
            return str(url)
    return None


def parse_person(path: Path, document: Any) -> Person:
    if not isinstance(document, dict) or not document.get("name"):
        raise SourceError(path, "not an Open States person (no name)")
    roles = []
    for role in document.get("roles") or []:
        chamber = _chamber(role)
        if chamber is None:
            continue
        district = str(role.get("district") or "")
        if not district:
            raise SourceError(path, f"a {chamber} role has no district")
        start = _date(role.get("start_date"), path, "start_date")
        end = _date(role.get("end_date"), path, "end_date")
        roles.append(Role(chamber, district, start, end))
    office = _capitol_office(document.get("offices") or [])
    address = " ".join(str(office.get("address") or "").split()) or None
    room = _ROOM.search(address or "")
    email = str(document.get("email") or "").strip()
    return Person(
        source=path.name,
        person_id=str(document.get("id") or path.stem),
        name=str(document["name"]),
        given_name=str(document.get("given_name") or ""),
        family_name=str(document.get("family_name") or ""),
        party=_current_party(document.get("party") or []),
        email=email if _EMAIL.match(email) else None,
        phone=str(office.get("voice") or "") or None,
        office=address,
        room=room.group(1) if room else None,
        url=_profile_url(document.get("links") or []),
        roles=tuple(roles),
    )


def read_roster(folder: Path) -> list[Person]:
    """The people in a folder of Open States YAML files, or in an Open States CSV file."""
    if folder.suffix.lower() == ".csv" and not folder.is_dir():
        return read_roster_csv(folder)
    import yaml  # build-time only

    if not folder.is_dir():
        raise SourceError(folder, "roster folder not found")
    people = []
    for path in sorted(folder.glob("*.yml")):
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise SourceError(
                path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line
            ) from exc
        people.append(parse_person(path, document))
    if not people:
        raise SourceError(folder, "no .yml files")
    return people


# The bulk CSV's columns this reader uses (Open States writes more: gender, image, ...).
CSV_COLUMNS = (
    "id", "name", "current_party", "current_district", "current_chamber", "given_name",
    "family_name", "email", "links", "capitol_address", "capitol_voice",
)  # fmt: skip
_CSV_CHAMBERS = {"lower": "house", "upper": "senate"}


def _csv_person(path: Path, line: int, row: dict[str, str]) -> Person:
    values = {column: " ".join((row.get(column) or "").split()) for column in CSV_COLUMNS}
    empty = [c for c in ("id", "name", "current_district", "current_chamber") if not values[c]]
    if empty:
        raise SourceError(path, f"empty {', '.join(empty)}", line)
    chamber = _CSV_CHAMBERS.get(values["current_chamber"])
    if chamber is None:
        raise SourceError(
            path, f"current_chamber {values['current_chamber']!r} is not upper or lower", line
        )
    address = values["capitol_address"] or None
    room = _ROOM.search(address or "")
    links = [url.strip() for url in values["links"].split(";") if url.strip()]
    return Person(
        source=f"{path.name}, line {line}",
        person_id=values["id"],
        name=values["name"],
        given_name=values["given_name"],
        family_name=values["family_name"],
        party=values["current_party"],
        email=values["email"] if _EMAIL.match(values["email"]) else None,
        phone=values["capitol_voice"] or None,
        office=address,
        room=room.group(1) if room else None,
        url=links[0] if links else None,
        # The CSV lists each person's current role only, without its dates.
        roles=(Role(chamber, values["current_district"], None, None),),
    )


def read_roster_csv(path: Path) -> list[Person]:
    """The Open States bulk people CSV for the state legislature (no U.S. delegation)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(path, "file not found") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(path, "not UTF-8 text", raw[: exc.start].count(b"\n") + 1) from exc
    # newline="": only CR and LF end a record. str.splitlines would also break a quoted
    # field (a biography) at U+2028, U+0085 or a form feed, and fail the whole roster.
    reader = csv.DictReader(io.StringIO(text, newline=""))
    people: list[Person] = []
    first_line: dict[str, int] = {}
    try:
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            # A captive portal's login page or an error page lands here, not as a roster.
            raise SourceError(
                path,
                f"missing column(s) {', '.join(missing)}: not an Open States people CSV",
                1,
            )
        end = reader.line_num
        for row in reader:
            # A quoted field (a biography) can span lines: name the line the record starts on.
            line, end = end + 1, reader.line_num
            person = _csv_person(path, line, row)
            earlier = first_line.setdefault(person.person_id, line)
            if earlier != line:
                raise SourceError(
                    path, f"id {person.person_id} appears twice (also line {earlier})", line
                )
            people.append(person)
    except csv.Error as exc:
        raise SourceError(path, f"not a valid CSV: {exc}", reader.line_num) from exc
    if not people:
        raise SourceError(path, "no legislators in the file")
    return people


def roster_as_of(people: list[Person], today: dt.date) -> dt.date:
    """The newest change the roster records: its latest start, or a later end already past.

    Scheduled term ends (a U.S. Senator's 2030) are not changes yet and do not count.
    """
    dates = [r.start for p in people for r in p.roles if r.start is not None]
    dates += [r.end for p in people for r in p.roles if r.end is not None and r.end <= today]
    if not dates:
        raise ValueError("the roster has no dated roles")
    return max(dates)
