"""Spellings of district and place names, folded to keys that compare equal.

The sources spell the same district differently: `4th Hampden` (House shapefile,
Open States), `Fourth Hampden` (precinct table), `Thirty-Seventh Middlesex`,
`First Plymouth & Norfolk` beside `First Plymouth and Norfolk`. People type place
names in any case, with or without accents and punctuation. Everything here turns
such text into a key; two spellings of one thing give one key.
"""

from __future__ import annotations

import re
import unicodedata

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}

_NUMERIC_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)?$")


def fold(text: str) -> str:
    """Lower case, accents removed, `&` as `and`, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    no_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = no_accents.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", lowered).split())


def _leading_ordinal(words: list[str]) -> tuple[int, int] | None:
    """The number a district name starts with, and how many words it took."""
    if not words:
        return None
    first = words[0]
    numeric = _NUMERIC_ORDINAL.match(first)
    if numeric:
        return int(numeric.group(1)), 1
    if first in _UNITS:
        return _UNITS[first], 1
    if first in _TEENS:
        return _TEENS[first], 1
    if first in _TENS_ORDINAL:
        return _TENS_ORDINAL[first], 1
    if first in _TENS and len(words) > 1 and words[1] in _UNITS:
        return _TENS[first] + _UNITS[words[1]], 2
    return None


def district_key(name: str) -> str:
    """A key equal for every spelling of one district: `4 hampden`, `2 plymouth and norfolk`."""
    words = fold(name.replace(",", " ")).split()
    ordinal = _leading_ordinal(words)
    if ordinal is None:
        return " ".join(words)
    number, used = ordinal
    return " ".join([str(number), *words[used:]])


def ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


_STATE_SUFFIX = re.compile(r"\s+(ma|mass|massachusetts)$")
_WORD_FORMS = {
    "mt": "mount",
    "ft": "fort",
    "gt": "great",
    "e": "east",
    "w": "west",
    "n": "north",
    "s": "south",
}


def _word_form(word: str) -> str:
    word = _WORD_FORMS.get(word, word)
    # `Middleboro` and `Middleborough` are one town; no two towns differ only so.
    return word[:-4] + "borough" if word.endswith("boro") else word


def place_key(text: str) -> str:
    """A key for a place name as people type it.

    `MANCHESTER BY THE SEA` = `Manchester-by-the-Sea`, `East Hampton` = `Easthampton`,
    `Middleboro` = `Middleborough`, `Mt Washington` = `Mount Washington`.
    """
    folded = _STATE_SUFFIX.sub("", fold(text))
    return "".join(_word_form(word) for word in folded.split())
