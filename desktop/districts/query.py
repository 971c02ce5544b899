"""What a person said, checked and tidied before the lookup: `LookupQuery`.

Malformed input (latitude 500, a ward without a town, nothing at all) raises
LookupInputError with one sentence a volunteer can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from desktop.districts.errors import LookupInputError

_ZIP = re.compile(r"^(\d{5})(?:-?\d{4})?$")
# Wards are numbers or letters (`3`, `C`); precincts `3`, `3A`, `A`, `A1`.
_LABEL = re.compile(r"^(?:ward|precinct|pct)?\.?\s*0*(\d*)\s*([A-Z]{0,2}\d{0,2})$", re.IGNORECASE)
NO_WARD = "-"


@dataclass(frozen=True)
class LookupQuery:
    town: str | None = None
    zip: str | None = None
    ward: str | None = None
    precinct: str | None = None
    address: str | None = None
    street: str | None = None  # house number and street alone ("123 Dudley St"); the town
    # comes from the other fields. An `address` is free text that may name the town too.
    lat: float | None = None
    lon: float | None = None

    @classmethod
    def from_strings(cls, **values: str | None) -> LookupQuery:
        """From text fields (command line, CSV, form): blanks are absent, numbers are checked."""
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise LookupInputError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
        cleaned = {k: (v.strip() if v and v.strip() else None) for k, v in values.items()}
        lat, lon = cleaned.pop("lat", None), cleaned.pop("lon", None)
        return cls(**cleaned, lat=_coordinate(lat, "latitude"), lon=_coordinate(lon, "longitude"))

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def _coordinate(text: str | None, what: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise LookupInputError(f"The {what} {text!r} is not a number.") from None


def check(query: LookupQuery) -> LookupQuery:
    """The query with its ZIP, ward and precinct in canonical form; raises on nonsense."""
    if query.is_empty():
        raise LookupInputError(
            "Nothing to look up: give a town, ZIP code, address, ward and precinct, or a point."
        )
    if (query.lat is None) != (query.lon is None):
        raise LookupInputError("Give both latitude and longitude, or neither.")
    if query.lat is not None and not -90 <= query.lat <= 90:
        raise LookupInputError(f"Latitude {query.lat:g} is outside -90 to 90.")
    if query.lon is not None and not -180 <= query.lon <= 180:
        raise LookupInputError(f"Longitude {query.lon:g} is outside -180 to 180.")
    if (query.ward or query.precinct) and not (query.town or query.address or query.zip):
        raise LookupInputError("A ward or precinct needs a town: give the town as well.")
    if query.street and not (query.town or query.address or query.zip):
        raise LookupInputError("A street address needs a town or ZIP code as well.")
    return LookupQuery(
        town=query.town,
        zip=normalize_zip(query.zip) if query.zip else None,
        ward=normalize_ward(query.ward) if query.ward else None,
        precinct=normalize_precinct(query.precinct) if query.precinct else None,
        address=query.address,
        street=query.street,
        lat=query.lat,
        lon=query.lon,
    )


def normalize_zip(text: str) -> str:
    match = _ZIP.match(text.strip())
    if not match:
        raise LookupInputError(f"The ZIP code {text!r} is not five digits.")
    return match.group(1)


def _label(text: str, what: str, example: str) -> str:
    match = _LABEL.match(text.strip())
    if not match or not (match.group(1) or match.group(2)):
        raise LookupInputError(f"The {what} {text!r} is not a {what} (like {example}).")
    return f"{match.group(1)}{match.group(2).upper()}"


def normalize_ward(text: str) -> str:
    if text.strip() in (NO_WARD, ""):
        return NO_WARD
    return _label(text, "ward", "3 or C")


def normalize_precinct(text: str) -> str:
    return _label(text, "precinct", "3 or 3A")


def is_sub_precinct(given: str, listed: str) -> bool:
    """Whether `listed` is a part of precinct `given`: 3A and 3B of 3, A1 of A (not 31 of 3)."""
    if len(listed) <= len(given) or not listed.startswith(given):
        return False
    return given[-1].isdigit() != listed[len(given)].isdigit()


def is_massachusetts_zip(code: str) -> bool:
    """ZIP prefixes 010-027 and 055 are Massachusetts'."""
    return "010" <= code[:3] <= "027" or code[:3] == "055"
