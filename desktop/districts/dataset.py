"""Opening the built dataset, and the records the lookup answers with.

Everything but geometry is read into dictionaries at open (a few milliseconds);
polygons are read on the first point lookup, so a town lookup never pays for them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.districts import schema
from desktop.districts.errors import DatasetError

if TYPE_CHECKING:
    from desktop.districts.spatial import SpatialIndex

STATE_CHAMBERS = ("house", "senate")
CHAMBERS = ("house", "senate", "congress")


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    chamber: str
    district: str
    name: str
    given_name: str
    family_name: str
    party: str
    email: str | None
    phone: str | None
    office: str | None
    room: str | None
    url: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "party": self.party,
            "email": self.email,
            "phone": self.phone,
            "office": self.office,
            "room": self.room,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Seat:
    chamber: str
    district: str  # `8th Suffolk`, `Third Suffolk`, `8`
    member: Member | None

    @property
    def vacant(self) -> bool:
        return self.member is None

    def to_json(self) -> dict[str, Any]:
        district: str | int = int(self.district) if self.chamber == "congress" else self.district
        member = self.member.to_json() if self.member else None
        return {"district": district, "vacant": self.vacant, "member": member}


@dataclass(frozen=True, slots=True)
class PrecinctEntry:
    ward: str  # "-" where the town has no wards
    precinct: str  # "3", "3A"
    house: str
    senate: str
    congress: str

    def district(self, chamber: str) -> str:
        return str(getattr(self, chamber))


def district_of(record: object, chamber: str) -> str | None:
    """The district a sign-up (or anything with `house_district`...) is in for `chamber`."""
    value = getattr(record, f"{chamber}_district", None)
    return str(value) if value else None


class Dataset:
    """The offline dataset, read-only."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise DatasetError(f"{path}: the district dataset is missing; run `tabling data build`")
        self.path = path
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise DatasetError(f"{path}: cannot open the district dataset: {exc}") from exc
        try:
            self._load(connection)
        except sqlite3.Error as exc:
            raise DatasetError(f"{path}: not a district dataset ({exc})") from exc
        finally:
            connection.close()

    def _load(self, connection: sqlite3.Connection) -> None:
        self.meta = dict(connection.execute("SELECT key, value FROM meta"))
        version = self.meta.get("schema_version")
        if version != str(schema.SCHEMA_VERSION):
            raise DatasetError(
                f"{self.path}: dataset schema {version}, this app reads {schema.SCHEMA_VERSION};"
                " run `tabling data build`"
            )
        members = {
            row[0]: Member(*row) for row in connection.execute("SELECT * FROM members ORDER BY id")
        }
        self.seats: dict[tuple[str, str], Seat] = {
            (chamber, name): Seat(chamber, name, members.get(member_id) if member_id else None)
            for chamber, name, member_id in connection.execute(
                "SELECT chamber, name, member_id FROM districts"
            )
        }
        self.us_senators = tuple(
            sorted((m for m in members.values() if m.chamber == "us_senate"), key=lambda m: m.name)
        )
        self.counties = dict(connection.execute("SELECT name, county FROM towns"))
        self.precincts: dict[str, list[PrecinctEntry]] = defaultdict(list)
        for town, *entry in connection.execute("SELECT * FROM precincts ORDER BY 1, 2, 3"):
            self.precincts[town].append(PrecinctEntry(*entry))
        self.places: dict[str, tuple[str, ...]] = {}
        self.place_names: dict[str, str] = {}
        for key, name, town in connection.execute("SELECT key, name, town FROM places ORDER BY 1"):
            self.places[key] = (*self.places.get(key, ()), town)
            self.place_names[key] = name
        self.zips: dict[str, tuple[str, ...]] = {}
        for code, town in connection.execute("SELECT zip, town FROM zips ORDER BY 1, 2"):
            self.zips[code] = (*self.zips.get(code, ()), town)
        self.town_districts = {
            town: {c: frozenset(e.district(c) for e in entries) for c in CHAMBERS}
            for town, entries in self.precincts.items()
        }

    @property
    def as_of(self) -> str:
        return str(self.meta["as_of"])

    @property
    def sources(self) -> dict[str, str]:
        return dict(json.loads(self.meta.get("sources", "{}")))

    @property
    def towns(self) -> list[str]:
        return sorted(self.counties)

    def is_split(self, town: str) -> bool:
        districts = self.town_districts[town]
        return any(len(districts[c]) > 1 for c in STATE_CHAMBERS)

    @cached_property
    def spatial(self) -> SpatialIndex:
        # shapely and numpy cost ~100 ms to import: only a point lookup pays for them.
        from desktop.districts.spatial import SpatialIndex

        return SpatialIndex.from_dataset(self.path)
