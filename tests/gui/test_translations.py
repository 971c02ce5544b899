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

# The contexts a signer sees; the volunteer's side (SetupPage, EditDialog, ...) is in English.
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
LANGUAGES = ("es", "pt", "ht", "zh", "vi")

# Qt's numbered arguments (%1 ... %99, also %L1); the code fills them with str.replace.
PLACEHOLDER = re.compile(r"%L?\d+")


class Message(NamedTuple):
    context: str
    source: str
    translation: str
    type: str  # "" when finished; else "unfinished", "vanished" or "obsolete"


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"tabling_{code}.ts"


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", default=""),
                    translation="" if translation is None else "".join(translation.itertext()),
                    type="" if translation is None else translation.get("type", ""),
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
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in read_messages(ts_file(code))
        if m.translation
        and Counter(PLACEHOLDER.findall(m.translation)) != Counter(PLACEHOLDER.findall(m.source))
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


@pytest.mark.parametrize("code", LANGUAGES)
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
