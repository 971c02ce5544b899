"""Every text colour against its background at least 4.5:1 (WCAG AA), computed from the
palette and the style sheet the kiosk actually uses."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.gui.style import STYLE, apply_style

Role = QPalette.ColorRole


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
]


@pytest.mark.parametrize(
    ("text", "background"), PAIRS, ids=[f"{t.name}/{b.name}" for t, b in PAIRS]
)
def test_the_palette_reads_at_4_5_to_1(qapp: QApplication, text: Role, background: Role) -> None:
    apply_style(qapp)
    palette = qapp.palette()
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= 4.5, f"{text.name} on {background.name}: {ratio:.2f}"


def test_the_style_sheets_own_colours_read_at_4_5_to_1(qapp: QApplication) -> None:
    apply_style(qapp)
    window = qapp.palette().color(Role.Window)
    error = QColor(re.search(r'role="error"\] \{ color: (#[0-9a-f]{6})', STYLE).group(1))
    banner = re.search(r"idleBanner \{ background: (#[0-9a-f]{6})", STYLE)
    assert contrast(error, window) >= 4.5
    assert banner is not None
    assert contrast(qapp.palette().color(Role.WindowText), QColor(banner.group(1))) >= 4.5
