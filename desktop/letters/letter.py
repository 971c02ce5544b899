"""One letter, from one signer to one member, on exactly one US Letter page.

compose() fills in the campaign's letter for the job and turns every text into safe
paragraph markup; flowables() lays it out at one style step; draw_letter() fits it to
the page (stepping down the style when a long note or name needs it) and draws it, with
a footer holding the campaign's title, the letter code and a QR code of the code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import black
from reportlab.platypus import HRFlowable, Paragraph, Spacer

from desktop.campaigns import MEMBER_TITLES, Campaign
from desktop.letters import stack
from desktop.letters.address import (
    display_name,
    long_date,
    office_lines,
    return_address,
    signer_town,
)
from desktop.letters.model import LetterJob
from desktop.letters.pdf import PAGE_HEIGHT, PAGE_WIDTH
from desktop.letters.qr import draw_qr
from desktop.letters.styles import SCALES, Scale, styles
from desktop.letters.text import Marked, markup, note_text, one_line

MARGIN: Final = 54.0  # left and right, 3/4 inch
TOP: Final = 46.0
FOOTER_Y: Final = 28.0  # the footer's bottom edge
QR_SIDE: Final = 40.0
FOOTER_HEIGHT: Final = QR_SIDE
BODY: Final = stack.Box(
    MARGIN,
    FOOTER_Y + FOOTER_HEIGHT + 14,
    PAGE_WIDTH - 2 * MARGIN,
    PAGE_HEIGHT - TOP - (FOOTER_Y + FOOTER_HEIGHT + 14),
)
DATE_WIDTH: Final = 140.0
SIGNATURE_WIDTH: Final = 210.0


@dataclass(frozen=True)
class LetterText:
    """Everything printed on one letter, as paragraph markup, before any layout."""

    code: str
    return_address: str  # name in bold, street, locality; lines apart by <br/>
    date: str
    inside_address: str
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]  # the first line above the signature line, the rest below it
    missing: str  # characters no bundled font has, each once
    note_cut: bool  # the note was over NOTE_LIMIT characters and was cut


@dataclass(frozen=True)
class DrawnLetter:
    code: str
    missing: str
    note_cut: bool
    step: int  # the style step it fit at (0 = full size)
    shrunk: bool  # even the smallest step did not fit; the page was scaled down


def compose(job: LetterJob, campaign: Campaign) -> LetterText:
    """The letter's texts for `job`; RenderError when the campaign has no letter for it."""
    signer, member = job.signer, job.recipient
    note, note_cut = note_text(job.note)
    rendered = campaign.letter_for(
        member.chamber,
        signer_name=display_name(signer),
        signer_first_name=one_line(signer.first_name),
        signer_town=signer_town(signer),
        signer_note=note,
        member_name=one_line(member.name),
        member_last_name=one_line(member.last_name),
        district=one_line(member.district),
    )
    seen: dict[str, None] = {}

    def mark(text: str, *, bold: bool = False) -> str:
        marked: Marked = markup(text, bold=bold)
        seen.update(dict.fromkeys(marked.missing))
        return marked.markup

    name, *address = return_address(signer)
    title = MEMBER_TITLES.get(member.chamber, "")
    addressee = " ".join(p for p in (title, one_line(member.name)) if p)
    return LetterText(
        code=job.code,
        return_address=_lines([f"<b>{mark(name, bold=True)}</b>", *map(mark, address)]),
        date=mark(long_date(job.date)),
        inside_address=_lines(mark(line) for line in [addressee, *office_lines(member)]),
        subject=f"<b>Re: {mark(rendered.subject, bold=True)}</b>",
        salutation=mark(rendered.salutation),
        paragraphs=tuple(mark(p) for p in rendered.paragraphs),
        closing=tuple(mark(line) for line in rendered.closing),
        missing="".join(seen),
        note_cut=note_cut,
    )


def flowables(text: LetterText, scale: Scale) -> list[Any]:
    """The letter laid out at one style step, top to bottom, for stack.fit()."""
    s = styles(scale)
    story: list[Any] = [
        stack.Beside(
            Paragraph(text.return_address, s.line),
            Paragraph(text.date, s.right),
            DATE_WIDTH,
            space_after=scale.block,
        ),
        Paragraph(text.inside_address, s.line),
        Spacer(1, scale.block),
        Paragraph(text.subject, s.body),
        Paragraph(text.salutation, s.body),
        *(Paragraph(p, s.body) for p in text.paragraphs),
    ]
    if text.closing:
        first, *below = text.closing
        story += [
            Spacer(1, scale.block - scale.gap),
            Paragraph(first, s.line),
            Spacer(1, scale.sign),
            HRFlowable(
                width=SIGNATURE_WIDTH, thickness=0.6, color=black, hAlign="LEFT", spaceAfter=3
            ),
            *(Paragraph(line, s.line) for line in below),
        ]
    return story


def draw_letter(canvas: Any, job: LetterJob, campaign: Campaign) -> DrawnLetter:
    """Draw `job`'s letter on the canvas's current page (the caller ends the page)."""
    text = compose(job, campaign)
    fitted = stack.fit(canvas, lambda scale: flowables(text, scale), BODY)
    stack.draw(canvas, fitted, BODY)
    draw_footer(canvas, campaign.title, f"Letter {job.code}", qr=job.code)
    return DrawnLetter(job.code, text.missing, text.note_cut, fitted.step, fitted.shrunk)


def draw_footer(canvas: Any, title: str, label: str, *, qr: str | None = None) -> None:
    """The campaign's title and a label at the bottom left; a QR code of `qr` at the right."""
    footer = Paragraph(
        f"{markup(title).markup}<br/>{markup(label).markup}", styles(SCALES[0]).small
    )
    width = BODY.width - (QR_SIDE + 12 if qr else 0)
    _, height = footer.wrap(width, FOOTER_HEIGHT)
    footer.drawOn(canvas, MARGIN, FOOTER_Y + (FOOTER_HEIGHT - height) / 2)
    if qr:
        draw_qr(canvas, qr, PAGE_WIDTH - MARGIN - QR_SIDE, FOOTER_Y, QR_SIDE)


def _lines(lines: Iterable[str]) -> str:
    return "<br/>".join(lines)
