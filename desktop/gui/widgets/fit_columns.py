"""Table columns as wide as what they hold, one column taking what is left.

A text too long for its column is cut in the middle ("Nguyễn…Khai"), where a name's
beginning and end both stay readable, and its cell's tooltip shows it whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns(table: QTableView, stretch: int) -> None:
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
