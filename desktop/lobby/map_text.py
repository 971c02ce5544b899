"""What the maps say and how they colour it, without matplotlib: the window builds a
MapText in the volunteer's language before any map is drawn (desktop/lobby/maps.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

# Lower bounds of the sign-up classes, and their fills (ColorBrewer Blues, 6 classes).
CLASS_BOUNDS = (0, 5, 10, 25, 50, 100)
CLASS_COLOURS = ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
# Okabe-Ito colours, told apart with every common colour blindness.
POSITION_COLOURS = {
    "supports": "#009E73",
    "undecided": "#F0E442",
    "opposes": "#D55E00",
    "not_said": "#56B4E9",
}
NOT_VISITED_COLOUR = "#eeeeee"


def signup_class(count: int) -> int:
    """The index of the class `count` falls in (0: fewer than 5)."""
    return max(i for i, bound in enumerate(CLASS_BOUNDS) if count >= bound)


@dataclass(frozen=True)
class MapText:
    """The words on the maps: English by default; the window passes its translations."""

    signups_title: str = "Sign-ups by district"
    positions_title: str = "Positions after the visits, by district"
    chambers: Mapping[str, str] = field(
        default_factory=lambda: {"house": "House districts", "senate": "Senate districts"}
    )
    inset: str = "Greater Boston"
    classes: Sequence[str] = (
        "fewer than 5",
        "5 to 9",
        "10 to 24",
        "25 to 49",
        "50 to 99",
        "100 or more",
    )
    positions: Mapping[str, str] = field(
        default_factory=lambda: {
            "supports": "Supports",
            "undecided": "Undecided",
            "opposes": "Opposes",
            "not_said": "Did not say",
        }
    )
    not_visited: str = "Not visited"
