"""Migration 0006a: sign-ups sealed field by field before 0006 become one sealed record each.

The database is made as an earlier version left it (migrated to 0005, sign-ups written
with one sealed blob per field), then opened by this version: locked, it works on; the
organizer's unlock re-seals, and a run killed part-way goes on where it stopped.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.orm import sessionmaker

from desktop.districts.dataset import Dataset
from desktop.events import DEFAULT_CAMPAIGN
from desktop.organizer import initialize
from desktop.privacy.blind_index import BlindIndex, IndexCost
from desktop.privacy.keys import KdfCost, KeyRecord
from desktop.privacy.sealing import Sealer
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.engine import make_engine
from desktop.store.migrate import HEAD_REVISION, alembic_config, current_revisions, upgrade
from desktop.store.models import Action, DuplicateSuggestion, Signup
from desktop.store.resealing import BATCH, LEGACY_COLUMNS, count_unsealed

PASSPHRASE = "kettle orbit plum seventy"
PROJECT = Path(__file__).resolve().parents[2]


def _legacy_row(keys: KeyRecord, event_id: str, number: int) -> dict[str, object]:
    sealer, index = Sealer(keys.public_key), BlindIndex(keys.index_salt, keys.index_cost)
    first, last = f"Linh{number}", "Nguyễn"
    email = f"linh{number}@example.org"
    return {
        "id": str(uuid.uuid4()),
        "event_id": event_id,
        "created_at": dt.datetime(2026, 11, 1, 9, 0, number % 60),
        "updated_at": dt.datetime(2026, 11, 1, 9, 0),
        "source": "kiosk",
        "status": "resolved",
        "language": "vi",
        "consent_email": False,
        "consent_letter": True,
        "consent_updates_email": False,
        "consent_updates_text": False,
        "town": "Boston",
        "first_name_sealed": sealer.seal(first),
        "last_name_sealed": sealer.seal(last),
        "street_address_sealed": sealer.seal(f"{number} Dudley St"),
        "place_sealed": sealer.seal("Roxbury"),
        "zip_sealed": sealer.seal("02119"),
        "email_sealed": sealer.seal(email),
        "phone_sealed": None,
        "note_sealed": sealer.seal("Please vote yes"),
        "email_index": index.email(email),
        # Sign-up 2 as saved before 0004, when there was no name digest.
        "name_index": index.name(first, last) if number != 2 else None,
    }


def _earlier_database(path: Path, rows: int) -> tuple[Engine, KeyRecord, str]:
    """A database as the version before 0006 left it, with `rows` sign-ups."""
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0005")
    factory = sessionmaker(engine)
    with factory.begin() as session:
        keys = initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)
        # As that version wrote an event (today's models have columns it lacked).
        event_id = str(uuid.uuid4())
        session.execute(
            text(
                "INSERT INTO events (id, name, date, place, campaign_id, actions, languages,"
                " created_at) VALUES (:id, 'Fair', '2026-11-01', 'Hall', :campaign,"
                ' \'["letter", "email", "call"]\', \'["en"]\', \'2026-11-01 09:00:00.000000\')'
            ),
            {"id": event_id, "campaign": DEFAULT_CAMPAIGN},
        )
        session.execute(
            text("INSERT INTO app_state (key, value) VALUES ('current_event', :id)"),
            {"id": event_id},
        )
    values = [_legacy_row(keys, event_id, n) for n in range(rows)]
    if values:
        names = ", ".join(values[0])
        params = ", ".join(f":{k}" for k in values[0])
        with engine.begin() as connection:
            connection.execute(text(f"INSERT INTO signups ({names}) VALUES ({params})"), values)
            # Each with a letter printed: rows that refer to the sign-up must survive the
            # table being copied (SQLite's drop of the old copy would cascade to them).
            connection.execute(
                text(
                    "INSERT INTO actions (id, signup_id, kind, chamber, district, state,"
                    " created_at) VALUES (:id, :signup, 'letter', 'house', '1st Suffolk',"
                    " 'done', :at)"
                ),
                [{"id": str(uuid.uuid4()), "signup": v["id"], "at": v["created_at"]}
                 for v in values],
            )  # fmt: skip
    return engine, keys, event_id


def _expected(number: int) -> dict[str, str]:
    return {
        "first_name": f"Linh{number}",
        "last_name": "Nguyễn",
        "street_address": f"{number} Dudley St",
        "place": "Roxbury",
        "zip_code": "02119",
        "email": f"linh{number}@example.org",
        "note": "Please vote yes",
    }


def _opened(engine: Engine, dataset: Dataset, event_id: str) -> dict[str, dict[str, str]]:
    volunteer = VolunteerService(sessionmaker(engine), dataset, event_id)
    records = volunteer.records(volunteer.unlock(PASSPHRASE))  # oldest first
    opened: dict[str, dict[str, str]] = {}
    for r in records:  # by first name; a later namesake (a repeat) does not replace the first
        opened.setdefault(r.first_name, {f: r.value(f) for f in _expected(0) if r.value(f)})
    return opened


def test_a_locked_kiosk_works_on_and_the_unlock_reseals(tmp_path: Path, dataset: Dataset) -> None:
    engine, keys, event_id = _earlier_database(tmp_path / "tabling.db", 3)
    upgrade(engine)  # a start of this version, locked: the schema moves, nothing is opened
    assert current_revisions(engine) == {HEAD_REVISION}
    assert count_unsealed(engine) == 3

    sessions = sessionmaker(engine, expire_on_commit=False)
    service = SigninService(sessions, dataset, EventContext(event_id, ("letter",)), keys)
    # A new signer is saved the new way; the same person as an earlier sign-up (same name
    # and email) is not merged into a sign-up still waiting to be re-sealed: suggested.
    service.submit(SigninForm(first_name="Ana", last_name="Lima", place="Florence"))
    again = service.submit(
        SigninForm(first_name="Linh1", last_name="Nguyễn", place="Roxbury",
                   email="linh1@example.org")
    )  # fmt: skip
    assert not again.merged and [reason for _id, reason in again.suggestions] == ["email"]

    opened = _opened(engine, dataset, event_id)  # the organizer unlocks
    assert current_revisions(engine) == {"0006a", HEAD_REVISION} and count_unsealed(engine) == 0
    columns = {c["name"] for c in inspect(engine).get_columns("signups")}
    assert not columns & set(LEGACY_COLUMNS)
    assert {n: opened[f"Linh{n}"] for n in range(3)} == {n: _expected(n) for n in range(3)}
    assert opened["Ana"]["place"] == "Florence"
    with sessions() as session:
        assert session.scalar(select(DuplicateSuggestion.reason)) == "email"
        assert session.scalar(select(func.count()).select_from(Action)) == 3  # none lost
        earlier = [s for s in session.scalars(select(Signup)) if s.town == "Boston"]
        assert all(s.has_email for s in earlier)
        # The name digest an early sign-up lacked is made as it is re-sealed.
        index = BlindIndex(keys.index_salt, keys.index_cost)
        assert {s.name_index for s in earlier} == {
            index.name(f"Linh{n}", "Nguyễn") for n in range(3)
        }


def test_an_unlock_killed_while_resealing_goes_on_where_it_stopped(
    tmp_path: Path, dataset: Dataset
) -> None:
    rows = BATCH + 50
    path = tmp_path / "tabling.db"
    engine, _keys, event_id = _earlier_database(path, rows)
    upgrade(engine)
    code = (
        "from sqlalchemy.orm import sessionmaker\n"
        "from desktop.store.engine import make_engine\n"
        "from desktop.signin.volunteer import VolunteerService\n"
        f"engine = make_engine({f'sqlite:///{path}'!r})\n"
        f"VolunteerService(sessionmaker(engine), None, {event_id!r}).unlock({PASSPHRASE!r})\n"
    )
    env = {**os.environ, "TABLING_CRASH_AT": "reseal_batch_committed:1"}
    killed = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=PROJECT, capture_output=True, timeout=300
    )
    assert killed.returncode in (-9, 137), killed.stderr
    assert count_unsealed(engine) == rows - BATCH  # the first batch is kept, sealed anew
    assert current_revisions(engine) == {HEAD_REVISION}

    opened = _opened(engine, dataset, event_id)
    assert count_unsealed(engine) == 0 and current_revisions(engine) == {"0006a", HEAD_REVISION}
    assert opened == {f"Linh{n}": _expected(n) for n in range(rows)}


def test_nothing_to_reseal_needs_no_key(tmp_path: Path) -> None:
    engine, _keys, _event = _earlier_database(tmp_path / "tabling.db", 0)
    upgrade(engine)
    assert current_revisions(engine) == {"0006a", HEAD_REVISION}


def test_the_command_lines_unlock_reseals_too(tabling_home: Path) -> None:
    """`tabling export` on a database from before 0006: its passphrase re-seals first."""
    _engine, _keys, event_id = _earlier_database(tabling_home / "tabling.db", 3)
    passphrase, out = tabling_home / "pass", tabling_home / "out.csv"
    passphrase.write_text(PASSPHRASE + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "signups", "--event", event_id,
         "--csv", str(out), "--passphrase-file", str(passphrase)],
        capture_output=True, text=True, timeout=120, cwd=PROJECT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Re-sealing earlier sign-ups: 3 of 3" in done.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["first_name"] for r in rows) == ["Linh0", "Linh1", "Linh2"]
    assert {r["zip"] for r in rows} == {"02119"}
    engine = make_engine(f"sqlite:///{tabling_home / 'tabling.db'}")
    assert current_revisions(engine) == {"0006a", HEAD_REVISION} and count_unsealed(engine) == 0
