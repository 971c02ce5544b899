"""Reading the screen aloud in the signer's language, with Qt's text-to-speech.

Qt speaks through speech-dispatcher and espeak-ng on Linux (Debian's espeak-ng has voices
for all six languages, Haitian Creole included; Mandarin sits under no Qt locale, so it is
found by its voice's name), and through the system's voices on Windows and macOS. Where a
computer has no voice for the signer's language, the next best one is used and the screen
says so (Haitian Creole: French; Chinese: Cantonese); where there is none, nothing is read
and the screen says that. Never the wrong language without a word.

QtTextToSpeech is loaded on the first press of "Read aloud", not with the window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, Signal, Slot

from desktop.gui.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

Language = QLocale.Language
LANGUAGE_OF = {
    "en": Language.English,
    "es": Language.Spanish,
    "pt": Language.Portuguese,
    "ht": Language.Haitian,
    "zh": Language.Chinese,
    "vi": Language.Vietnamese,
}
# The next best voice where a language has none: what most speakers of it also follow.
NEXT_BEST = {"ht": Language.French, "zh": Language.Cantonese}
# espeak-ng's Mandarin is named so and sits under no locale Qt knows ("cmn").
VOICE_NAMES = {"zh": ("Mandarin",)}


@dataclass(frozen=True)
class Choice:
    locale: QLocale
    voice: QVoice | None  # None: the locale's default voice
    instead: str  # "" when the language itself is spoken; else the language used instead


class Voice(QObject):
    """The speech engine and what it spoke; lives on the speech thread (ReadAloud)."""

    said = Signal(list, str)  # [(text, locale name)] spoken, and a note for the screen

    def __init__(self, engine: str | None = None) -> None:
        super().__init__()
        self.engine_name = engine  # None: the platform's own
        self._engine: QTextToSpeech | None = None
        self._unavailable = ""
        self.spoken: list[tuple[str, str]] = []  # (text, locale name), the latest reading

    def engine(self) -> QTextToSpeech | None:
        if self._engine is None and not self._unavailable:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError as exc:  # Linux without libpulse, or no QtTextToSpeech
                log.warning("no text-to-speech: %s", exc)
                self._unavailable = "no speech module"
                return None
            engine = QTextToSpeech(self.engine_name) if self.engine_name else QTextToSpeech()
            if engine.state() == QTextToSpeech.State.Error:
                log.warning("text-to-speech engine failed: %s", engine.errorString())
                self._unavailable = engine.errorString() or "engine failed"
                return None
            self._engine = engine
        return self._engine

    def choose(self, language: str) -> Choice | None:
        """The voice for `language`, the next best one, or None."""
        engine = self.engine()
        if engine is None:
            return None
        locales = list(engine.availableLocales())
        wanted = LANGUAGE_OF.get(language, Language.English)
        for locale in locales:
            if locale.language() == wanted:
                return Choice(locale, None, "")
        for locale in locales:  # a voice found by its name (Mandarin)
            engine.setLocale(locale)
            for voice in engine.availableVoices():
                if any(word in voice.name() for word in VOICE_NAMES.get(language, ())):
                    return Choice(locale, voice, "")
        fallback = NEXT_BEST.get(language)
        for locale in locales:
            if fallback is not None and locale.language() == fallback:
                return Choice(locale, None, QLocale(fallback).nativeLanguageName())
        return None

    @Slot(list, str)
    def read_and_tell(self, texts: list[str], language: str) -> None:
        note = self.read(texts, language)
        self.said.emit(list(self.spoken), note)

    def read(self, texts: Sequence[str], language: str) -> str:
        """Speak `texts` in `language`; returns what to show (empty when all went as asked)."""
        self.stop()
        self.spoken = []
        choice = self.choose(language)
        name = LANGUAGES.get(language, language)  # as its speakers write it
        if choice is None:
            if self.engine() is None:
                return QCoreApplication.translate(
                    "ReadAloud", "Reading aloud is not available on this computer."
                )
            return QCoreApplication.translate(
                "ReadAloud", "This computer has no voice for %1: nothing was read."
            ).replace("%1", name)
        engine = self.engine()
        assert engine is not None
        engine.setLocale(choice.locale)
        if choice.voice is not None:
            engine.setVoice(choice.voice)
        for text in texts:
            if text.strip():
                engine.enqueue(text)
                self.spoken.append((text, choice.locale.name()))
        if choice.instead:
            return (
                QCoreApplication.translate(
                    "ReadAloud", "This computer has no voice for %1: reading in %2."
                )
                .replace("%1", name)
                .replace("%2", choice.instead)
            )
        return ""

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    @Slot()
    def release(self) -> None:
        """Let the engine go on its own thread, before the thread ends."""
        if self._engine is not None:
            self._engine.stop()
            self._engine.deleteLater()
            self._engine = None


class ReadAloud(QObject):
    """Read-aloud for the window: the engine runs on a thread of its own, so a speech
    service that hangs (a stuck speech-dispatcher blocks even the engine's constructor)
    never freezes the kiosk; the button simply stays silent."""

    said = Signal(str)  # a note for the screen ("" when all went as asked)
    _read = Signal(list, str)
    _release = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.spoken: list[tuple[str, str]] = []  # what the latest reading spoke
        self._thread: QThread | None = None
        self._voice: Voice | None = None

    def read(self, texts: Sequence[str], language: str) -> None:
        """Start reading (the note comes back through `said`)."""
        if self._thread is None:  # the thread starts on the first reading, not with the window
            self._thread = QThread()
            self._voice = Voice(self.engine_name)
            self._voice.moveToThread(self._thread)
            self._read.connect(self._voice.read_and_tell)
            self._release.connect(self._voice.release)
            self._voice.said.connect(self._said)
            self._thread.start()
        self._read.emit(list(texts), language)

    def _said(self, spoken: list[tuple[str, str]], note: str) -> None:
        self.spoken = spoken
        self.said.emit(note)

    def close(self) -> None:
        """End the speech thread (the window closes). A hung engine is left behind."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._release.emit()
        thread.quit()
        if not thread.wait(3000):
            log.warning("the speech engine did not stop; leaving it")
            _abandoned.append(thread)  # never destroyed while running (that aborts Qt)


_abandoned: list[QThread] = []
