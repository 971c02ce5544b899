"""Free-text addresses: the parts that can place a person (town, village, ZIP, state).

`usaddress` labels the parts of a US address. People write more loosely than it
expects ("Hyde Park, Boston", "East Boston 02128"), so beside its PlaceName every
comma-separated part is offered as a place phrase too, and, as a last resort, the
last few words of each part. The lookup keeps the phrases that name a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import usaddress

_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")
_STREET_LABELS = (
    "AddressNumber",
    "StreetNamePreDirectional",
    "StreetNamePreType",
    "StreetName",
    "StreetNamePostType",
    "StreetNamePostDirectional",
)
_MAX_TRAILING_WORDS = 4


@dataclass(frozen=True)
class ParsedAddress:
    street: str | None  # `123 Dudley St`, when the text has a house number and street
    house_number: str | None  # `123`
    street_name: str | None  # `Dudley St`
    places: tuple[str, ...]  # phrases that may name a town or village, best first
    fallback_places: tuple[str, ...]  # trailing words of each part, tried when none of those match
    zip: str | None
    state: str | None


def _labels(text: str) -> dict[str, str]:
    try:
        tagged, _kind = usaddress.tag(text)
        return dict(tagged)
    except usaddress.RepeatedLabelError:
        labels: dict[str, str] = {}
        for token, label in usaddress.parse(text):
            labels.setdefault(label, " ".join(filter(None, [labels.get(label), token])))
        return labels


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        cleaned = " ".join(item.strip(" ,.;").split())
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def parse_address(text: str) -> ParsedAddress:
    labels = _labels(text)
    zip_match = _ZIP.search(labels.get("ZipCode", "")) or _ZIP.search(text)
    state = labels.get("StateName")
    street_parts = [labels[label] for label in _STREET_LABELS if label in labels]
    has_street = "AddressNumber" in labels and "StreetName" in labels
    street = " ".join(street_parts) if has_street else None

    remainder = _ZIP.sub(" ", text)
    if state:
        remainder = re.sub(rf"\b{re.escape(state)}\b\.?", " ", remainder)
    chunks = [c for c in remainder.split(",") if c.strip()]
    named = [*labels.get("PlaceName", "").split(","), *chunks]
    for label in ("LandmarkName", "Recipient", "NotAddress"):
        named += labels.get(label, "").split(",")
    trailing = []
    for chunk in chunks:
        words = chunk.split()
        for count in range(min(_MAX_TRAILING_WORDS, len(words)), 0, -1):
            trailing.append(" ".join(words[-count:]))
    return ParsedAddress(
        street=street,
        house_number=labels["AddressNumber"].strip(" ,.") if has_street else None,
        street_name=" ".join(street_parts[1:]).strip(" ,.") if has_street else None,
        places=_unique(named),
        fallback_places=_unique(trailing),
        zip=zip_match.group(1) if zip_match else None,
        state=state.strip(" .") if state else None,
    )
