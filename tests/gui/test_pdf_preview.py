"""The print preview keeps its Close button on a laptop's screen."""

from __future__ import annotations

from PySide6.QtCore import QSize

from desktop.gui.widgets.pdf_preview import preview_size


def test_the_print_preview_fits_a_768_pixel_screen() -> None:
    width, height = preview_size(QSize(1366, 768))
    assert height <= 768 - 60 and width <= 1366
    assert preview_size(QSize(1920, 1200)) == (853, 1000)
