"""What legislators are called, in one place: a seat's title, and the short title of a letter.

The window says these through Qt's translations (the same words, in its .ts files); the
command line, the letters and the emails take them from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# A seat's title in each signer language, as the kiosk says it ("State Representative").
SEAT_TITLES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        "en": {"house": "State Representative", "senate": "State Senator",
               "congress": "U.S. Representative", "us_senate": "U.S. Senator"},
        "es": {"house": "Representante estatal", "senate": "Senador(a) estatal"},
        "pt": {"house": "Representante estadual", "senate": "Senador(a) estadual"},
        "ht": {"house": "Reprezantan Eta a", "senate": "Senatè Eta a"},
        "zh": {"house": "州众议员", "senate": "州参议员"},
        "vi": {"house": "Dân biểu Tiểu bang", "senate": "Thượng nghị sĩ Tiểu bang"},
    }
)  # fmt: skip
# The title before a member's name in a letter: "Dear Representative Saunders".
MEMBER_TITLES: Final[Mapping[str, str]] = MappingProxyType(
    {"house": "Representative", "senate": "Senator"}
)


def seat_title(chamber: str, language: str = "en") -> str:
    """The seat's title in `language`, else in English."""
    titles = SEAT_TITLES.get(language, SEAT_TITLES["en"])
    return titles.get(chamber) or SEAT_TITLES["en"].get(chamber, chamber)
