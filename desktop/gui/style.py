"""Type large enough to read at one metre, scaled to the screen; colours for messages."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop import paths

# Pixel height of body text for each pixel of screen height: 22 px on a 1280x800 laptop,
# 30 px on a 1920x1080 touch screen. About 5 mm capital height: readable at one metre.
TEXT_PER_SCREEN_PIXEL = 0.0275
MIN_TEXT_PX = 20
# The smallest text anywhere (errors, notes): 3/16 inch at 96 dpi, as the ADA kiosk standard asks.
MIN_READABLE_PX = 18
MIN_CONTROL_PX = 44
SELECTION = "#1d4f91"  # 8:1 with white text

STYLE = """
QWidget { font-size: %(text)dpx; }
QLabel#heading, QLabel#thanksHeading { font-size: %(heading)dpx; font-weight: 600; }
QLabel[role="error"] { color: #b00020; font-size: %(small)dpx; }
QLabel#idleBanner { background: #fff4ce; border: 2px solid #c58f00; padding: 8px; }
QFrame#legislatorsCard { border: 2px solid #3b6ea5; border-radius: 8px; padding: 8px; }
QLabel#cardTitle { font-weight: 600; }
QLineEdit, QComboBox, QAbstractSpinBox { min-height: %(control)dpx; }
QPushButton { padding: 8px 16px; min-height: %(control)dpx; }
QPushButton#submit, QPushButton#nextPerson, QPushButton#start { font-weight: 600; }
QWidget#volunteerPage QPushButton { padding: 2px 12px; }
QCheckBox { min-height: %(control)dpx; }
QCheckBox::indicator { width: %(text)dpx; height: %(text)dpx; }
"""


def text_pixels(screen_height: int, scale: float = 1.0) -> int:
    return max(MIN_TEXT_PX, round(screen_height * TEXT_PER_SCREEN_PIXEL * scale))


def load_bundled_fonts() -> list[str]:
    """Register resources/fonts/*.ttf; returns their family names, first choice first."""
    families: list[str] = []
    for path in sorted(paths.resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_style(app: QApplication, scale: float = 1.0, screen_height: int | None = None) -> int:
    """Type and controls sized for the screen (`screen_height`: a size to lay out for)."""
    screen = QGuiApplication.primaryScreen()
    height = screen_height or (screen.geometry().height() if screen is not None else 800)
    text = text_pixels(height, scale)
    font = QFont(app.font())
    # DejaVu first (Latin, Greek, Cyrillic), then the CJK fallback, then the system's.
    families = load_bundled_fonts()
    font.setFamilies([*families, *font.families()])
    font.setPixelSize(text)
    app.setFont(font)
    # Qt's own selection blue is 3.7:1 against white text: darker, for 4.5:1 and more.
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(
        STYLE
        % {
            "text": text,
            "heading": round(text * 1.4),
            "small": max(MIN_READABLE_PX, round(text * 0.85)),
            # Touch targets of at least 44 px, and room for the text inside them.
            "control": max(MIN_CONTROL_PX, round(text * 1.9)),
        }
    )
    return text
