"""The committed Qt Linguist files: complete for signers, faithful to the code, compilable.

No window is needed: the `.ts` files are XML, and lupdate/lrelease run as the Makefile
runs them, from the PySide6 beside this Python.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

PROJECT = Path(__file__).resolve().parents[2]
TRANSLATIONS = PROJECT / "resources" / "translations"
GUI_SOURCES = PROJECT / "desktop" / "gui"
# The field table's labels are marked for translation where they are declared.
FIELD_LABELS = PROJECT / "desktop" / "signin" / "fields.py"

# The contexts a signer sees.
SIGNER_CONTEXTS = (
    "NoteBox",
    "TablePrinter",
    "FormFields",
    "IdleBanner",
    "LegislatorsCard",
    "ProblemMessages",
    "SigninPage",
    "ThankYouPage",
)
# The contexts a volunteer sees, in the volunteer.language setting's language (issue 13):
# the volunteer view's pages, tabs, dialogs and the widgets on them.
VOLUNTEER_CONTEXTS = (
    "ChangePassphraseDialog",
    "DatasetPanel",
    "DuplicatesTab",
    "EditDialog",
    "HoldingsTab",
    "LettersTab",
    "OutboxTab",
    "PassphraseStrength",
    "PdfPreview",
    "PendingLookup",
    "PreferencesDialog",
    "ResolveDialog",
    "SettingsDialog",
    "SetupPage",
    "SheetFiles",
    "SignupsModel",
    "StreetsTab",
    "SyncStatus",
    "VolunteerPage",
)
LANGUAGES = ("es", "pt", "ht", "zh", "vi")
# Translations that are rightly the English text: a format alone, or a word the language
# writes as English does (Vietnamese says "Email").
SAME_AS_ENGLISH = {
    # a print system's name and two systems' names; a label and its value
    "*": {"CUPS (Linux, macOS)", "%1: %2"},
    "vi": {"Email", "Email:", "Email: %1", "email"},
}
# English plural forms ("1 letter", "2 letters") of every counted message: its own file.
ENGLISH_PLURALS = TRANSLATIONS / "tabling_en.ts"

# Qt's numbered arguments (%1 ... %99, also %L1); the code fills them with str.replace.
PLACEHOLDER = re.compile(r"%L?\d+")


class Message(NamedTuple):
    context: str
    source: str
    translation: str
    type: str  # "" when finished; else "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...] = ()  # each plural form of a counted (%n) message; else the one


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"tabling_{code}.ts"


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            plurals = () if translation is None else translation.findall("numerusform")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", default=""),
                    translation=text,
                    type="" if translation is None else translation.get("type", ""),
                    forms=tuple(form.text or "" for form in plurals) or (text,),
                )
            )
    return messages


def qt_tool(name: str) -> Path:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        pytest.fail(f"{name} is not beside {sys.executable}: install PySide6 in this environment")
    return tool


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_signer_message_is_translated(code: str) -> None:
    messages = [m for m in read_messages(ts_file(code)) if m.context in SIGNER_CONTEXTS]
    assert messages, f"no signer messages in {ts_file(code).name}"
    assert {m.context for m in messages} == set(SIGNER_CONTEXTS)
    missing = [
        f"{m.context}: {m.source!r}" + (f" ({m.type})" if m.type else "")
        for m in messages
        if m.type or not m.translation.strip()
    ]
    assert not missing, f"{ts_file(code).name} lacks finished translations for:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_volunteer_message_is_translated(code: str) -> None:
    messages = [m for m in read_messages(ts_file(code)) if m.context in VOLUNTEER_CONTEXTS]
    assert {m.context for m in messages} == set(VOLUNTEER_CONTEXTS)
    missing = [
        f"{m.context}: {m.source!r}" + (f" ({m.type})" if m.type else "")
        for m in messages
        if m.type or not m.translation.strip()
    ]
    assert not missing, f"{ts_file(code).name} lacks finished translations for:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_signer_or_volunteer_message_is_left_in_english(code: str) -> None:
    """A translation copied from the source (lupdate's same-text guess, accepted) is not one."""
    allowed = SAME_AS_ENGLISH["*"] | SAME_AS_ENGLISH.get(code, set())
    copied = [
        f"{m.context}: {m.source!r}"
        for m in read_messages(ts_file(code))
        if m.context in (*SIGNER_CONTEXTS, *VOLUNTEER_CONTEXTS)
        and m.type not in ("vanished", "obsolete")
        and m.translation.strip() == m.source.strip()
        and m.source not in allowed
    ]
    assert not copied, f"{ts_file(code).name} leaves these as in English:\n" + "\n".join(copied)


def test_every_counted_message_has_its_english_plural_forms(
    strings_in_code: set[tuple[str, str]],
) -> None:
    """English is the source, but "%n letter(s)" needs "1 letter" and "2 letters" all the same."""
    root = ET.parse(ENGLISH_PLURALS).getroot()
    forms = {
        (context.findtext("name", default=""), message.findtext("source", default="")): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type", "") not in ("vanished", "obsolete")
    }
    counted = {(context, source) for context, source in strings_in_code if "%n" in source}
    assert counted, "no counted (%n) message in the code"
    assert set(forms) == counted, "run `make lupdate`, then give the new ones their two forms"
    wrong = [
        f"{key}: {texts}"
        for key, texts in forms.items()
        if len(texts) != 2 or texts[0] == texts[1] or not all("%n" in text for text in texts)
    ]
    assert not wrong, "English plurals unfinished:\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_message_anywhere_is_left_unfinished(code: str) -> None:
    """The volunteer's side too: every translatable string, in every language."""
    missing = [
        f"{m.context}: {m.source!r}" + (f" ({m.type})" if m.type else "")
        for m in read_messages(ts_file(code))
        if m.type not in ("vanished", "obsolete") and (m.type or not m.translation.strip())
    ]
    assert not missing, f"{ts_file(code).name} has unfinished messages:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_match_the_source(code: str) -> None:
    wrong = [
        f"{m.context}: {m.source!r} -> {form!r}"
        for m in read_messages(ts_file(code))
        if m.translation
        for form in m.forms
        if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source))
    ]
    assert not wrong, f"{ts_file(code).name}: placeholders differ from the source:\n" + "\n".join(
        wrong
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_file_declares_its_language(code: str) -> None:
    language = ET.parse(ts_file(code)).getroot().get("language", "")
    assert language.split("_")[0] == code


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every (context, source) that lupdate finds in desktop/gui/ today."""
    fresh = tmp_path_factory.mktemp("lupdate") / "tmp.ts"
    sources = [*sorted(str(path) for path in GUI_SOURCES.rglob("*.py")), str(FIELD_LABELS)]
    subprocess.run(
        [str(qt_tool("pyside6-lupdate")), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        cwd=PROJECT,
    )
    found = {(m.context, m.source) for m in read_messages(fresh)}
    assert found, "lupdate found no tr() strings in desktop/gui/"
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_ts_files_are_up_to_date_with_the_code(
    code: str, strings_in_code: set[tuple[str, str]]
) -> None:
    committed = {
        (m.context, m.source)
        for m in read_messages(ts_file(code))
        if m.type not in ("vanished", "obsolete")
    }
    new = sorted(strings_in_code - committed)
    gone = sorted(committed - strings_in_code)
    assert not new and not gone, (
        f"{ts_file(code).name} is out of date with the tr() strings in desktop/gui/: "
        "run `make lupdate`, then translate what it marks unfinished.\n"
        f"In the code but not in the file: {new}\nIn the file but not in the code: {gone}"
    )


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_ts_compiles_to_qm(code: str, tmp_path: Path) -> None:
    qm = tmp_path / f"tabling_{code}.qm"
    result = subprocess.run(
        [str(qt_tool("pyside6-lrelease")), str(ts_file(code)), "-qm", str(qm)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr or result.stdout
    assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    assert qm.exists() and qm.stat().st_size > 0


def test_the_kiosk_settings_are_labelled_as_the_settings_declare_them() -> None:
    """The dialog translates the labels of desktop/settings.py from its own list: a label
    changed there and not here would be shown in English in every language."""
    from desktop.gui.pages.preferences_dialog import FIELDS, LABELS
    from desktop.settings import VOLUNTEER_LANGUAGE

    for setting, *_ in FIELDS:
        assert setting.key in LABELS, setting.key
        if setting is not VOLUNTEER_LANGUAGE:  # shorter here: the list shows the languages
            assert LABELS[setting.key] == setting.label


def test_every_word_the_outbox_tab_shows_from_the_outbox_is_marked() -> None:
    """Kinds, states and fixed recipients are English in desktop/outbox/: the tab translates
    each from its WORDS, so a new one must be added there (or it stays English)."""
    from desktop.gui.pages.outbox_tab import WORDS
    from desktop.outbox.kinds import KINDS
    from desktop.outbox.listing import _TITLES, STATE_WORDS

    shown = {kind.label for kind in KINDS.values()}
    shown |= {kind.recipient for kind in KINDS.values()} - {"", "Action Network"}
    shown |= set(STATE_WORDS.values())
    shown |= {
        f"the signer's {title}, once the district is decided"
        for title in (*_TITLES.values(), "legislator")
    }
    shown.add("a former member")
    assert shown <= set(WORDS), sorted(shown - set(WORDS))
