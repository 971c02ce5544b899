"""One laptop of the hub simulation (tests/hub/test_simulation.py), run as a process.

It signs its people in one by one (some of them people another laptop signs in too),
and every few sign-ins syncs with the hub and runs its outbox against the loopback SMTP
server, with the hub's claims; the organizer's laptop (number 0) also prints every
letter waiting, as a lobby day's one set. A hub that is down is carried on without.
Killed at any moment (by the test, or at a named crash point), it is started again and
goes on from where its log says it was.

Configured by environment variables (SIM_*); writes `signed` (one person number per
line, after the sign-up committed) and `printed` (letter ids, after the print and before
they are marked printed, as a printer takes a job before the app records it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.hub.claims import HubClaims
from desktop.hub.errors import HubError
from desktop.hub.sync import sync
from desktop.organizer import require_key_record, unlock_private_key
from desktop.outbox.messages import Sender
from desktop.outbox.runner import SyncConfig, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.outbox.smtp import SmtpSettings
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import mark_printed, queued_letters
from desktop.signin.service import EventContext, SigninService
from desktop.store.engine import open_database
from desktop.store.models import Event
from desktop.store.sessions import SessionFactory

PASSPHRASE = "kettle orbit plum seventy"
TOWNS = ("Amherst", "Florence", "Northampton", "Hadley", "Pelham", "Salem", "Quincy")
EVERY = 15  # sign-ins between two rounds of sync, outbox and printing


def person(laptop: int, number: int) -> SigninForm:
    """Every fifth person is one somebody else signs in too: the same name and email."""
    shared = number % 5 == 0
    who = f"Shared{number}" if shared else f"L{laptop}n{number}"
    return SigninForm(
        first_name=who, last_name="Trần" if shared else "Nguyễn", place=TOWNS[number % 7],
        email=f"{who.lower()}@example.org" if number % 3 == 0 else "",
        consent_email=number % 3 == 0, consent_letter=True,
    )  # fmt: skip


def print_letters(
    sessions: SessionFactory, dataset: Dataset, opener: Opener, log_path: Path
) -> None:
    """Print every letter waiting for the event (the organizer's one set for the day)."""
    with sessions() as session:
        event_id = session.query(Event.id).scalar()
        assert event_id is not None
        letters = queued_letters(session, dataset, event_id, opener, dt.date(2027, 1, 6))
    ids = [letter.action_id for letter in letters if letter.job is not None]
    if not ids:
        return
    with log_path.open("a") as log:  # the printer took them
        log.write("".join(f"{i}\n" for i in ids))
        log.flush()
        os.fsync(log.fileno())
    with sessions.begin() as session:
        mark_printed(session, ids)


def main() -> int:
    laptop = int(os.environ["SIM_LAPTOP"])
    count = int(os.environ["SIM_PEOPLE"])
    folder = Path(os.environ["SIM_FOLDER"])
    sessions = open_database(f"sqlite:///{folder / 'laptop.db'}")
    hub = create_engine(os.environ["SIM_HUB"], connect_args={"connect_timeout": 3})
    role = os.environ["SIM_ROLE"]
    lease = dt.timedelta(seconds=float(os.environ["SIM_LEASE"]))
    smtp = SmtpSettings("127.0.0.1", int(os.environ["SIM_SMTP_PORT"]), "none", None,
                        password=None, timeout=5.0)  # fmt: skip
    dataset = Dataset(paths.dataset_path())
    with sessions() as session:
        keys = require_key_record(session)
        event_id = session.query(Event.id).scalar()
        opener = Opener(unlock_private_key(session, PASSPHRASE))
    assert event_id is not None
    signing = SigninService(sessions, dataset, EventContext(event_id, ("letter", "email")), keys)
    signed_log, printed_log = folder / "signed", folder / "printed"
    done = {int(n) for n in signed_log.read_text().split()} if signed_log.exists() else set()

    def round_() -> None:
        with contextlib.suppress(HubError, OperationalError, DBAPIError):
            sync(sessions, hub, role)  # a hub that is down: carry on, sync next time
        if laptop == 0:
            print_letters(sessions, dataset, opener, printed_log)
        config = SyncConfig(smtp, Sender("action@coalition.example.org", "Coalition"), None,
                            rate_limit=0, patience_seconds=0)  # fmt: skip
        claims = HubClaims(sessions, hub, role, lease=lease)
        SyncRunner(sessions, dataset, opener, campaign_loader(), config, claims=claims).run()

    for number in range(count):
        if number in done:
            continue
        signing.submit(person(laptop, number))
        with signed_log.open("a") as log:
            log.write(f"{number}\n")
        if number % EVERY == EVERY - 1:
            round_()
    round_()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
