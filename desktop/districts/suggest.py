"""Close place names for a name we do not know: `Worchester` → Worcester."""

from __future__ import annotations

from desktop.districts.names import place_key

_LIMIT = 5
_CUTOFF = 80.0


def suggest_places(text: str, place_names: dict[str, str]) -> tuple[str, ...]:
    """Display names of the places whose keys are closest to the text's, best first."""
    from rapidfuzz import fuzz, process  # imported when first needed: start-up stays quick

    key = place_key(text)
    if not key:
        return ()
    matches = process.extract(
        key, list(place_names), scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=_CUTOFF
    )
    return tuple(dict.fromkeys(place_names[match] for match, _score, _index in matches))
