"""Read-aloud speaks the screen in the signer's language through Qt's text-to-speech, and
says so on screen when the computer has no voice for it.

Qt's own "mock" engine (it ships with PySide6: English, Finnish and Norwegian voices, no
sound) runs everywhere, CI included. (speech-dispatcher with espeak-ng, tried by hand,
offers en, es, pt_BR, ht_HT, vi_VN and Mandarin by voice name; driven from a test with no
sound card it blocks, so it is not run here.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.gui.read_aloud import ReadAloud
from tests.gui.test_signin import type_into


def _engine_has(name: str) -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return False
    return name in QTextToSpeech.availableEngines()


needs_mock = pytest.mark.skipif(not _engine_has("mock"), reason="no QtTextToSpeech here")


@needs_mock
def test_f2_reads_the_form_its_errors_and_the_card_in_english(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.use_reader(ReadAloud("mock", window))
    type_into(qtbot, window, first_name="Ana", place="Florence")
    page = window.signin
    assert page is not None
    page.submit()  # the last name is missing: its error is read too
    with qtbot.waitSignal(window.reader.said, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F2)
    texts = [text for text, _locale in window.reader.spoken]
    assert texts[0].startswith("Sign in to ask your legislators")
    assert "Last name" in texts and "Please fill this in." in texts
    assert any("State Representative" in text for text in texts)
    assert {locale for _text, locale in window.reader.spoken} <= {"en_US", "en_GB"}


@needs_mock
def test_a_language_without_a_voice_is_never_read_in_another_silently(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.use_reader(ReadAloud("mock", window))
    page = window.signin
    assert page is not None
    qtbot.mouseClick(page.language_bar.buttons["es"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.reader.said, timeout=10_000):
        qtbot.mouseClick(page.read_aloud, Qt.MouseButton.LeftButton)
    assert window.reader.spoken == []
    assert "Español" in page.status.text()  # said on screen, in Spanish
