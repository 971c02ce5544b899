"""An import killed at named steps, then run again: every row saved exactly once.

The process kills itself at the step TABLING_CRASH_AT names (desktop/crashpoints.py), so
each kill lands exactly there on any machine.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.events import EventSpec, create_event
from desktop.organizer import initialize
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost
from desktop.store.engine import open_database
from desktop.store.models import Action, ImportedRow, Signup
from tests.signin.conftest import PASSPHRASE

FIRST = [
    "Ana",
    "José",
    "Thị",
    "Wei",
    "Marie",
    "Kwame",
    "Rosa",
    "Dmitri",
    "Fatima",
    "Lan",
    "Pedro",
    "Aisha",
    "Jean",
    "Mei",
    "Carlos",
    "Nia",
    "Tomás",
    "Linh",
    "Omar",
    "Sofia",
]
LAST = [
    "Silva",
    "García",
    "Nguyễn",
    "Chen",
    "Joseph",
    "Mensah",
    "Díaz",
    "Ivanov",
    "Hassan",
    "Tran",
    "Lopes",
    "Okafor",
    "Pierre",
    "Wong",
    "Reyes",
    "Santos",
    "Pham",
    "Ali",
    "Costa",
    "Moreau",
]
TOWNS = ["Amherst", "Salem", "Ludlow", "Chelsea", "Lenox", "Pelham", "Hadley", "Florence"]
HEADER = (
    "first_name,last_name,address,town,zip,email,phone,language,"
    "consent_email,consent_letter,consent_updates_email\n"
)


def people(count: int) -> str:
    """`count` different people: namesakes and neighbours, never one person twice."""
    rows = []
    for n in range(count):
        first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
        email = f"p{n}@example.org" if n % 3 == 0 else ""
        phone = f"617-555-{n:04d}" if n % 5 == 0 else ""
        town = TOWNS[n % len(TOWNS)]
        rows.append(f"{first},{last},{n + 1} Main St,{town},,{email},{phone},en,no,yes,no\n")
    return HEADER + "".join(rows)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[str, str, Path]:
    """A database with the cheapest key costs and an event; (url, event id, data folder)."""
    url = f"sqlite:///{tmp_path / 'tabling.db'}"
    sessions = open_database(url)
    with sessions.begin() as session:
        initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)
        event_id = create_event(session, EventSpec("Fair", dt.date(2026, 12, 1), "Hall")).id
    sessions.kw["bind"].dispose()
    return url, event_id, tmp_path


def run_import(url: str, event_id: str, sheet: Path, home: Path, crash: str = "") -> int:
    env = {**os.environ, "TABLING_HOME": str(home)}
    if crash:
        env["TABLING_CRASH_AT"] = crash
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", url, "import", str(sheet),
         "--event", event_id],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return done.returncode


def counts(url: str) -> tuple[int, int, int]:
    sessions = open_database(url)
    with sessions() as session:
        found = tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Signup, Action, ImportedRow)
        )
    sessions.kw["bind"].dispose()
    return found  # type: ignore[return-value]


@pytest.mark.parametrize(
    "point", ["signin_before_commit", "signin_after_commit", "import_row_saved"]
)
@pytest.mark.parametrize("row", [1, 7, 20])
def test_an_import_killed_at_a_named_step_and_run_again_saves_each_row_once(
    setup: tuple[str, str, Path], point: str, row: int
) -> None:
    url, event_id, home = setup
    sheet = home / "sheet.csv"
    sheet.write_text(people(20), encoding="utf-8")
    assert run_import(url, event_id, sheet, home, f"{point}:{row}") == -signal.SIGKILL
    saved_before_kill = counts(url)[0]
    assert saved_before_kill == (row - 1 if point == "signin_before_commit" else row)
    assert run_import(url, event_id, sheet, home) == 0
    assert counts(url) == (20, 40, 20)  # two letters each: Representative and Senator


def test_ten_kills_at_random_rows_of_two_thousand_and_a_rerun_leave_two_thousand(
    setup: tuple[str, str, Path],
) -> None:
    url, event_id, home = setup
    sheet = home / "sheet.csv"
    sheet.write_text(people(2000), encoding="utf-8")
    chance = random.Random(20261201)
    points = ["signin_before_commit", "signin_after_commit", "import_row_saved"]
    for _ in range(10):
        # A later run skips the saved rows: its Nth row is further into the file.
        crash = f"{chance.choice(points)}:{chance.randint(1, 150)}"
        assert run_import(url, event_id, sheet, home, crash) == -signal.SIGKILL
    assert run_import(url, event_id, sheet, home) == 0
    signups, _actions, imported = counts(url)
    assert (signups, imported) == (2000, 2000)
