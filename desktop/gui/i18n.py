"""The signer's language: Qt Linguist translations, switched while the app runs.

`.ts` sources live in resources/translations/ (committed); `make translations` (and
the set-up the README's commands run) builds the `.qm` files Qt loads. English is the
source language and needs no file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import paths
from desktop.campaigns.model import LANGUAGES

log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "Translations"]
SOURCE_LANGUAGE = "en"


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
