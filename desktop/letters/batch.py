"""Many letters in one PDF: by office with cover sheets for delivery, or as they come.

Order of a delivery batch: offices in walking order through the State House, floor by
floor (desktop/lobby/rooms.py), offices with no known room last; then by member name.
Within an office's stack, letters are sorted by the signer's town (as the cover sheet
lists them), otherwise keeping the order given. Each cover sheet carries its stack's code
(desktop/lobby/stacks.py), as text and as a QR code, for marking the stack delivered.

Every page is drawn straight onto one canvas and forgotten, so memory holds the PDF being
written and one page, however large the batch. The file appears only once complete.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.campaigns import CHAMBERS, Campaign
from desktop.letters.address import signer_town
from desktop.letters.cover import draw_cover
from desktop.letters.letter import draw_letter
from desktop.letters.model import LetterJob, Recipient
from desktop.letters.pdf import atomic_path, new_canvas
from desktop.letters.text import one_line
from desktop.lobby.codes import stack_code
from desktop.lobby.rooms import room_key

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BatchCancelled(Exception):
    """The batch was cancelled: no file was written (an earlier one is left as it was)."""


@dataclass(frozen=True)
class BatchPage:
    kind: Literal["cover", "letter"]
    member_id: str
    code: str = ""  # the letter's code, or the stack's on a cover sheet
    letters: int = 0  # a cover sheet: how many letters its stack holds


@dataclass(frozen=True)
class BatchReport:
    pages: int
    letters: int
    order: tuple[BatchPage, ...]  # every page, in order
    # Letter code -> the characters of it no bundled font has (they print as U+FFFD).
    missing_glyphs: Mapping[str, str] = field(default_factory=dict)
    # Letter code -> why it was left out (a chamber the campaign has no letter for).
    failed: Mapping[str, str] = field(default_factory=dict)
    notes_cut: tuple[str, ...] = ()  # codes whose note was over NOTE_LIMIT and was cut
    shrunk: tuple[str, ...] = ()  # codes that fit the page only scaled down

    @property
    def codes(self) -> tuple[str, ...]:
        """The letter codes in page order, cover sheets left out."""
        return tuple(page.code for page in self.order if page.kind == "letter")


def office_key(recipient: Recipient) -> tuple[Any, ...]:
    return (room_key(recipient.room), one_line(recipient.name).casefold(), recipient.member_id)


def by_office(jobs: Sequence[LetterJob]) -> list[tuple[Recipient, list[LetterJob]]]:
    """The jobs grouped by member, offices in delivery order, each stack sorted by town."""
    stacks: dict[str, tuple[Recipient, list[LetterJob]]] = {}
    for job in jobs:
        stacks.setdefault(job.recipient.member_id, (job.recipient, []))[1].append(job)
    ordered = sorted(stacks.values(), key=lambda item: office_key(item[0]))
    return [
        (recipient, sorted(stack, key=lambda job: signer_town(job.signer).casefold()))
        for recipient, stack in ordered
    ]


def render_batch(
    jobs: Sequence[LetterJob],
    campaign: Campaign,
    out: Path | str,
    *,
    covers: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchReport:
    """Write `jobs` to the PDF `out`, grouped by office, each stack after its cover sheet.

    `progress(done, total)` is called with 0 first, then after each letter. When
    `cancelled()` turns True the batch stops before its next page and raises BatchCancelled.
    """
    printable, failed = _printable(jobs)
    stacks = by_office(printable)
    return _render(stacks, campaign, out, covers, failed, progress, cancelled)


def render_letters(
    jobs: Sequence[LetterJob],
    campaign: Campaign,
    out: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchReport:
    """Write `jobs` to the PDF `out` in the order given, no cover sheets: at the table."""
    printable, failed = _printable(jobs)
    stacks = [(job.recipient, [job]) for job in printable]
    return _render(stacks, campaign, out, False, failed, progress, cancelled)


def _printable(jobs: Sequence[LetterJob]) -> tuple[list[LetterJob], dict[str, str]]:
    printable, failed = [], {}
    for job in jobs:
        if job.recipient.chamber in CHAMBERS:
            printable.append(job)
        else:
            failed[job.code] = f"the campaign has no letter for chamber {job.recipient.chamber!r}"
    if not printable:
        raise ValueError("there are no letters to print")
    return printable, failed


def _render(
    stacks: list[tuple[Recipient, list[LetterJob]]],
    campaign: Campaign,
    out: Path | str,
    covers: bool,
    failed: dict[str, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> BatchReport:
    total = sum(len(stack) for _, stack in stacks)
    done = 0
    order: list[BatchPage] = []
    missing: dict[str, str] = {}
    notes_cut: list[str] = []
    shrunk: list[str] = []

    def next_page() -> None:
        if cancelled is not None and cancelled():
            raise BatchCancelled(f"cancelled after {done} of {total} letters")

    if progress is not None:
        progress(0, total)
    with atomic_path(out) as temporary:
        canvas = new_canvas(temporary, f"{campaign.title}: letters")
        for recipient, stack in stacks:
            if covers:
                next_page()
                code = stack_code(job.code for job in stack)
                draw_cover(canvas, recipient, stack, campaign, code)
                canvas.showPage()
                order.append(BatchPage("cover", recipient.member_id, code=code, letters=len(stack)))
            for job in stack:
                next_page()
                drawn = draw_letter(canvas, job, campaign)
                canvas.showPage()
                order.append(BatchPage("letter", recipient.member_id, code=job.code))
                if drawn.missing:
                    missing[job.code] = drawn.missing
                if drawn.note_cut:
                    notes_cut.append(job.code)
                if drawn.shrunk:
                    shrunk.append(job.code)
                done += 1
                if progress is not None:
                    progress(done, total)
        next_page()
        canvas.save()
    return BatchReport(
        pages=len(order),
        letters=done,
        order=tuple(order),
        missing_glyphs=missing,
        failed=failed,
        notes_cut=tuple(notes_cut),
        shrunk=tuple(shrunk),
    )
