"""A QR code drawn straight onto the canvas as filled rectangles: no image to encode."""

from __future__ import annotations

from typing import Any

import segno

MASK = 0  # (row + column) % 2: a checkerboard, which breaks up large blocks of one colour


def qr_matrix(data: str) -> tuple[bytearray, ...]:
    """The dark (1) and light (0) modules of `data`'s QR code, row by row, no quiet zone.

    A letter code (`K7QX-M2PA`, nine letters and digits) fits a version 1 symbol at
    error-correction level H, which still reads with a quarter of it smudged or torn.
    The mask is fixed (MASK): every reader reads every mask, and letting segno score all
    eight for the best one costs about 2 ms a code, a third of a letter's time.
    """
    code = segno.make_qr(data, error="h", boost_error=False, mask=MASK)
    return tuple(code.matrix)


def draw_qr(canvas: Any, data: str, x: float, y: float, side: float) -> None:
    """Draw `data` as a QR code `side` points square with its bottom left corner at (x, y).

    Leave four modules of white around it (the quiet zone scanners need). The page is
    scaled so that a module is one unit; each row's run of dark modules is then one
    rectangle in whole numbers, written as a single fill (ReportLab's path object would
    format every coordinate as a float, which costs more than the whole QR code).
    """
    matrix = qr_matrix(data)
    size = len(matrix)
    rects: list[str] = []
    for r, row in enumerate(matrix):
        bottom = size - 1 - r
        c = 0
        while c < size:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < size and row[c]:
                c += 1
            rects.append(f"{start} {bottom} {c - start} 1 re")
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x, y)
    canvas.scale(side / size, side / size)
    canvas.addLiteral(" ".join(rects) + " f")
    canvas.restoreState()
