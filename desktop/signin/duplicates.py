"""Recognising a person who signs in twice at the same event.

The kiosk cannot read stored sign-ups back (they are sealed), so it compares slow
salted digests of the email, the phone and the normalized name and address (the
blind index). Sign-ups taken in this run of the app are also compared fuzzily
(rapidfuzz), from the values still in memory, to catch "Jon Smith, 12 Main St" after
"John Smith, 12 Main Street". Nothing here is written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.districts.names import fold

NAME_SIMILARITY = 88.0
ADDRESS_SIMILARITY = 85.0


@dataclass(frozen=True)
class BlindKeys:
    email: str | None
    phone: str | None
    name_address: str | None


@dataclass(frozen=True)
class DuplicateMatch:
    signup_id: str
    reason: str  # email | phone | name_address | similar_name_address


@dataclass
class RecentSigners:
    """This run's sign-ups, for fuzzy matching: (id, event, folded name, folded address)."""

    entries: list[tuple[str, str, str, str]] = field(default_factory=list)

    def remember(self, signup_id: str, event_id: str, name: str, address: str) -> None:
        self.entries = [e for e in self.entries if e[0] != signup_id]
        self.entries.append((signup_id, event_id, fold(name), fold(address)))

    def forget(self, signup_id: str) -> None:
        self.entries = [e for e in self.entries if e[0] != signup_id]

    def similar(self, event_id: str, name: str, address: str) -> str | None:
        from rapidfuzz import fuzz

        name, address = fold(name), fold(address)
        if not address:
            return None  # a name alone is not enough: two people may share it
        for signup_id, event, known_name, known_address in reversed(self.entries):
            if event != event_id or not known_address:
                continue
            if (
                fuzz.token_sort_ratio(name, known_name) >= NAME_SIMILARITY
                and fuzz.token_sort_ratio(address, known_address) >= ADDRESS_SIMILARITY
            ):
                return signup_id
        return None
