"""The window's speed: start to a form that takes input, and keystroke to legislators card.

1. Process start to input: a fresh process is launched and the parent's clock runs until
   the child prints READY, which it does once the main window is shown, painted, and the
   first-name field has the keyboard focus. Baseline: the same for a bare PySide6 window
   holding one QLineEdit: interpreter, Qt and a window, nothing of ours.
2. Keystroke to card: in one process, for many towns, the last character of the town's
   name is typed into the place field and the clock stops when the legislators card
   shows its member. Baseline: the same keystroke into a plain QLineEdit with no handler.
3. The same for a street address in a split town, with a Suffolk-sized county of street
   ranges imported: the last letter of the street completes its name, and the card shows
   what the street ranges decide. Baseline: the same keystroke into a plain QLineEdit.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.timing import Measurement, paired_medians
from desktop import paths

STARTUP_TARGET_RATIO = 3.0
CARD_TARGET_SECONDS = 0.050

_BARE = """\
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
field = QLineEdit()
field.resize(1280, 800)
field.show()
field.setFocus()
app.processEvents()
print("READY", flush=True)
"""

_OURS = """\
from PySide6.QtWidgets import QApplication
from desktop.gui.app import build_context, create_window
from desktop.gui.workers import Pools
app = QApplication([])
window = create_window(build_context(), app, Pools())
window.resize(1280, 800)
window.show()
window.signin.fields.inputs["first_name"].setFocus()
app.processEvents()
assert window.focusWidget() is window.signin.fields.inputs["first_name"]
print("READY", flush=True)
"""


def _time_child(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=paths.project_root(), env=env,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if "READY" not in done.stdout:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr.strip()}")
    return elapsed


def _prepared_home(folder: str) -> dict[str, str]:
    """A TABLING_HOME with keys and a current event, so the app opens on its form."""
    env = {**os.environ, "TABLING_HOME": folder, "QT_QPA_PLATFORM": "offscreen"}
    setup = (
        "import datetime as dt\n"
        "from desktop.store.engine import open_database\n"
        "from desktop.organizer import initialize\n"
        "from desktop.privacy.keys import KdfCost\n"
        "from desktop.events import EventSpec, create_event\n"
        "with open_database().begin() as s:\n"
        "    initialize(s, 'benchmark only passphrase', cost=KdfCost.MIN)\n"
        "    create_event(s, EventSpec('Bench', dt.date(2026, 1, 1), 'Here'))\n"
    )
    subprocess.run([sys.executable, "-c", setup], env=env, check=True, cwd=paths.project_root())
    return env


def startup_to_input(runs: int) -> Measurement:
    with tempfile.TemporaryDirectory() as folder:
        env = _prepared_home(folder)
        _time_child(_OURS, env)  # warm-up
        _time_child(_BARE, env)
        ours, bare = paired_medians(
            lambda: _time_child(_OURS, env), lambda: _time_child(_BARE, env), runs
        )
    return Measurement(
        name="process start to form input", unit="ms", ours=ours * 1000, baseline=bare * 1000,
        baseline_name="bare PySide6 window + QLineEdit", rounds=runs,
        target=f"<= {STARTUP_TARGET_RATIO:g}x baseline",
        target_met=ours <= STARTUP_TARGET_RATIO * bare,
        note="fresh process per run, offscreen, whole wall-clock time",
    )  # fmt: skip


def keystroke_to_card(rounds: int, seed: int) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TABLING_HOME"] = folder
        _prepared_home(folder)
        from desktop.gui.app import build_context, create_window
        from desktop.gui.workers import Pools

        window = create_window(build_context(), app, Pools())  # type: ignore[arg-type]
        window.show()
        page = window.signin
        assert page is not None and page.fields is not None
        field, card = page.fields.inputs["place"], page.card
        whole = [t for t in page.service.dataset.towns if not page.service.dataset.is_split(t)]
        towns = random.Random(seed).sample(whole, 50)
        plain = QLineEdit()

        def shown(town: str) -> None:
            assert field.text() == town and "not decided" not in card.house.text()

        medians = _paired_keystrokes(field, plain, towns, rounds, page.update_card, shown)
        _close(app, window, plain)
    return _card_measurement(
        "keystroke to legislators card", medians, rounds,
        f"last letter of 50 whole towns' names; seed {seed}",
    )  # fmt: skip


def _paired_keystrokes(
    field: Any,
    plain: Any,
    texts: list[str],
    rounds: int,
    before: Callable[[], object] = lambda: None,
    check: Callable[[str], None] = lambda _text: None,
) -> tuple[float, float]:
    """Medians of the last keystroke into our field and into a plain one, interleaved."""
    return paired_medians(
        lambda: _last_keystroke(field, texts, before, check),
        lambda: _last_keystroke(plain, texts),
        rounds,
    )


def _close(app: Any, window: Any, plain: Any) -> None:
    """Let Qt destroy the widgets now, not in the interpreter's final garbage collection."""
    window.close()
    window.deleteLater()
    plain.deleteLater()
    app.processEvents()


