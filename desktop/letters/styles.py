"""Paragraph styles at a few sizes: a page that does not fit at one tries the next.

A letter's length depends on what the signer typed (a long name, a long address, a
note of up to NOTE_LIMIT characters, Chinese wider than Latin), so its styles come in
steps, each a little smaller and tighter than the one before. stack.fit() takes the
first step at which the page fits.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.letters import fonts

GREY: Final = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Scale:
    size: float  # body font size, points
    leading: float  # baseline to baseline
    gap: float  # between paragraphs
    block: float  # between blocks: return address, inside address, body, closing
    sign: float  # room to sign above the signature line


SCALES: Final = (
    Scale(10.5, 13.8, 7.0, 16.0, 34.0),
    Scale(10.0, 12.8, 5.0, 11.0, 30.0),
    Scale(9.5, 11.8, 3.5, 8.0, 26.0),
    Scale(9.0, 10.9, 2.5, 6.0, 22.0),
)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # the letter's paragraphs: space after each
    line: ParagraphStyle  # an address line: no space after
    bold_line: ParagraphStyle
    right: ParagraphStyle  # the date, beside the return address
    title: ParagraphStyle  # a cover sheet's or card's heading
    heading: ParagraphStyle  # a bold line with space before it
    centered: ParagraphStyle
    small: ParagraphStyle


@functools.cache
def styles(scale: Scale) -> Styles:
    fonts.register_fonts()
    base: dict[str, Any] = {
        "fontName": fonts.REGULAR,
        "fontSize": scale.size,
        "leading": scale.leading,
        "splitLongWords": 1,
    }
    line = ParagraphStyle("line", **base)
    bold_line = ParagraphStyle("bold-line", **base | {"fontName": fonts.BOLD})
    title_size = scale.size * 1.6
    return Styles(
        body=ParagraphStyle("body", **base, spaceAfter=scale.gap),
        line=line,
        bold_line=bold_line,
        right=ParagraphStyle("right", parent=line, alignment=TA_RIGHT),
        title=ParagraphStyle(
            "title",
            parent=bold_line,
            fontSize=title_size,
            leading=title_size * 1.25,
            spaceAfter=scale.block,
        ),
        heading=ParagraphStyle("heading", parent=bold_line, spaceBefore=scale.block),
        centered=ParagraphStyle("centered", parent=line, alignment=TA_CENTER),
        small=ParagraphStyle(
            "small",
            parent=line,
            fontSize=scale.size * 0.8,
            leading=scale.leading * 0.8,
            textColor=GREY,
        ),
    )
