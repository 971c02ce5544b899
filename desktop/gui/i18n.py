"""The signer's language: Qt Linguist translations, switched while the app runs.

`.ts` sources live in resources/translations/ (committed); `make translations` (and
the set-up the README's commands run) builds the `.qm` files Qt loads. English is the
source language: its one file, tabling_en.ts, holds only the English plural forms of
counted messages ("%n letters": "1 letter", "2 letters"), always installed beneath the
chosen language's translator.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import paths
from desktop.campaigns.model import LANGUAGES

log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Translations"]
SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a module-level string for translation in `context` (lupdate reads the call);
    the code translates it where it is shown, with QCoreApplication.translate(context, text).
    PySide6's own returns `object` to the type checker; this one, the `str` it is."""
    return text


def translations_dir() -> Path:
    return paths.resource_path("translations")


def qm_path(code: str) -> Path:
    return translations_dir() / f"tabling_{code}.qm"


class Translations:
    """Installs one translator at a time; Qt then sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = SOURCE_LANGUAGE
        _install_english_plurals(app)

    def switch(self, code: str) -> bool:
        """Show the app in `code`; False (and English) when its translation is missing."""
        if code == self.current:
            return True
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.current = SOURCE_LANGUAGE
        if code != SOURCE_LANGUAGE:
            translator = QTranslator(self._app)
            if not translator.load(str(qm_path(code))):
                log.warning("no translation file for %s; run `make translations`", code)
                QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
                return False
            self._app.installTranslator(translator)
            self._translator = translator
        self.current = code
        QLocale.setDefault(QLocale(code))
        return True


_english_plurals: dict[int, QTranslator] = {}


def _install_english_plurals(app: QCoreApplication) -> None:
    """Once per application: the English plural forms, beneath any language installed later
    (Qt asks the most recently installed translator first)."""
    if id(app) in _english_plurals:
        return
    translator = QTranslator(app)
    if translator.load(str(qm_path(SOURCE_LANGUAGE))):
        app.installTranslator(translator)
        _english_plurals[id(app)] = translator
    else:
        log.warning("no English plural forms (%s); run `make translations`", qm_path("en"))
