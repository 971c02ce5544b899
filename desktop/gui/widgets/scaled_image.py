"""An image that fits the space it is given, keeping its shape (the report's maps).

Painted scaled at each paint, not set as a QLabel's pixmap: a label's pixmap becomes its
minimum size, and the image could then never shrink with the window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


class ScaledImage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 500)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def set_png(self, png: bytes) -> bool:
        """Show the PNG `png`; False if it is not one (the previous image stays)."""
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            return False
        self._pixmap = pixmap
        self.update()
        return True

    def source(self) -> QPixmap:
        """The image at its own size, before fitting."""
        return self._pixmap

    def shown_rect(self) -> QRect:
        """Where the image is painted: as large as fits, centred across, at the top."""
        if self._pixmap.isNull():
            return QRect()
        size = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect((self.width() - size.width()) // 2, 0, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.shown_rect(), self._pixmap)
        painter.end()
