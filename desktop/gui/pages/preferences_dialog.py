"""The kiosk's own settings, for the volunteer: timings, printing, the online lookup, data age.

Each field is made from its Setting's declaration (desktop/settings.py: its label, type
and choices), so the dialog cannot drift from the settings file. The ranges keep a
volunteer from typing a value the kiosk cannot use (a 0-second idle clear).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.widgets.named import named
from desktop.settings import (
    DATA_MAX_AGE_DAYS,
    FONT_SCALE,
    GEOCODER_ONLINE,
    GEOCODER_TIMEOUT,
    IDLE_CLEAR_SECONDS,
    IDLE_COUNTDOWN_SECONDS,
    PRINT_AT_TABLE,
    THANK_YOU_SECONDS,
    Setting,
    Settings,
)

# (setting, smallest, largest, unit shown after the number)
FIELDS: tuple[tuple[Setting[Any], float, float, str], ...] = (
    (IDLE_CLEAR_SECONDS, 20, 3600, " s"),
    (IDLE_COUNTDOWN_SECONDS, 5, 120, " s"),
    (THANK_YOU_SECONDS, 5, 300, " s"),
    (FONT_SCALE, 0.8, 2.0, "\N{MULTIPLICATION SIGN}"),
    (PRINT_AT_TABLE, 0, 0, ""),
    (GEOCODER_ONLINE, 0, 0, ""),
    (GEOCODER_TIMEOUT, 1, 30, " s"),
    (DATA_MAX_AGE_DAYS, 7, 3650, " days"),
)


def field_for(setting: Setting[Any], low: float, high: float, unit: str, value: Any) -> QWidget:
    widget: QWidget
    if setting.kind is bool:
        widget = QCheckBox(setting.label)
        widget.setChecked(bool(value))
    elif setting.choices:
        widget = QComboBox()
        widget.addItems([str(c) for c in setting.choices])
        widget.setCurrentText(str(value))
    elif setting.kind is int:
        widget = QSpinBox()
        widget.setRange(int(low), int(high))
        widget.setSuffix(unit)
        widget.setValue(int(value))
    else:
        widget = QDoubleSpinBox()
        widget.setRange(low, high)
        widget.setSingleStep(0.1)
        widget.setSuffix(unit)
        widget.setValue(float(value))
    widget.setObjectName(setting.key)
    widget.setAccessibleName(setting.label)
    return widget


def value_of(setting: Setting[Any], widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return setting.parse(widget.currentText())
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    raise TypeError(f"no value in a {type(widget).__name__} (field_for makes no such field)")


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kiosk settings")
        self.settings = settings
        self.fields: dict[str, tuple[Setting[Any], QWidget]] = {}
        form = QFormLayout()
        for setting, low, high, unit in FIELDS:
            widget = field_for(setting, low, high, unit, settings.get(setting))
            self.fields[setting.key] = (setting, widget)
            form.addRow("" if setting.kind is bool else setting.label, widget)
        note = QLabel(
            "Timings and text size take effect at the next start; the rest at once. "
            "The online lookup sends a split town's street address to the U.S. Census "
            "Bureau's geocoder."
        )
        note.setWordWrap(True)
        self.message = named(QLabel(), "preferencesMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        for setting, widget in self.fields.values():
            self.settings.set(setting, value_of(setting, widget))
        self.message.setText("Settings saved.")
