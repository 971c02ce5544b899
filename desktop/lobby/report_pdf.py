"""The event report as a PDF (ReportLab): the totals, languages, both maps, and the
tables per House district, Senate district and town.

An export leaves the laptop: every count of a district, town or language goes through
`report.shown`, so fewer than 5 signers never shows as a number. The event's own totals
are shown as they are. The maps are PNGs drawn by desktop/lobby/maps.py at 150 dpi.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.campaigns.model import LANGUAGES
from desktop.letters.fonts import BOLD, REGULAR, register_fonts
from desktop.letters.text import markup
from desktop.lobby.map_text import MapText
from desktop.lobby.maps import positions_map, signups_map
from desktop.lobby.report import FEWER_THAN, UNDECIDED, EventReport, shown

MAP_DPI = 150
CHAMBER_TITLES = {"house": "House districts", "senate": "Senate districts"}
POSITION_WORDS = {
    "supports": "supports",
    "undecided": "undecided",
    "opposes": "opposes",
    "not_said": "did not say",
}

Progress = Callable[[str], None]


def summary_rows(report: EventReport) -> list[tuple[str, str]]:
    """The event's totals, in the order the PDF and the window show them."""
    return [
        ("Sign-ups", str(report.signups)),
        ("Pending (split town, ward and precinct not yet known)", str(report.pending)),
        ("Letters printed", str(report.letters_printed)),
        ("Letters delivered", str(report.letters_delivered)),
        ("Emails sent to legislators", str(report.emails_sent)),
        ("Records sent to the CRM", str(report.crm_records)),
        ("Visit reports", str(report.visits)),
    ]


def write_report_pdf(
    report: EventReport, dataset_path: Path, out: Path, progress: Progress | None = None
) -> int:
    """Write the report to `out`; returns its number of pages."""
    say = progress or (lambda _step: None)
    register_fonts()
    base = ParagraphStyle("report", fontName=REGULAR, fontSize=9.5, leading=12)
    heading = ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=13, leading=17)
    title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=22)
    story: list[object] = [
        Paragraph(markup(f"Event report: {report.name}", bold=True).markup, title),
        Paragraph(markup(f"{report.date.isoformat()}, {report.place}").markup, base),
        Spacer(1, 8),
        _table([("", ""), *summary_rows(report)], (4.6 * inch, 1.4 * inch), header=False),
        Spacer(1, 6),
        Paragraph(
            f"Counts of a district, town or language with fewer than {FEWER_THAN} signers "
            f'show as "fewer than {FEWER_THAN}": they could point at a person.',
            base,
        ),
    ]
    if report.purged:
        story.append(
            Paragraph(
                "Some sign-ups of this event were purged after its retention period: "
                "their counts are included, kept without any personal data.",
                base,
            )
        )
    story += [Spacer(1, 10), Paragraph("Languages", heading)]
    languages = [
        (f"{LANGUAGES.get(code, code)} ({code})", shown(n, signers=n))
        for code, n in report.languages.items()
    ]
    story.append(_table([("Language", "Sign-ups"), *languages], (2.0 * inch, 1.4 * inch)))
    say("Drawing the sign-ups map")
    counts = {chamber: report.district_counts(chamber) for chamber in CHAMBER_TITLES}
    story += [PageBreak(), _map_image(signups_map(dataset_path, counts, MapText()).png(MAP_DPI))]
    say("Drawing the positions map")
    known = {chamber: report.district_positions(chamber) for chamber in CHAMBER_TITLES}
    story += [PageBreak(), _map_image(positions_map(dataset_path, known, MapText()).png(MAP_DPI))]
    say("Writing the tables")
    for chamber, chamber_title in CHAMBER_TITLES.items():
        story += [PageBreak(), Paragraph(chamber_title, heading)]
        header = ("District", "Member", "Sign-ups", "Printed", "Delivered", "Position")
        rows = [
            (
                r.district, r.member, shown(r.signups, signers=r.signups),
                shown(r.letters_printed, signers=r.signups),
                shown(r.letters_delivered, signers=r.signups),
                POSITION_WORDS.get(r.position or "", "not visited"),
            )
            for r in report.districts.get(chamber, [])
        ]  # fmt: skip
        widths = (1.75 * inch, 1.45 * inch, 1.0 * inch, 1.0 * inch, 1.0 * inch, 0.9 * inch)
        story.append(_table([header, *rows], widths))
    story += [PageBreak(), Paragraph("Towns", heading)]
    if not report.towns_kept:
        story.append(Paragraph("Towns were not kept for the sign-ups purged earlier.", base))
    towns = [
        (t.town if t.town != UNDECIDED else "(town not found)",
         shown(t.signups, signers=t.signups), shown(t.pending, signers=t.signups))
        for t in report.towns
    ]  # fmt: skip
    story.append(
        _table([("Town", "Sign-ups", "Pending"), *towns], (3.0 * inch,) + (1.2 * inch,) * 2)
    )
    document = SimpleDocTemplate(
        str(out), pagesize=LETTER, title=f"Event report: {report.name}", author="Tabling",
        leftMargin=0.7 * inch, rightMargin=0.7 * inch, topMargin=0.7 * inch,
        bottomMargin=0.7 * inch,
    )  # fmt: skip
    pages = [0]

    def count_page(_canvas: object, doc: SimpleDocTemplate) -> None:
        pages[0] = doc.page

    document.build(story, onFirstPage=count_page, onLaterPages=count_page)
    return pages[0]


def _map_image(png: bytes) -> Image:
    image = Image(io.BytesIO(png))
    width = 7.0 * inch
    image.drawHeight = image.imageHeight * width / image.imageWidth
    image.drawWidth = width
    return image


def _table(rows: list[tuple[str, ...]], widths: tuple[float, ...], *, header: bool = True) -> Table:
    style = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
    cells = [[Paragraph(markup(str(value)).markup, style) for value in row] for row in rows]
    if not header:
        cells = cells[1:]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(commands))
    return table
