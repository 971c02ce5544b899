"""The Qt back end: the letters' PDF drawn page by page on a QPrinter.

Qt's print system is what Windows laptops print through (the Windows spooler); the same
code drives macOS printing and, on Linux, CUPS through Qt's own CUPS plugin, which is how it
is tested here. QtPdf renders each page of the PDF to an image at the printer's resolution
(at least 300 dpi, at most 600: a 1200-dpi Letter page would be a 0.5 GB image) and the
image is painted on the printer's page, one page at a time, so memory stays flat.

Two things Qt does not do, found against CUPS here, and what this module does instead:
- `QPrinter.abort()` does nothing on Qt's CUPS and PDF engines (it returns False, and ending
  the painter still sends every page painted so far); on Windows it drops the spooled job.
  So Cancel while pages are being sent aborts where the system can, and where it cannot, the
  job is finished whole rather than cut short, and `PrintJob.too_late_to_cancel` says so: a
  half-printed stack with no letter marked would be the worst outcome.
- Qt lists a CUPS queue that rejects jobs as idle, and its job then vanishes without an
  error. Where CUPS's commands are present, the printer list is completed from CUPS's own,
  so such a queue gets the same refusal as on the CUPS back end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.printing import cups
from desktop.printing.backend import (
    DEFAULT_TITLE,
    ONE_COPY,
    Cancelled,
    Capabilities,
    PrintBackend,
    PrintCancelled,
    Printer,
    PrintError,
    PrinterState,
    PrintJob,
    PrintOptions,
    Progress,
    bad_file,
    clean_title,
    find,
    ready_or_error,
)
from desktop.printing.backends import choose, provide_qt

MIN_DPI, MAX_DPI = 300, 600
MAX_COPIES = 99

_STATES: dict[QPrinter.PrinterState, PrinterState] = {
    QPrinter.PrinterState.Idle: "idle",
    QPrinter.PrinterState.Active: "printing",
    QPrinter.PrinterState.Aborted: "disabled",
    QPrinter.PrinterState.Error: "disabled",  # CUPS: a paused queue; Windows: offline
}


def ensure_application() -> None:
    """Qt's print system needs an application object; the command line has none.

    Without a display (a server, an SSH session) it runs on Qt's offscreen platform, which
    still lists and drives the system's printers.
    """
    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication(["tabling"])


def dpi_for(printer_dpi: int) -> int:
    return max(MIN_DPI, min(MAX_DPI, printer_dpi))


class QtBackend:
    name = "qt"

    def __init__(self) -> None:
        ensure_application()

    def printers(self) -> list[Printer]:
        from_cups = {p.name: p for p in cups.list_printers()} if cups.installed() else {}
        printers = []
        for info in QPrinterInfo.availablePrinters():
            name = info.printerName()
            state = _STATES.get(info.state(), "unknown")
            known = from_cups.get(name)
            printers.append(
                Printer(
                    name=name,
                    is_default=info.isDefault(),
                    accepting=known.accepting if known else True,
                    state="disabled" if known and known.state == "disabled" else state,
                    message=known.message if known else "",
                )
            )
        return printers

    def default_printer(self) -> str | None:
        return QPrinterInfo.defaultPrinterName() or None

    def capabilities(self, printer: str) -> Capabilities:
        info = QPrinterInfo.printerInfo(printer)
        modes = set(info.supportedDuplexModes())
        two_sided = {QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto}
        return Capabilities(duplex=bool(modes & two_sided), max_copies=MAX_COPIES)

    def print_pdf(
        self,
        path: Path,
        printer: str | None,
        *,
        title: str = DEFAULT_TITLE,
        options: PrintOptions = ONE_COPY,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PrintJob:
        name = printer or self.default_printer()
        ready_or_error(find(self.printers(), name), name)
        assert name is not None  # ready_or_error raised otherwise
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise bad_file(f"{Path(path).name} is not a PDF Qt can read")
        pages = document.pageCount()
        if pages == 0:
            raise bad_file(f"{Path(path).name} has no pages")
        if cancelled is not None and cancelled():
            raise PrintCancelled()

        device = self._printer(name, title, options, document.pagePointSize(0))
        dpi = device.resolution()
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(f'The printer "{name}" could not start the job.')
        too_late = False
        try:
            # Qt's PDF output would store the page images as JPEG: text must stay sharp.
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            for index in range(pages):
                if cancelled is not None and not too_late and cancelled():
                    if device.abort():
                        raise PrintCancelled()  # the system dropped what was sent so far
                    too_late = True  # this engine cannot drop it: finish the job whole
                size = document.pagePointSize(index)
                if index:
                    device.setPageSize(QPageSize(size, QPageSize.Unit.Point))
                    device.newPage()
                painter.drawImage(self._target(painter), _page_image(document, index, size, dpi))
                if progress is not None:
                    progress(index + 1, pages)
        finally:
            handed_over = painter.end() if painter.isActive() else False
            document.close()
        if not handed_over:
            raise PrintError(f'The printer "{name}" did not take the job.')
        return PrintJob(printer=name, too_late_to_cancel=too_late)

    @staticmethod
    def _printer(name: str, title: str, options: PrintOptions, first: QSizeF) -> QPrinter:
        device = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
        device.setResolution(dpi_for(device.resolution()))
        device.setDocName(clean_title(title))  # the job's name: generic, never a signer's
        device.setFullPage(True)  # the PDF's page is the whole sheet; it has its own margins
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
        device.setPageSize(QPageSize(first, QPageSize.Unit.Point))
        device.setCopyCount(max(1, min(options.copies, MAX_COPIES)))
        device.setDuplex(
            QPrinter.DuplexMode.DuplexLongSide if options.duplex else QPrinter.DuplexMode.DuplexNone
        )
        return device

    @staticmethod
    def _target(painter: QPainter) -> QRectF:
        return QRectF(painter.viewport())


def _page_image(document: QPdfDocument, index: int, points: QSizeF, dpi: int) -> QImage:
    """One page at `dpi`, on white, in grey where it has no colour (a third of the size)."""
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(index, pixels)
    page = QImage(pixels, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFFFF)
    with_background = QPainter(page)
    with_background.drawImage(0, 0, rendered)
    with_background.end()
    if page.allGray():
        return page.convertToFormat(QImage.Format.Format_Grayscale8)
    return page


def chosen(setting: str) -> PrintBackend:
    """The back end the `printing.backend` setting names; the window always has Qt's."""
    provide_qt(QtBackend)
    return choose(setting)