def _card_measurement(
    name: str, medians: tuple[float, float], rounds: int, note: str
) -> Measurement:
    ours, bare = medians
    return Measurement(
        name=name, unit="ms", ours=ours * 1000, baseline=bare * 1000,
        baseline_name="keystroke into a plain QLineEdit", rounds=rounds,
        target=f"< {CARD_TARGET_SECONDS * 1000:.0f} ms", target_met=ours < CARD_TARGET_SECONDS,
        note=note,
    )  # fmt: skip


def _last_keystroke(
    field: Any,
    texts: list[str],
    before: Callable[[], object] = lambda: None,
    check: Callable[[str], None] = lambda _text: None,
) -> float:
    """The median time of typing each text's last character, the rest already typed."""
    from PySide6.QtTest import QTest

    samples = []
    for text in texts:
        field.setText(text[:-1])
        before()
        start = time.perf_counter()
        QTest.keyClicks(field, text[-1])
        samples.append(time.perf_counter() - start)
        check(text)
    return sorted(samples)[len(samples) // 2]


def street_keystroke_to_card(rounds: int, seed: int) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit

    from benchmarks.streets_bench import county_records, typed_addresses
    from desktop.streets.addrfeat import write_addrfeat_zip
    from desktop.streets.importer import import_addrfeat

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TABLING_HOME"] = folder
        _prepared_home(folder)
        records = county_records(seed)
        archive = Path(folder) / "tl_2024_25025_addrfeat.zip"
        write_addrfeat_zip(archive, records)
        import_addrfeat(archive)
        from desktop.gui.app import build_context, create_window
        from desktop.gui.workers import Pools

        window = create_window(build_context(), app, Pools())  # type: ignore[arg-type]
        window.show()
        page = window.signin
        assert page is not None and page.fields is not None
        deadline = time.monotonic() + 30
        while page.service.streets is None and time.monotonic() < deadline:
            app.processEvents()  # the street table opens in the background after start
            time.sleep(0.01)
        assert page.service.streets is not None, "the street table did not open"
        page.fields.inputs["place"].setText("Boston")
        field, card = page.fields.inputs["street_address"], page.card
        texts = [f"{number} {street}" for number, street in typed_addresses(records, 50, seed)]
        plain = QLineEdit()

        def shown(_text: str) -> None:
            assert card.house.text()

        medians = _paired_keystrokes(field, plain, texts, rounds, check=shown)
        _close(app, window, plain)
    return _card_measurement(
        "keystroke to card (street address)", medians, rounds,
        f"last letter of 50 street addresses in Boston, 60,000 segments; seed {seed}",
    )  # fmt: skip


def gui_measurements(runs: int, rounds: int, seed: int) -> list[Measurement]:
    return [
        startup_to_input(runs),
        keystroke_to_card(rounds, seed),
        street_keystroke_to_card(rounds, seed),
    ]
