"""State House rooms as the roster writes them, put in walking order: floor by floor, up.

The roster writes "146", "413-D", "B-2", "Room 109-B", "3rd floor, room 347"... A room's
floor is the one written, else its hundreds ("413-D" is on the 4th floor, "21" on the
ground floor); "B-2" is in the basement. A room that cannot be read keeps its text as
given and goes after every room that can; an office with no room at all goes last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

BASEMENT: Final = -1

_FLOOR = re.compile(r"\b(\d+)\s*(?:st|nd|rd|th)?\s+floor\b|\bfloor\s+(\d+)\b", re.IGNORECASE)
_BASEMENT_WORD = re.compile(r"\bbasement\b", re.IGNORECASE)
# What is left once "room" and a written floor are taken out: "413-D", "413D", "B-2", "B2".
_ROOM = re.compile(r"^(?P<basement>B\s*-?\s*)?(?P<number>\d+)\s*-?\s*(?P<suffix>[A-Z]?)$", re.I)
_ROOM_WORD = re.compile(r"\b(?:room|rm\.?)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Room:
    text: str  # as the roster wrote it ("" for none)
    floor: int | None = None  # BASEMENT, 0 (ground), 1, 2...; None: not understood
    number: int = 0
    suffix: str = ""  # "D" of "413-D"

    @property
    def understood(self) -> bool:
        return self.floor is not None


def parse_room(text: str | None) -> Room:
    raw = (text or "").strip()
    rest = raw
    written_floor: int | None = None
    floor_match = _FLOOR.search(rest)
    if floor_match:
        written_floor = int(floor_match[1] or floor_match[2])
        rest = rest[: floor_match.start()] + rest[floor_match.end() :]
    basement_word = _BASEMENT_WORD.search(rest)
    if basement_word:
        rest = rest[: basement_word.start()] + rest[basement_word.end() :]
    rest = _ROOM_WORD.sub("", rest).strip(" ,;:#")
    match = _ROOM.match(rest)
    if not raw or match is None:
        return Room(raw)
    number = int(match["number"])
    if match["basement"] or basement_word:
        floor = BASEMENT
    elif written_floor is not None:
        floor = written_floor
    else:
        floor = number // 100
    return Room(raw, floor, number, match["suffix"].upper())


def room_key(text: str | None) -> tuple[int, int, int, str, str]:
    """Sort rooms in walking order: understood ones by floor, number and letter; then the
    rest by their text; then no room."""
    room = parse_room(text)
    if room.floor is not None:
        return (0, room.floor, room.number, room.suffix, "")
    if room.text:
        return (1, 0, 0, "", room.text.casefold())
    return (2, 0, 0, "", "")


def floor_name(floor: int | None) -> str:
    """How a route sheet heads a floor (English: the sheet is for the State House)."""
    if floor is None:
        return "Rooms not understood (as the roster writes them)"
    if floor == BASEMENT:
        return "Basement"
    if floor == 0:
        return "Ground floor"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(floor if floor < 20 else floor % 10, "th")
    return f"{floor}{suffix} floor"
