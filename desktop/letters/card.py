"""A take-home card for a signer who will call: their legislators, phones and what to say.

The card fills the top half of a US Letter page (8.5 x 5.5 inches), above a dashed cut
line, so it prints the same on any printer. For each legislator: title, name and phone,
then the campaign's call script in the signer's language, with their name, town and that
legislator's name filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.campaigns import Campaign, RenderError
from desktop.letters import stack
from desktop.letters.address import display_name, signer_town
from desktop.letters.letter import MARGIN
from desktop.letters.model import Signer
from desktop.letters.pdf import PAGE_HEIGHT, PAGE_WIDTH, atomic_path, new_canvas
from desktop.letters.styles import GREY, Scale, styles
from desktop.letters.text import markup, one_line

CUT_Y: Final = PAGE_HEIGHT / 2
CARD: Final = stack.Box(MARGIN, CUT_Y + 24, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT / 2 - 24 - 40)
# The card's one heading, in each language of desktop.campaigns.LANGUAGES.
HEADINGS: Final = {
    "en": "Call your legislators",
    "es": "Llame a sus legisladores",
    "pt": "Ligue para os seus legisladores",
    "ht": "Rele lejislatè ou yo",
    "zh": "给您的议员打电话",
    "vi": "Hãy gọi cho các nhà lập pháp của bạn",
}

Legislator = tuple[str, str, str]  # (title, name, phone): ("State Senator", "Liz Miranda", ...)


class _Missing:
    def __init__(self) -> None:
        self.seen: dict[str, None] = {}

    def __call__(self, text: str, *, bold: bool = False) -> str:
        marked = markup(text, bold=bold)
        self.seen.update(dict.fromkeys(marked.missing))
        return marked.markup


def card_flowables(
    signer: Signer,
    legislators: Sequence[Legislator],
    lang: str,
    campaign: Campaign,
    scale: Scale,
    mark: Any = None,
) -> list[Any]:
    """The card's content at one style step: heading, then each legislator and its script."""
    mark = mark or _Missing()
    s = styles(scale)
    script_style = s.body
    if lang in ("zh",):  # no spaces between words: break between any two characters
        script_style = ParagraphStyle("script-cjk", parent=s.body, wordWrap="CJK")
    story: list[Any] = [
        Paragraph(mark(campaign.title), ParagraphStyle("card-campaign", parent=s.small)),
        Paragraph(mark(HEADINGS.get(lang, HEADINGS["en"]), bold=True), s.title),
    ]
    for title, name, phone in legislators:
        who = " ".join(p for p in (one_line(title), one_line(name)) if p)
        line = f"<b>{mark(who, bold=True)}</b>"
        if one_line(phone):
            line += f" · <b>{mark(one_line(phone), bold=True)}</b>"
        script = campaign.call_script(
            lang,
            signer_name=display_name(signer),
            signer_first_name=one_line(signer.first_name),
            signer_town=signer_town(signer),
            member_name=one_line(name),
        )
        story += [
            Paragraph(line, ParagraphStyle("card-who", parent=s.heading, spaceAfter=2)),
            Paragraph(mark(script), script_style),
        ]
    return story


def draw_card(
    canvas: Any, signer: Signer, legislators: Sequence[Legislator], lang: str, campaign: Campaign
) -> str:
    """Draw the card on the canvas's current page; the characters no bundled font has."""
    mark = _Missing()
    fitted = stack.fit(
        canvas, lambda scale: card_flowables(signer, legislators, lang, campaign, scale, mark), CARD
    )
    stack.draw(canvas, fitted, CARD)
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN / 2, CUT_Y, PAGE_WIDTH - MARGIN / 2, CUT_Y)
    canvas.restoreState()
    return "".join(mark.seen)


def render_card(
    signer: Signer,
    legislators: Sequence[Legislator],
    lang: str,
    campaign: Campaign,
    out: Path | str,
) -> str:
    """Write the card to the PDF `out` (whole or not at all); the characters no font has.

    RenderError when the campaign has no call script in `lang`; nothing is written then.
    """
    if lang not in campaign.call_script_text.languages:
        raise RenderError(f"the campaign has no call script in {lang!r}")
    with atomic_path(out) as temporary:
        canvas = new_canvas(temporary, f"{campaign.title}: call your legislators")
        missing = draw_card(canvas, signer, legislators, lang, campaign)
        canvas.showPage()
        canvas.save()
    return missing
