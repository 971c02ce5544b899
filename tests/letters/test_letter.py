"""One letter: what it says in which order, that it fits at full size, and its QR code."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from desktop.campaigns import Campaign
from desktop.letters.batch import render_letters
from desktop.letters.letter import FOOTER_Y, MARGIN, QR_SIDE, draw_letter
from desktop.letters.model import LetterJob, Signer
from desktop.letters.pdf import PAGE_HEIGHT, PAGE_WIDTH, atomic_path, new_canvas
from desktop.letters.qr import qr_matrix
from tests.letters import poppler
from tests.letters.conftest import DATE, ELDRIDGE, MIRANDA, SIGNERS, job

pytestmark = poppler.needs_poppler


def test_a_letter_reads_in_order(tmp_path: Path, campaign: Campaign) -> None:
    signer = Signer("Ana", "Lima", "12 Bowdoin St.", "Boston", "Dorchester")
    letter = job(signer, MIRANDA, 7, note="Please think of my children.")
    out = tmp_path / "one.pdf"
    render_letters([letter], campaign, out)
    text = poppler.flat(poppler.text(out))
    expected = [
        "Ana Lima", "12 Bowdoin St.", "Dorchester (Boston), MA", "May 4, 2025",
        "Representative Liz Miranda", "Room 128, State House", "24 Beacon St.",
        "Boston, MA 02133", "Re: Please support the Safe Communities Act (S.1401 and H.3573)",
        "Dear Representative Miranda,",
        "My name is Ana Lima, and I live in Boston, in the 5th Suffolk District.",
        "Please think of my children.", "Sincerely,", "Ana Lima Boston, Massachusetts",
        f"Safe Communities Act Letter {letter.code}",
    ]  # fmt: skip
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [p for p, i in zip(expected, positions, strict=True) if i < 0]
    assert positions == sorted(positions)


def test_a_letter_without_a_street_says_whose_constituent_it_is(
    tmp_path: Path, campaign: Campaign
) -> None:
    signer = Signer("Ana", "Lima", "", "Boston", "Dorchester")
    out = tmp_path / "one.pdf"
    render_letters([job(signer, MIRANDA, 7)], campaign, out)
    text = poppler.flat(poppler.text(out))
    assert "Ana Lima Constituent of Dorchester (Boston), MA May 4, 2025" in text


def test_an_ordinary_letter_fits_at_full_size(tmp_path: Path, campaign: Campaign) -> None:
    with atomic_path(tmp_path / "x.pdf") as path:
        canvas = new_canvas(path, "test")
        for n, signer in enumerate(SIGNERS):
            for office in (MIRANDA, ELDRIDGE):
                drawn = draw_letter(canvas, job(signer, office, n, note="A short note."), campaign)
                canvas.showPage()
                assert (drawn.step, drawn.shrunk, drawn.missing) == (0, False, "")
        canvas.save()


def _page_image(pdf: Path, dpi: int, folder: Path) -> Image.Image:
    stem = folder / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", str(pdf), str(stem)], check=True
    )
    return Image.open(f"{stem}.pgm")


def test_the_qr_code_drawn_is_the_letter_code(tmp_path: Path, campaign: Campaign) -> None:
    letter = job(SIGNERS[2], ELDRIDGE, 42)
    out = tmp_path / "qr.pdf"
    render_letters([letter], campaign, out)
    scale = 4  # pixels per point
    image = _page_image(out, 72 * scale, tmp_path)
    matrix = qr_matrix(letter.code)
    size = len(matrix)
    module = QR_SIDE / size
    left = PAGE_WIDTH - MARGIN - QR_SIDE
    top = PAGE_HEIGHT - FOOTER_Y - QR_SIDE  # from the top of the page

    def dark(x: float, y: float) -> int:
        """1 where the page is dark at (x, y) points from the top left, else 0."""
        value = image.getpixel((int(x * scale), int(y * scale)))
        assert isinstance(value, int)
        return int(value < 128)

    seen = [
        [dark(left + (c + 0.5) * module, top + (r + 0.5) * module) for c in range(size)]
        for r in range(size)
    ]
    assert seen == [list(row) for row in matrix]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
def test_a_scanner_reads_the_qr_code(tmp_path: Path, campaign: Campaign) -> None:
    letter = LetterJob("K7QX-M2PA", SIGNERS[0], MIRANDA, DATE)
    out = tmp_path / "qr.pdf"
    render_letters([letter], campaign, out)
    _page_image(out, 200, tmp_path).save(tmp_path / "page.png")
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")], capture_output=True, text=True
    )
    assert done.stdout.strip() == letter.code
