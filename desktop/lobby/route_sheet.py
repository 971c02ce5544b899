"""The route sheet: the event's stacks in walking order, floor by floor, each with its
member, district, room, letter count, stack code and a box to tick; on one or two pages.

A long run is set smaller until it fits two pages: smaller type, then the page turned
sideways with two columns of offices (about 150 offices fit two pages so); beyond that
(every office of the State House, about 200) it takes the pages it needs. English, like
the cover sheets: it is carried through the State House.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.letters import fonts
from desktop.letters.pdf import atomic_path
from desktop.letters.styles import GREY, Scale, styles
from desktop.letters.text import markup
from desktop.lobby.delivery import StackView
from desktop.lobby.rooms import floor_name, parse_room

MARGIN: Final = 36.0


@dataclass(frozen=True)
class Layout:
    size: float  # font size, points
    columns: int  # 1: a portrait page; 2: a landscape page in two columns


LAYOUTS: Final = (Layout(9.5, 1), Layout(8.0, 1), Layout(7.0, 2), Layout(6.0, 2))
MAX_PAGES: Final = 2
COLUMNS: Final = ("", "Room", "Member", "District", "Letters", "Stack")
CHAMBERS: Final = {"house": "House", "senate": "Senate"}


@dataclass(frozen=True)
class RouteSheet:
    pages: int
    stacks: int
    letters: int


class TickBox(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A square to tick by hand; ticked already when the app knows the stack delivered."""

    def __init__(self, side: float, ticked: bool) -> None:
        super().__init__()
        self.side, self.ticked = side, ticked

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        s = self.side
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, s, s)
        if self.ticked:
            self.canv.setLineWidth(1.4)
            self.canv.lines(
                [(s * 0.2, s * 0.5, s * 0.42, s * 0.2), (s * 0.42, s * 0.2, s * 0.85, s * 0.85)]
            )


def _local(when: dt.datetime) -> str:
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def _page(layout: Layout) -> tuple[float, float]:
    width, height = LETTER
    return (height, width) if layout.columns > 1 else (width, height)  # sideways: landscape


GUTTER: Final = MARGIN / 2


def _column_width(layout: Layout) -> float:
    return (_page(layout)[0] - 2 * MARGIN - GUTTER * (layout.columns - 1)) / layout.columns


def _story(title: str, stacks: Sequence[StackView], layout: Layout) -> list[Any]:
    size = layout.size
    scale = Scale(size, size * 1.25, size * 0.5, size, size)
    s = styles(scale)
    letters = sum(v.letters for v in stacks)
    offices = len({(v.member_name, v.room) for v in stacks})
    head = [Paragraph(f"<b>{c}</b>", s.line) for c in COLUMNS]
    rows: list[list[Any]] = [head]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    floor: object = object()
    for number, view in enumerate(stacks, start=1):
        room = parse_room(view.room)
        here = room.floor if room.understood else (None if room.text else "none")
        if here != floor:
            floor = here
            heading = "No room known" if here == "none" else floor_name(room.floor)
            spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([Paragraph(f"<b>{heading}</b>", s.line), "", "", "", "", ""])
        code = markup(view.code).markup
        if view.delivered_at is not None:
            code += f"<br/>(delivered {_local(view.delivered_at)})"
        chamber = CHAMBERS.get(view.chamber, view.chamber)
        district = f"{view.district} ({chamber})" if view.district else chamber
        rows.append(
            [
                TickBox(size * 1.3, view.delivered),
                Paragraph(markup(view.room or "?").markup, s.line),
                Paragraph(f"{number}. {markup(view.member_name).markup}", s.line),
                Paragraph(markup(district).markup, s.line),
                Paragraph(str(view.letters), s.right),
                Paragraph(code, s.line),
            ]
        )
    width = _column_width(layout)
    table = Table(
        rows,
        colWidths=[width * f for f in (0.05, 0.09, 0.26, 0.3, 0.09, 0.21)],
        repeatRows=1,
        style=TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.2),
                ("LEFTPADDING", (0, 0), (-1, -1), size * 0.4),
                ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.4),
                *spans,
            ]
        ),
    )
    summary = (
        f"{len(stacks)} {'stack' if len(stacks) == 1 else 'stacks'}, {letters} "
        f"{'letter' if letters == 1 else 'letters'}, to {offices} "
        f"{'office' if offices == 1 else 'offices'}. Tick each box as the stack is left, and "
        "scan its cover sheet's code (or type it) in the Delivery tab."
    )
    return [
        Paragraph(markup(title).markup, s.title),
        Paragraph(summary, s.body),
        Spacer(1, size),
        table,
    ]


def _build(target: Any, title: str, stacks: Sequence[StackView], layout: Layout) -> int:
    pages = [0]

    def page(canvas: Any, _doc: Any) -> None:
        pages[0] = canvas.getPageNumber()
        canvas.setFont(fonts.REGULAR, 7.5)
        right = _page(layout)[0] - MARGIN
        canvas.drawRightString(right, MARGIN / 2, f"Route sheet, page {pages[0]}")

    page_width, page_height = _page(layout)
    width = _column_width(layout)
    # The table runs down one column, then the next (then the next page).
    frames = [
        Frame(MARGIN + n * (width + GUTTER), MARGIN, width, page_height - 2 * MARGIN, 0, 0, 0, 0)
        for n in range(layout.columns)
    ]
    document = BaseDocTemplate(
        target, pagesize=(page_width, page_height), title="Delivery route", creator="tabling",
        pageTemplates=[PageTemplate("route", frames, onPage=page)],
    )  # fmt: skip
    document.build(_story(title, stacks, layout))
    return pages[0]


def write_route_sheet(title: str, stacks: Sequence[StackView], out: Path | str) -> RouteSheet:
    """Write the route through `stacks` (already in walking order) to the PDF `out`."""
    if not stacks:
        raise ValueError("there are no stacks to deliver: print the letters by office first")
    fonts.register_fonts()
    layout = LAYOUTS[-1]
    for layout in LAYOUTS:
        if _build(io.BytesIO(), title, stacks, layout) <= MAX_PAGES:
            break
    with atomic_path(out) as temporary:
        pages = _build(str(temporary), title, stacks, layout)
    return RouteSheet(pages, len(stacks), sum(v.letters for v in stacks))
