"""Street names folded to match keys: every spelling of one street gives one key.

Census FULLNAME writes "Massachusetts Ave", "1st St", "N Main St", "St James Ave",
"State Hwy 2"; people type "Mass Ave", "First Street", "North Main Street", "Saint
James Avenue", "Route 2". `street_key` turns each of these into the same text:

    "massachusetts ave", "1 st", "n main st", "saint james ave", "route 2"

The key is [pre-directional] name-words [suffix] [post-directional]; `base_key` is the
same without the suffix, for a person who wrote "Dudley" for Dudley Street. Both sides of
a match (the imported table and what the person typed) go through the same function, so
what matters is that spellings of one street agree, not that the key reads well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.districts.names import fold
from desktop.streets.suffixes import DIRECTIONALS, SUFFIXES

_APOSTROPHES = re.compile("['\u2019\u02bc`]")  # "O'Brien" = "OBrien"; not a word break

# Ordinals in words, to a hundred and beyond: "Twenty-First" = "21st" = 21.
_UNIT_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_TEEN_ORDINALS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORDINALS = [word[:-1] + "ieth" for word in _TENS]  # twentieth ... ninetieth
_SIMPLE_ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{word: n for n, word in enumerate(_TEEN_ORDINALS, start=10)},
    **{word: n for n, word in zip(range(20, 100, 10), _TENS_ORDINALS, strict=True)},
    "hundredth": 100,
}
_TENS_VALUE = {word: n for n, word in zip(range(20, 100, 10), _TENS, strict=True)}
_NUMERIC_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")

# Words inside a name written two ways that USPS's suffix table does not cover.
_NAME_WORDS = {
    "junior": "jr",
    "monsignor": "msgr",
    "saint": "saint",
    "st": "saint",  # a "St" that is not the last word is Saint: "St James Ave"
    "ste": "sainte",
}

# Qualifiers and words for numbered routes: "State Hwy 2", "US Rte 1", "Route 9", "Rte 9".
_ROUTE_QUALIFIERS = frozenset({"state", "us", "ma", "mass", "massachusetts", "county", "co"})
_ROUTE_WORDS = frozenset({"route", "rte", "rt", "hwy", "highway", "sr", "sh"})
_ROUTE_NUMBER = re.compile(r"^\d+[a-z]?$")

# Local short forms, each standing for the name Census prints. Matched only as a whole
# name (without directional and suffix), so "Mass" inside another name is left alone.
_ALIASES_TEXT = {
    # Boston, Cambridge, Arlington, Lexington: nearly everyone says and writes "Mass Ave".
    "Mass": "Massachusetts",
    # Boston, Brookline, Newton: "Comm Ave" is how Commonwealth Avenue is written locally.
    "Comm": "Commonwealth",
    # Dorchester, South Boston: "Dot Ave" for Dorchester Avenue.
    "Dot": "Dorchester",
    # Cambridge: "Mem Drive" for Memorial Drive.
    "Mem": "Memorial",
    # Roxbury, Dorchester, Mattapan: "Blue Hill Avenue" is often written "Blue Hills"
    # (after the Blue Hills reservation it leads to) or run together as "Bluehill".
    "Blue Hills": "Blue Hill",
    "Bluehill": "Blue Hill",
    # Roxbury, Boston; Worcester: Census prints "Martin Luther King Jr Blvd"; people write
    # "MLK Blvd" or leave out the "Jr".
    "MLK": "Martin Luther King Jr",
    "MLK Jr": "Martin Luther King Jr",
    "Martin Luther King": "Martin Luther King Jr",
    # West Roxbury, Roslindale: Census prints "VFW Pkwy"; the signs say the words.
    "Veterans of Foreign Wars": "VFW",
}


@dataclass(frozen=True, slots=True)
class StreetKey:
    key: str  # "n main st"
    base: str  # "n main": the key without the suffix
    has_suffix: bool


def _ordinal_at(words: list[str], i: int) -> tuple[int, int] | None:
    """The ordinal starting at words[i] and how many words it takes, if one starts there."""
    word = words[i]
    numeric = _NUMERIC_ORDINAL.match(word)
    if numeric:
        return int(numeric.group(1)), 1
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in _TENS_VALUE and following in _SIMPLE_ORDINALS:
        value = _SIMPLE_ORDINALS[following]
        return (_TENS_VALUE[word] + value, 2) if value < 10 else None
    if word == "one" and following == "hundredth":
        return 100, 2
    if word == "hundred" or (word == "one" and following == "hundred"):
        start = i + (2 if word == "one" else 1)
        start += 1 if start < len(words) and words[start] == "and" else 0
        rest = _ordinal_at(words, start) if start < len(words) else None
        if rest and rest[0] < 100:
            return 100 + rest[0], start - i + rest[1]
        return None
    if word in _SIMPLE_ORDINALS:
        return _SIMPLE_ORDINALS[word], 1
    return None


def _name_words(words: list[str]) -> list[str]:
    """Ordinals as numbers, every other word in its USPS (or local) abbreviation."""
    out: list[str] = []
    i = 0
    while i < len(words):
        ordinal = _ordinal_at(words, i)
        if ordinal:
            out.append(str(ordinal[0]))
            i += ordinal[1]
            continue
        word = words[i]
        out.append(_NAME_WORDS.get(word) or SUFFIXES.get(word, word))
        i += 1
    return out


def _route(words: list[str]) -> list[str] | None:
    """`route 9` for "Rte 9", "Route 9", "State Hwy 9", "MA Route 9"; None for other names."""
    if words and words[0] in _ROUTE_QUALIFIERS and len(words) == 3:
        words = words[1:]
    if len(words) == 2 and words[0] in _ROUTE_WORDS and _ROUTE_NUMBER.match(words[1]):
        return ["route", words[1]]
    if len(words) == 2 and words[0] in ("i", "interstate") and _ROUTE_NUMBER.match(words[1]):
        return ["interstate", words[1]]
    return None


def _split(words: list[str]) -> tuple[str, list[str], str, str]:
    """(pre-directional, name words, suffix, post-directional), each part possibly empty."""
    post = ""
    if len(words) > 2 and words[-1] in DIRECTIONALS and words[-2] in SUFFIXES:
        post = DIRECTIONALS[words[-1]]
        words = words[:-1]
    suffix = ""
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words[-1]]
        words = words[:-1]
    pre = ""
    # A lone directional is the name itself: "North St" is not "N St" (Boston has both).
    if len(words) > 1 and words[0] in DIRECTIONALS:
        pre = DIRECTIONALS[words[0]]
        words = words[1:]
    if len(words) > 1 and words[0] == "the":  # "The Fenway" = "Fenway"
        words = words[1:]
    return pre, words, suffix, post


def _folded_words(text: str) -> list[str]:
    return fold(_APOSTROPHES.sub("", text)).split()


@lru_cache(maxsize=65_536)  # an import meets each FULLNAME many times
def street_key(text: str) -> StreetKey:
    """The match key of a street name as printed or typed."""
    words = _folded_words(text)
    route = _route(words)
    if route:
        return StreetKey(" ".join(route), " ".join(route), False)
    pre, name_words, suffix, post = _split(words)
    name = _name_words(name_words)
    name = _ALIASES.get(tuple(name), name)
    key = " ".join(filter(None, [pre, *name, suffix, post]))
    base = " ".join(filter(None, [pre, *name, post]))
    return StreetKey(key, base, bool(suffix))


def _alias_table() -> dict[tuple[str, ...], list[str]]:
    def words(text: str) -> tuple[str, ...]:
        return tuple(_name_words(_folded_words(text)))

    return {words(short): list(words(full)) for short, full in _ALIASES_TEXT.items()}


_ALIASES = _alias_table()
