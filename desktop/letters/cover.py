"""A cover sheet on top of one office's stack of letters, for delivery at the State House."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from desktop.campaigns import MEMBER_TITLES, Campaign
from desktop.letters import stack
from desktop.letters.address import office_lines, signer_town
from desktop.letters.letter import BODY, draw_footer
from desktop.letters.model import LetterJob, Recipient
from desktop.letters.qr import draw_qr
from desktop.letters.styles import GREY, Scale, styles
from desktop.letters.text import markup, one_line

CHAMBER_NAMES: Final = {
    "house": "Massachusetts House of Representatives",
    "senate": "Massachusetts Senate",
}
NO_TOWN: Final = "(town not given)"
STACK_QR_SIDE: Final = 90.0  # points: larger than a letter's, for a scanner held at arm's length


class StackQr(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The stack's code as a QR code, in the flow of the cover sheet."""

    def __init__(self, code: str, side: float) -> None:
        super().__init__()
        self.code, self.side = code, side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        draw_qr(self.canv, self.code, 0, 0, self.side)


def town_counts(jobs: Sequence[LetterJob]) -> list[tuple[str, int]]:
    """The towns the letters come from, sorted by name (case aside), with how many from each.

    Spellings that differ only in case count as one town, shown as first seen.
    """
    counts: dict[str, list[Any]] = {}
    for job in jobs:
        town = signer_town(job.signer) or NO_TOWN
        entry = counts.setdefault(town.casefold(), [town, 0])
        entry[1] += 1
    return sorted(((town, n) for town, n in counts.values()), key=lambda t: t[0].casefold())


def letters_phrase(count: int) -> str:
    return f"{count} letter" if count == 1 else f"{count} letters"


def cover_flowables(
    recipient: Recipient, jobs: Sequence[LetterJob], campaign: Campaign, scale: Scale, code: str
) -> list[Any]:
    s = styles(scale)
    title = MEMBER_TITLES.get(recipient.chamber, "")
    member = " ".join(p for p in (title, one_line(recipient.name)) if p)
    chamber = CHAMBER_NAMES.get(recipient.chamber, recipient.chamber)
    district = one_line(recipient.district)
    seat = f"{district} District, {chamber}" if district else chamber
    office = "<br/>".join(markup(line).markup for line in office_lines(recipient))
    towns = town_counts(jobs)
    rows = [
        [Paragraph(markup(town).markup, s.line), Paragraph(str(count), s.right)]
        for town, count in towns
    ]
    table = Table(
        [[Paragraph("<b>Town</b>", s.line), Paragraph("<b>Letters</b>", s.right)], *rows],
        colWidths=[BODY.width * 0.55, BODY.width * 0.15],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    count = letters_phrase(len(jobs))
    return [
        Paragraph(markup(campaign.title).markup, s.line),
        Paragraph(f"Letters for {markup(member, bold=True).markup}", s.title),
        Paragraph(markup(seat).markup, s.line),
        Paragraph(office, s.line),
        Spacer(1, scale.block),
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceAfter=scale.block),
        Paragraph(
            f"<b>{count}</b> from constituents, from {len(towns)} "
            f"{'town' if len(towns) == 1 else 'towns'}:",
            s.body,
        ),
        table,
        Spacer(1, scale.block * 2),
        Paragraph("Delivered on ____________________ by ______________________________", s.line),
        Spacer(1, scale.block),
        Paragraph(
            f"Stack <b>{markup(code).markup}</b>: scan this QR code, or type the code, "
            "once the stack is delivered.",
            s.line,
        ),
        Spacer(1, STACK_QR_SIDE / 5),  # the white a scanner needs around the code
        StackQr(code, STACK_QR_SIDE),
    ]


def draw_cover(
    canvas: Any, recipient: Recipient, jobs: Sequence[LetterJob], campaign: Campaign, code: str
) -> None:
    """Draw the cover sheet of `recipient`'s stack, whose code is `code` (lobby/codes.py),
    on the canvas's current page."""
    fitted = stack.fit(
        canvas, lambda scale: cover_flowables(recipient, jobs, campaign, scale, code), BODY
    )
    stack.draw(canvas, fitted, BODY)
    label = f"Cover sheet: {letters_phrase(len(jobs))}, stack {code}"
    draw_footer(canvas, campaign.title, label)
