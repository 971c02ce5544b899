"""The kiosk at real screen sizes, in every language and a stretched pseudo-language, in
every state that adds content: nothing drawn over anything, no text cut off, no text
smaller than reads at one metre."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.campaigns.model import LANGUAGES
from desktop.gui.app import main_window
from desktop.gui.context import AppContext
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.style import MIN_CONTROL_PX, MIN_READABLE_PX, apply_style
from desktop.gui.workers import Pools
from desktop.settings import VOLUNTEER_LANGUAGE
from desktop.signin.validation import FieldProblem, Problem
from tests.gui.conftest import PASSPHRASE
from tests.gui.layout_check import problems

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]
PSEUDO = "pseudo"
PROJECT = Path(__file__).resolve().parents[2]


def stretched_translator(qapp: QApplication, folder: Path) -> QTranslator:
    """Every string 40 % longer, as a long translation would be (Vorta's TRANS_SCALE):
    a .ts made from the Spanish one's sources, compiled as the app's own are."""
    tree = ET.parse(PROJECT / "resources" / "translations" / "tabling_es.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        extra = round(len(source) * 0.4)
        longer = source + "".join(" ẍẍẍ"[i % 4] for i in range(extra))
        forms = translation.findall("numerusform")  # a plural: each of its forms
        for form in forms:
            form.text = longer
        if not forms:
            translation.text = longer
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    return translator


def seen(window: MainWindow) -> list[str]:
    return problems(window, MIN_READABLE_PX, MIN_CONTROL_PX)


def settle(qapp: QApplication) -> None:
    """Let every layout take its new size (a scroll area's content settles in rounds)."""
    for _ in range(4):
        qapp.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qapp.processEvents()


def _typed(window: MainWindow, place: str) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    page.fields.inputs["place"].setText(place)
    page.fields.edited.emit("place")


def _errors_everywhere(window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    names = [*page.fields.inputs, "ward"]
    page._show_problems([FieldProblem(name, Problem.REQUIRED) for name in names])


def _letter_and_banner(window: MainWindow) -> None:
    page = window.signin
    assert page is not None and page.fields is not None
    page.fields.consents["consent_letter"].setChecked(True)
    page.banner.show_seconds(10)


STATES: dict[str, Callable[[MainWindow], None]] = {
    "empty": lambda window: None,
    "a whole town": lambda window: _typed(window, "Florence"),
    "a split town": lambda window: _typed(window, "Dorchester"),
    "a vacant seat": lambda window: _typed(window, "Ashfield"),  # 1st Franklin: vacant
    "several towns": lambda window: _typed(window, "Centerville"),
    "errors on every field": _errors_everywhere,
    "a letter, its note and the idle banner": _letter_and_banner,
}


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_kiosk_fits_every_screen_in_every_language(
    qtbot: QtBot, qapp: QApplication, context: AppContext, tmp_path: Path, width: int, height: int
) -> None:
    translations = Translations(qapp)
    apply_style(qapp, screen_height=height)
    window = main_window(context, Pools.inline(), translations)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    stretched = stretched_translator(qapp, tmp_path)
    try:
        for language in [*LANGUAGES, PSEUDO]:
            for state, make in STATES.items():
                window.show_kiosk()
                if language == PSEUDO:
                    translations.switch("en")
                    qapp.installTranslator(stretched)
                else:
                    translations.switch(language)
                make(window)
                settle(qapp)
                found += [f"{language}, {state}: {p}" for p in seen(window)]
                qapp.removeTranslator(stretched)
    finally:
        qapp.removeTranslator(stretched)
        translations.switch("en")
    assert not found, f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found[:40])


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_thank_you_and_the_volunteer_view_fit(
    qtbot: QtBot, qapp: QApplication, context: AppContext, tmp_path: Path, width: int, height: int
) -> None:
    translations = Translations(qapp)
    apply_style(qapp, screen_height=height)
    stretched = stretched_translator(qapp, tmp_path)
    found: list[str] = []
    try:
        for language in [*LANGUAGES, PSEUDO]:
            # The volunteer view is built in the volunteer's language on first use: a
            # window of its own for each.
            context.settings.set(VOLUNTEER_LANGUAGE, "en" if language == PSEUDO else language)
            window = main_window(context, Pools.inline(), translations)
            qtbot.addWidget(window)
            window.resize(width, height)
            window.show()
            if language == PSEUDO:
                translations.switch("en")
                qapp.installTranslator(stretched)
            else:
                translations.switch(language)
            window.show_kiosk()
            page = window.signin
            assert page is not None and page.fields is not None
            page.fields.inputs["first_name"].setText("Maria da Conceição")
            page.fields.inputs["last_name"].setText("Nascimento-Albuquerque")
            page.fields.inputs["place"].setText("Florence")
            page.fields.consents["consent_letter"].setChecked(True)
            page.fields.consents["consent_email"].setChecked(True)
            page.fields.inputs["email"].setText("maria@example.org")
            page.submit()
            settle(qapp)
            assert window.stack.currentWidget() is window.thank_you
            found += [f"{language}, thank-you: {p}" for p in seen(window)]
            window.show_volunteer()
            volunteer = window.volunteer
            assert volunteer is not None
            volunteer.passphrase.setText(PASSPHRASE)
            volunteer.unlock()
            settle(qapp)
            found += [f"{language}, volunteer: {p}" for p in seen(window)]
            # Each of its tabs (Letters, Outbox, Duplicates, Streets), then the Sign-ups again.
            tabs = volunteer.tabs
            for index in [*range(1, tabs.count()), 0]:
                tabs.setCurrentIndex(index)
                settle(qapp)
                name = tabs.tabText(index)
                found += [f"{language}, volunteer tab {name}: {p}" for p in seen(window)]
                # From 1366x768 up, every tab fits without scrolling the view (its tables
                # give way first), the stale-roster warning shown and all.
                scroll = volunteer.findChild(QScrollArea, "volunteerScroll")
                assert scroll is not None
                if width >= 1366 and language != PSEUDO and scroll.verticalScrollBar().isVisible():
                    needed = scroll.widget().minimumSizeHint().height()
                    found.append(
                        f"{language}, volunteer tab {name}: the view scrolls ({needed} pixels"
                        f" tall in {scroll.viewport().height()})"
                    )
            qapp.removeTranslator(stretched)
            window.close()
    finally:
        qapp.removeTranslator(stretched)
        translations.switch("en")
    assert not found, f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found[:40])
