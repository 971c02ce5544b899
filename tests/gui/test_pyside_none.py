"""PySide6 6.12.0 returned None from Qt calls without taking a reference to it: each
`parentWidget()` or `focusWidget()` that found nothing lowered None's count by one, and a
kiosk left running aborted ("none_dealloc") once it reached zero. pyproject.toml keeps that
version out; this test fails on any version with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QComboBox, QLabel


def test_qt_calls_that_find_nothing_leave_none_alone(qapp: QApplication) -> None:
    label, combo = QLabel(), QComboBox()
    combo.addItem("Choose", None)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.parentWidget()
        qapp.focusWidget()
        combo.currentData()
    # Other threads may hold or drop a few references meanwhile; 1500 lost ones are the fault.
    assert sys.getrefcount(None) - before > -100
