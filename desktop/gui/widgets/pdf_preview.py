"""A print preview: the PDF as it will print, with Qt's PDF viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def preview_size(screen: QSize) -> tuple[int, int]:
    """A page's shape (US Letter, 8.5 by 11) that fits the screen: on a 768-pixel laptop
    the Close button stays on screen."""
    height = min(1000, screen.height() - 80)
    width = min(screen.width() - 40, max(600, round(height * 8.5 / 11) + 80))
    return width, height


class PdfPreview(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.resize(*preview_size(self.screen().availableGeometry().size()))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def done(self, result: int) -> None:
        self.document.close()  # let go of the file before it is deleted
        super().done(result)
