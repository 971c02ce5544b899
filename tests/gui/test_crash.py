"""Killing the app (SIGKILL) right after the thank-you screen appears loses no sign-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.events import current_event
from desktop.gui.context import AppContext
from desktop.organizer import unlock_private_key
from desktop.privacy.sealing import Opener
from desktop.signin.records import read_signups
from desktop.store.models import Signup
from tests.gui.conftest import PASSPHRASE

ROUNDS = 5


def test_sigkill_after_the_thank_you_screen_loses_nothing(
    context: AppContext, db_path: Path
) -> None:
    url = f"sqlite:///{db_path}"
    root = Path(__file__).resolve().parents[2]
    seen = []
    for round_number in range(ROUNDS):
        name = f"Signer{round_number}"
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.kill_driver", url, name],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert line.startswith("SHOWN "), child.stderr.read() if child.stderr else ""
        assert child.returncode == -signal.SIGKILL
        seen.append(line.split()[1])

    with context.sessions() as session:
        stored = set(session.scalars(select(Signup.id)))
        event = current_event(session)
        assert event is not None
        records = read_signups(session, event.id, Opener(unlock_private_key(session, PASSPHRASE)))
    assert len(seen) == ROUNDS and set(seen) <= stored
    assert sorted(r.first_name for r in records) == [f"Signer{n}" for n in range(ROUNDS)]
    assert all(len(r.actions) == 2 for r in records)
