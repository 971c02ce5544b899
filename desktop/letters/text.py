"""Safe paragraph markup from text a signer typed, with a font for every script.

ReportLab's Paragraph reads its text as markup: `<b>`, `<font size=40>`, `<img src=...>`
and `&` mean something to it. Everything a signer typed is therefore escaped first, and
only then wrapped in markup of our own: `<font name="DroidSansFallback">` around runs of
characters DejaVu Sans lacks (Chinese and the like; ReportLab has no font fallback of
its own) and `<br/>` for line breaks. A character no bundled font has prints as U+FFFD
(one per run) and is reported, never as a silent empty box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape

from desktop.letters import fonts
from desktop.letters.model import NOTE_LIMIT

REPLACEMENT: Final = "\ufffd"
ELLIPSIS: Final = "\u2026"
NOTE_BREAKS: Final = 4  # line breaks kept in a personal note; further ones become spaces

_PRINTABLE_ASCII: Final = frozenset(chr(c) for c in range(0x20, 0x7F))
_PIECES: Final = re.compile(
    r"[ -~]+|[^ -~]", re.DOTALL
)  # runs of printable ASCII, or one character
_ENTITIES: Final = {'"': "&quot;", "'": "&#39;"}
_SPACING: Final = str.maketrans(
    {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\t": " ", "\v": " ", "\f": " "}
)


@dataclass(frozen=True)
class Marked:
    """Paragraph markup for one text, and the characters no bundled font has (each once)."""

    markup: str
    missing: str = ""


def quote(text: str) -> str:
    """`text` with `<`, `>`, `&` and both quotes escaped: literal in any Paragraph."""
    return escape(text, _ENTITIES)


def one_line(text: str) -> str:
    """A name, address or town as printed: NFC, every run of spaces and breaks one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def note_text(text: str, limit: int = NOTE_LIMIT) -> tuple[str, bool]:
    """The personal note as printed, and whether it had to be cut.

    Spaces are folded inside each line and blank lines dropped; the first NOTE_BREAKS line
    breaks are kept and later lines run on after a space, so no note can fill the page with
    empty lines. A note over `limit` characters is cut there and ends with an ellipsis.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).translate(_SPACING)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    kept = [*lines[:NOTE_BREAKS], " ".join(lines[NOTE_BREAKS:])]
    note = "\n".join(line for line in kept if line)
    if len(note) <= limit:
        return note, False
    return note[: limit - 1].rstrip() + ELLIPSIS, True


def markup(text: str, *, bold: bool = False) -> Marked:
    """Paragraph markup that prints `text` literally, each character in a font that has it.

    The paragraph's own font is DejaVu Sans (Bold when `bold`); other runs are wrapped in
    `<font name=...>`. Line breaks become `<br/>`; control and format characters (direction
    overrides, zero-width joiners) are dropped, so nothing typed can change the layout.
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and text.isprintable():
        return Marked(quote(text))
    cover = fonts.coverage()
    primary = fonts.BOLD if bold else fonts.REGULAR
    runs: list[tuple[str, list[str]]] = []  # (font, pieces of text)
    missing: dict[str, None] = {}
    for piece in _PIECES.findall(text.replace("\r\n", "\n").translate(_SPACING)):
        font: str | None
        if piece[0] in _PRINTABLE_ASCII:  # a run of them: every face has every one
            font = runs[-1][0] if piece == " " and runs else primary
        elif piece == "\n":
            font = runs[-1][0] if runs else primary
        elif fonts.is_invisible(piece):
            continue
        else:
            font = cover.font_for(piece, bold=bold)
            if font is None and piece.isspace():
                piece, font = " ", primary
            elif font is None:
                missing[fonts.shown(piece)] = None
                if runs and runs[-1][1] and runs[-1][1][-1] == REPLACEMENT:
                    continue
                piece, font = REPLACEMENT, primary
        if runs and runs[-1][0] == font:
            runs[-1][1].append(piece)
        else:
            runs.append((font, [piece]))
    return Marked("".join(_run(font, chars, primary) for font, chars in runs), "".join(missing))


def _run(font: str, chars: list[str], primary: str) -> str:
    piece = quote("".join(chars)).replace("\n", "<br/>")
    return piece if font == primary else f'<font name="{font}">{piece}</font>'
