"""The self-check's printing line: which back end prints here, and whether it answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.printing import backends
from desktop.selfcheck import CheckFailed, SelfCheck
from tests.cups_queue import CupsQueue


@pytest.fixture
def with_qt(qapp: object) -> None:
    from desktop.gui.qt_printing import QtBackend

    backends.provide_qt(QtBackend)


@pytest.mark.parametrize("setting", ["auto", "cups", "qt"])
def test_it_names_the_back_end_and_what_each_one_lists(
    setting: str, with_qt: None, cups_pdf: CupsQueue, tmp_path: Path
) -> None:
    line = SelfCheck(tmp_path, print_setting=setting).printing()
    chosen = "qt" if setting == "qt" else "cups"  # auto: CUPS is installed here
    assert line.startswith(f"prints through {chosen} (printing.backend {setting})")
    assert f"cups: {cups_pdf.printer}" in line and f"qt: {cups_pdf.printer}" in line


def test_qt_seeing_no_printer_where_cups_lists_some_fails(
    with_qt: None, cups_pdf: CupsQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a bundle without Qt's CUPS plugin would show (here: Qt finds no plugins)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    with pytest.raises(CheckFailed, match="Qt's print support none"):
        SelfCheck(tmp_path, print_setting="auto").printing()
