"""A stack's code, printed on its cover sheet as text and QR code, and reading what was
scanned or typed back.

A stack's code is `S-` and eight letters and digits (`S-K7QX-M2PA`), so it never looks
like a letter's code (`K7QX-M2PA`, desktop/signin/letter_jobs.py): a letter scanned by
mistake is told apart. It is made from the codes of the letters the stack holds, so the
same stack printed again (or saved as a PDF, then marked printed) has the same code, and
two laptops never make the same code for different letters.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

STACK_PREFIX: Final = "S-"
_BASE32 = "[A-Z2-7]"
_LETTER = re.compile(f"{_BASE32}{{8}}")
_STACK = re.compile(f"S{_BASE32}{{8}}")


def stack_code(letter_codes: Iterable[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(letter_codes)).encode()).digest()
    raw = base64.b32encode(digest[:5]).decode()
    return f"{STACK_PREFIX}{raw[:4]}-{raw[4:8]}"


@dataclass(frozen=True)
class Scanned:
    kind: Literal["stack", "letter", "unreadable"]
    code: str  # written the way it is printed; what was typed, for "unreadable"


def read_code(text: str) -> Scanned:
    """What a scanner or a volunteer typed: case, spaces and dashes do not matter (a
    scanner set for another keyboard layout can type the dash as something else)."""
    bare = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if _STACK.fullmatch(bare):
        return Scanned("stack", f"{STACK_PREFIX}{bare[1:5]}-{bare[5:]}")
    if _LETTER.fullmatch(bare):
        return Scanned("letter", f"{bare[:4]}-{bare[4:]}")
    return Scanned("unreadable", text.strip())
