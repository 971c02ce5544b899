"""The kiosk's own settings, for the volunteer: timings, printing, the online lookup, data age.

Each field is made from its Setting's declaration (desktop/settings.py: its label, type
and choices), so the dialog cannot drift from the settings file. The ranges keep a
volunteer from typing a value the kiosk cannot use (a 0-second idle clear). The labels are
declared in English there and translated here (LABELS): a label changed there and not here
is shown in English, and tests/gui/test_translations.py says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from desktop.gui.widgets.named import named
from desktop.settings import (
    DATA_MAX_AGE_DAYS,
    FONT_SCALE,
    GEOCODER_ONLINE,
    GEOCODER_TIMEOUT,
    IDLE_CLEAR_SECONDS,
    IDLE_COUNTDOWN_SECONDS,
    NETWORK_PROXY,
    PRINT_AT_TABLE,
    PRINT_BACKEND,
    THANK_YOU_SECONDS,
    VOLUNTEER_LANGUAGE,
    Setting,
    Settings,
)

CONTEXT = "PreferencesDialog"
SECONDS = QT_TRANSLATE_NOOP("PreferencesDialog", "seconds")
DAYS = QT_TRANSLATE_NOOP("PreferencesDialog", "days")
# (setting, smallest, largest, unit shown after the number)
FIELDS: tuple[tuple[Setting[Any], float, float, str], ...] = (
    (IDLE_CLEAR_SECONDS, 20, 3600, SECONDS),
    (IDLE_COUNTDOWN_SECONDS, 5, 120, SECONDS),
    (THANK_YOU_SECONDS, 5, 300, SECONDS),
    (FONT_SCALE, 0.8, 2.0, "\N{MULTIPLICATION SIGN}"),
    (PRINT_AT_TABLE, 0, 0, ""),
    (PRINT_BACKEND, 0, 0, ""),
    (GEOCODER_ONLINE, 0, 0, ""),
    (GEOCODER_TIMEOUT, 1, 30, SECONDS),
    (DATA_MAX_AGE_DAYS, 7, 3650, DAYS),
    (VOLUNTEER_LANGUAGE, 0, 0, ""),
    (NETWORK_PROXY, 0, 0, ""),
)
# The labels of FIELDS' settings as desktop/settings.py words them, for lupdate; the
# volunteer's language has a shorter one here (the codes are the list's to show).
LABELS = {
    IDLE_CLEAR_SECONDS.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Clear a half-filled form after"),
    IDLE_COUNTDOWN_SECONDS.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Countdown shown before"),
    THANK_YOU_SECONDS.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Show the thank-you screen for"),
    FONT_SCALE.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Text size"),
    PRINT_AT_TABLE.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Print letters right after each sign-in"),
    GEOCODER_ONLINE.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Look up street addresses online when connected"),
    GEOCODER_TIMEOUT.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Give up on the geocoder after"),
    DATA_MAX_AGE_DAYS.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Warn when the legislators' data is older than (days)"),
    VOLUNTEER_LANGUAGE.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Volunteer view language"),
    PRINT_BACKEND.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Print through"),
    NETWORK_PROXY.key: QT_TRANSLATE_NOOP("PreferencesDialog", "Proxy for web requests (empty: none)"),
}  # fmt: skip
# A setting's choices in words, where its stored values are codes.
CHOICE_WORDS = {
    PRINT_BACKEND.key: {
        "auto": QT_TRANSLATE_NOOP("PreferencesDialog", "Automatic: CUPS where it is installed, else the system's printing"),
        "cups": QT_TRANSLATE_NOOP("PreferencesDialog", "CUPS (Linux, macOS)"),
        "qt": QT_TRANSLATE_NOOP("PreferencesDialog", "The system's printing, through Qt (as on Windows)"),
    },
}  # fmt: skip


def label_of(setting: Setting[Any]) -> str:
    """The setting's label in the volunteer's language (its own, in English, if not in LABELS)."""
    return QCoreApplication.translate(CONTEXT, LABELS.get(setting.key, setting.label))


def field_for(setting: Setting[Any], low: float, high: float, unit: str, value: Any) -> QWidget:
    widget: QWidget
    label = label_of(setting)
    suffix = f" {QCoreApplication.translate(CONTEXT, unit)}" if unit.isalpha() else unit
    if setting.kind is bool:
        widget = QCheckBox(label)
        widget.setChecked(bool(value))
    elif setting is VOLUNTEER_LANGUAGE:
        # Each language named in its own words, as on the kiosk's language bar.
        widget = QComboBox()
        for code, name in LANGUAGES.items():
            widget.addItem(name, code)
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif setting.choices:
        widget = QComboBox()
        words = CHOICE_WORDS.get(setting.key, {})
        for choice in setting.choices:
            shown = str(choice)
            widget.addItem(QCoreApplication.translate(CONTEXT, words.get(shown, shown)), choice)
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif setting.kind is str:
        widget = QLineEdit(str(value))
        if setting is NETWORK_PROXY:
            widget.setPlaceholderText("http://proxy.example.org:3128")
    elif setting.kind is int:
        widget = QSpinBox()
        widget.setRange(int(low), int(high))
        widget.setSuffix(suffix)
        widget.setValue(int(value))
    else:
        widget = QDoubleSpinBox()
        widget.setRange(low, high)
        widget.setSingleStep(0.1)
        widget.setSuffix(suffix)
        widget.setValue(float(value))
    widget.setObjectName(setting.key)
    widget.setAccessibleName(label)
    return widget


def value_of(setting: Setting[Any], widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        code = widget.currentData()  # a choice's code (a language's), not its words
        return setting.parse(code if isinstance(code, str) else widget.currentText())
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    raise TypeError(f"no value in a {type(widget).__name__} (field_for makes no such field)")


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk settings"))
        self.settings = settings
        self.fields: dict[str, tuple[Setting[Any], QWidget]] = {}
        form = QFormLayout()
        for setting, low, high, unit in FIELDS:
            widget = field_for(setting, low, high, unit, settings.get(setting))
            self.fields[setting.key] = (setting, widget)
            form.addRow("" if setting.kind is bool else label_of(setting), widget)
        note = QLabel(
            self.tr(
                "Timings, text size and the volunteer view's language take effect at the next start; the rest at once. The online lookup sends a split town's street address to the U.S. Census Bureau's geocoder."
            )
        )
        note.setWordWrap(True)
        self.message = named(QLabel(), "preferencesMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # As tall as the wrapped note needs at the dialog's width, in every language.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = [(setting, value_of(setting, widget)) for setting, widget in self.fields.values()]
        for setting, value in values:
            try:
                setting.check(value)  # a proxy that is no proxy address: nothing is saved
            except ValueError as exc:
                self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
                return
        for setting, value in values:
            self.settings.set(setting, value)
        self.message.setText(self.tr("Settings saved."))
