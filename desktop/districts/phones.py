"""One readable form for a State House phone number: `617-722-2800 x7309`.

The Legislature's API writes the same kind of number three ways: `(617) 722-1660`,
`(617) 722-2800 x7306`, and digits with the extension run on, `61772228007309`
(617-722-2800 x7309). Letters, the legislators card and the take-home card print
whatever is stored, so every form is turned into one here, before it is stored.
"""

from __future__ import annotations

import re

_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*(\d+)\s*$", re.IGNORECASE)
_NANP = 10  # a North American number: area code, exchange, line


def readable_phone(raw: str | None) -> str | None:
    """`617-722-2800 x7309` for any of the forms above; other text as given, trimmed.

    A number that is not ten digits (with an optional leading 1 and extension) is kept
    as written rather than guessed at: a volunteer can still read and dial it.
    """
    text = " ".join((raw or "").split())
    if not text:
        return None
    extension = ""
    written = _EXTENSION.search(text)
    if written:
        extension, text = written.group(1), text[: written.start()]
    digits = re.sub(r"\D", "", text)
    if re.search(r"[^\d\s().+-]", text):
        return " ".join((raw or "").split())  # letters or symbols: not a plain number
    if len(digits) > _NANP and digits.startswith("1"):
        digits = digits[1:]  # the country code: no area code starts with 1
    if len(digits) > _NANP and not extension:
        digits, extension = digits[:_NANP], digits[_NANP:]  # the extension run on
    if len(digits) != _NANP:
        return " ".join((raw or "").split())
    number = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return f"{number} x{extension}" if extension else number
