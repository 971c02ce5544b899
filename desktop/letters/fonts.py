"""The bundled TrueType fonts, registered with ReportLab once, and what they cover.

ReportLab has no automatic font fallback: a character the paragraph's font lacks prints
as an empty box. So every text goes through text.markup(), which picks, character by
character, the first bundled font that has it (DejaVu Sans for Latin with every
diacritic, Greek and Cyrillic; Droid Sans Fallback for Chinese and Japanese; it has next
to no Korean Hangul), and reports the characters none has.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop import paths

REGULAR: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
CJK: Final = "DroidSansFallback"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_INVISIBLE: Final = frozenset({"Cc", "Cf", "Zl", "Zp"})

_lock = threading.Lock()
_coverage: Coverage | None = None


@dataclass(frozen=True)
class Coverage:
    """The code points each bundled font has a glyph for."""

    regular: frozenset[int]
    bold: frozenset[int]
    cjk: frozenset[int]

    def font_for(self, char: str, *, bold: bool = False) -> str | None:
        """The first bundled font with a glyph for `char`, in the order a paragraph tries them.

        Bold text falls back to the regular face for the few characters only it has, then
        to the CJK font (which has a single weight). None: no bundled font has it.
        """
        point = ord(char)
        if bold and point in self.bold:
            return BOLD
        if point in self.regular:
            return REGULAR
        if point in self.cjk:
            return CJK
        return None

    def covers(self, char: str) -> bool:
        point = ord(char)
        return point in self.regular or point in self.cjk


def fonts_dir() -> Path:
    """The bundled fonts and their licences: resources/fonts/ (in the project or the bundle)."""
    return paths.resource_path("fonts")


def register_fonts() -> Coverage:
    """Register the bundled fonts with ReportLab (the first call only) and say what they cover.

    Safe to call from any thread and as often as wanted. Also registers the font families,
    so that `<b>` picks DejaVu Sans Bold, and `<font name="...">` inside bold text picks
    exactly the font named.
    """
    global _coverage
    with _lock:
        if _coverage is None:
            _coverage = _register()
        return _coverage


def coverage() -> Coverage:
    return register_fonts()


def uncovered(text: str) -> str:
    """The characters of `text` that no bundled font has, each once, in order of appearance.

    Line breaks, tabs and other control or formatting characters are not counted: they
    are never printed as glyphs (text.markup drops them or turns them into breaks).
    """
    if text.isascii() and text.isprintable():
        return ""
    cover = coverage()
    missing: dict[str, None] = {}
    for char in text:
        if not cover.covers(char) and not is_invisible(char):
            missing[shown(char)] = None
    return "".join(missing)


def shown(char: str) -> str:
    """`char` as reported: a lone surrogate (from text decoded wrongly, not from any
    keyboard) as U+FFFD, so that a report can be printed, logged or shown by Qt."""
    return "\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char


def is_invisible(char: str) -> bool:
    """Whether `char` is never drawn as a glyph: controls, format characters (zero-width
    joiners, direction marks and overrides, the byte-order mark), line and paragraph
    separators, and variation selectors (which only choose between forms of the character
    before them)."""
    point = ord(char)
    if 0xFE00 <= point <= 0xFE0F or 0xE0100 <= point <= 0xE01EF:
        return True
    return unicodedata.category(char) in _INVISIBLE


def _register() -> Coverage:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    points: dict[str, frozenset[int]] = {}
    for name, file in _FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        glyphs: dict[int, int] = font.face.charToGlyph
        points[name] = frozenset(point for point, glyph in glyphs.items() if glyph)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return Coverage(regular=points[REGULAR], bold=points[BOLD], cjk=points[CJK])
