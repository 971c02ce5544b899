"""A sealed bundle carries an event between laptops on a stick: a fresh laptop takes it
whole, importing twice changes nothing, another coalition's laptop cannot, a damaged file is
named, and a laptop that later syncs to the hub pushes nothing twice."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop import secrets
from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.hub.bundle import BundleReport, export_bundle, import_bundle, read, take_key, write
from desktop.hub.errors import HubError
from desktop.organizer import initialize, key_record, unlock_private_key
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import mark_printed
from desktop.signin.service import EventContext, SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.engine import open_database
from desktop.store.models import Action, Event, OutboxMessage, Signup
from tests.cli_run import PASSPHRASE, tabling
from tests.hub.conftest import Laptop, service

PEOPLE = (
    SigninForm(first_name="Minh Khai", last_name="Nguyễn", place="Dorchester", ward="15",
               precinct="4", email="minh.khai@example.org", consent_letter=True,
               consent_email=True),
    SigninForm(first_name="秀英", last_name="王", place="Quincy", phone="617-555-0199",
               consent_letter=True),
    SigninForm(first_name="Guerline", last_name="Pierre-Louis", place="Brockton",
               street_address="12 Main St", email="guerline.pl@example.org", consent_letter=True),
)  # fmt: skip
SECRETS = ("Nguyễn", "minh.khai@example.org", "秀英", "6175550199", "Pierre-Louis", "Main St")


def _laptop(folder: Path, name: str, initialised: bool = True) -> sessionmaker[Session]:
    sessions = open_database(f"sqlite:///{folder / f'{name}.db'}")
    if initialised:
        with sessions.begin() as session:
            initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)
    return sessions


def _sign_in(sessions: sessionmaker[Session], dataset: Dataset) -> str:
    with sessions.begin() as session:
        keys = key_record(session)
        assert keys is not None
        event_id = create_event(session, EventSpec("Lobby day", dt.date(2027, 1, 6), "Hall")).id
    signing = SigninService(sessions, dataset, EventContext(event_id, ("letter", "email")), keys)
    for person in PEOPLE:
        signing.submit(person)
    return event_id


def _opener(sessions: sessionmaker[Session]) -> Opener:
    with sessions() as session:
        return Opener(unlock_private_key(session, PASSPHRASE))


def _take(sessions: sessionmaker[Session], path: Path) -> BundleReport:
    document = read(path)
    with sessions.begin() as session:
        take_key(session, document)
    with sessions.begin() as session:
        return import_bundle(session, document, _opener(sessions))


def _snapshot(sessions: sessionmaker[Session]) -> dict[str, object]:
    with sessions() as session:
        return {
            "signups": sorted(
                (s.id, s.revision, s.updated_at) for s in session.scalars(select(Signup))
            ),
            "actions": sorted((a.id, a.state, a.revision) for a in session.scalars(select(Action))),
            "messages": sorted(
                (m.id, m.state, m.message_id) for m in session.scalars(select(OutboxMessage))
            ),
        }  # fmt: skip


def _export(sessions: sessionmaker[Session], event_id: str, path: Path) -> None:
    with sessions() as session:
        write(export_bundle(session, event_id, "table-a"), path)


def test_a_fresh_laptop_takes_an_event_whole_and_twice_changes_nothing(
    tmp_path: Path, dataset: Dataset
) -> None:
    a = _laptop(tmp_path, "a")
    event_id = _sign_in(a, dataset)
    with a.begin() as session:  # one letter printed, one sign-up deleted, before the stick
        first = session.scalars(select(Action).where(Action.kind == "letter")).first()
        assert first is not None
        mark_printed(session, [first.id])
        gone = session.scalars(select(Signup).where(Signup.town == "Brockton")).one()
        session.delete(gone)
    stick = tmp_path / "stick" / "lobby-day.bundle"
    stick.parent.mkdir()
    _export(a, event_id, stick)
    assert stat.S_IMODE(stick.stat().st_mode) == 0o600
    raw = stick.read_bytes()
    for value in SECRETS:  # sealed whole: nothing readable on the stick, towns included
        assert value.encode() not in raw, value
    assert b"Dorchester" not in raw and b"Quincy" not in raw

    fresh = _laptop(tmp_path, "fresh", initialised=False)
    report = _take(fresh, stick)
    assert (report.signups, report.deleted) == (2, 0)  # the deleted one never comes
    assert _snapshot(fresh) == _snapshot(a)
    volunteer = VolunteerService(fresh, dataset, event_id)
    names = sorted(r.last_name for r in volunteer.records(volunteer.unlock(PASSPHRASE)))
    assert names == ["Nguyễn", "王"]

    again = _take(fresh, stick)
    assert (again.signups, again.records, again.deleted) == (0, 0, 0)
    assert again.unchanged == report.signups + report.records
    assert _snapshot(fresh) == _snapshot(a)


def test_a_later_change_here_is_not_undone_by_an_older_bundle(
    tmp_path: Path, dataset: Dataset
) -> None:
    a = _laptop(tmp_path, "a")
    event_id = _sign_in(a, dataset)
    stick = tmp_path / "old.bundle"
    _export(a, event_id, stick)
    b = _laptop(tmp_path, "b", initialised=False)
    _take(b, stick)
    with b.begin() as session:  # B prints every letter after the import
        letters = session.scalars(select(Action.id).where(Action.kind == "letter")).all()
        mark_printed(session, list(letters))
    assert _take(b, stick).records == 0  # the stick's "not printed yet" does not undo it
    with b() as session:
        states = set(session.scalars(select(Action.state).where(Action.kind == "letter")))
    assert states == {"done"}


def test_another_coalitions_laptop_and_a_damaged_file_are_refused(
    tmp_path: Path, dataset: Dataset
) -> None:
    a = _laptop(tmp_path, "a")
    event_id = _sign_in(a, dataset)
    stick = tmp_path / "lobby.bundle"
    _export(a, event_id, stick)
    other = _laptop(tmp_path, "other")  # its own organizer key
    with pytest.raises(HubError, match="another organizer's key"):
        _take(other, stick)
    with other() as session:
        assert session.scalar(select(func.count()).select_from(Signup)) == 0

    cut = tmp_path / "cut.bundle"
    cut.write_bytes(stick.read_bytes()[:5000])  # pulled out while copying
    with pytest.raises(HubError, match="damaged on the way"):
        read(cut)
    tampered = tmp_path / "tampered.bundle"
    document = json.loads(stick.read_text())
    document["sealed"] = document["sealed"][:-8] + "AAAAAAA="
    tampered.write_text(json.dumps(document))
    with pytest.raises(HubError, match="cannot be opened"):
        _take(_laptop(tmp_path, "fresh", initialised=False), tampered)


def test_imported_records_reach_the_hub_once(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, tmp_path: Path
) -> None:
    """A signs in with no network and hands B a stick; B syncs; when A syncs later, the
    hub has everything once."""
    a, b = laptops
    at_a = service(a, dataset, actions=("letter", "email"))
    for person in PEOPLE:
        at_a.submit(person)
    stick = tmp_path / "stick.bundle"
    _export(a.sessions, at_a.event.event_id, stick)
    with a.sessions() as session:  # the event's repeat-signer key travels inside the seal
        key_id = session.get(Event, at_a.event.event_id).index_key_id  # type: ignore[union-attr]
    assert key_id is not None
    key = secrets.get_index_key(key_id)
    assert key is not None and secrets.delete_index_key(key_id)  # B's keyring lacks it
    _take(b.sessions, stick)
    assert secrets.get_index_key(key_id) == key
    first = b.sync()
    assert first.pushed == 3 and first.records_pushed > 0
    later = a.sync()
    assert (later.pushed, later.records_pushed, later.kept_older) == (0, 0, 0)
    assert a.signups() == b.signups()


def test_the_commands_carry_an_event_between_two_laptops(
    tmp_path: Path, passphrase_file: Path, event_id: str
) -> None:
    stick = tmp_path / "event.bundle"
    made = tabling("bundle", "export", "--event", event_id, str(stick))
    assert made.returncode == 0, made.stderr
    assert "sealed to the organizer's key" in made.stdout
    other = f"sqlite:///{tmp_path / 'other.db'}"
    taken = tabling(
        "--database", other, "bundle", "import", str(stick), "--passphrase-file",
        str(passphrase_file),
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    assert "Imported Fair" in taken.stdout
    listed = tabling("--database", other, "event", "list")
    assert event_id in listed.stdout
    missing = tabling("--database", other, "bundle", "import", str(tmp_path / "nope.bundle"))
    assert missing.returncode != 0 and "There is no file" in missing.stderr
    assert "Traceback" not in missing.stderr
