"""Two laptops and a hub on a real PostgreSQL server: push, pull, repeats, conflicts,
deletions, and a hub that never holds a readable name."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop import secrets
from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.hub.admin import add_laptop, create_hub, join
from desktop.hub.schema import hub_signup_versions, hub_signups
from desktop.hub.sync import SyncReport, sync
from desktop.organizer import initialize, key_record
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.engine import open_database
from desktop.store.models import Signup
from tests.cli_run import PASSPHRASE
from tests.pg_server import PgServer

ANA = SigninForm(
    first_name="Anaïs", last_name="Kowalczyk-Ferreira", place="Amherst",
    street_address="77 Sunderland Rd", email="anais.kf@example.org", phone="413-555-0177",
)  # fmt: skip
BAO = SigninForm(first_name="Bảo", last_name="Trần", place="Florence", email="bao.t@example.org")


@dataclass
class Laptop:
    sessions: sessionmaker[Session]
    hub: Engine
    role: str

    def sync(self) -> SyncReport:
        return sync(self.sessions, self.hub, self.role)

    def signups(self) -> dict[str, dt.datetime]:
        with self.sessions() as session:
            return {s.id: s.updated_at for s in session.scalars(select(Signup))}


@pytest.fixture
def hub(pg_server: PgServer) -> str:
    name = f"hub_{uuid.uuid4().hex[:8]}"
    pg_server.new_database(name)
    return pg_server.tcp_url(name)


def _laptop(hub: str, name: str, folder: Path) -> Laptop:
    code = add_laptop(hub, name)
    sessions = open_database(f"sqlite:///{folder / f'{name}.db'}")
    with sessions.begin() as session:
        join(code.encoded(), session)
    password = secrets.get_secret(secrets.HUB_PASSWORD)  # each join keeps its own
    assert password
    url = code.address(password).render_as_string(hide_password=False)
    return Laptop(sessions, create_engine(url), code.role)


@pytest.fixture
def laptops(secret_service: None, hub: str, tmp_path: Path) -> tuple[Laptop, Laptop]:
    organizer = open_database(f"sqlite:///{tmp_path / 'organizer.db'}")
    with organizer.begin() as session:
        keys = initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)
    create_hub(hub, keys)
    return _laptop(hub, "Table A", tmp_path), _laptop(hub, "Table B", tmp_path)


def _service(laptop: Laptop, dataset: Dataset, event_id: str | None = None) -> SigninService:
    with laptop.sessions.begin() as session:
        keys = key_record(session)
        assert keys is not None
        if event_id is None:
            event_id = create_event(session, EventSpec("Lobby day", dt.date(2027, 1, 6), "Hall")).id
    return SigninService(laptop.sessions, dataset, EventContext(event_id, ("letter",)), keys)


def test_what_one_laptop_signs_in_the_other_pulls_once_and_opens(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = _service(a, dataset)
    ana, bao = at_a.submit(ANA), at_a.submit(BAO)

    first = a.sync()
    assert (first.pushed, first.pulled) == (2, 0)
    pulled = b.sync()
    assert (pulled.pulled, pulled.events_pulled) == (2, 1)
    assert b.signups() == a.signups()
    # B holds them sealed, as A does: the organizer's passphrase opens them there.
    volunteer = VolunteerService(b.sessions, dataset, at_a.event.event_id)
    names = sorted(r.first_name for r in volunteer.records(volunteer.unlock(PASSPHRASE)))
    assert names == ["Anaïs", "Bảo"]

    # Again, both ways: nothing moves twice.
    for laptop in (a, b, a):
        again = laptop.sync()
        assert (again.pushed, again.pulled, again.kept_older) == (0, 0, 0)
    with a.hub.connect() as connection:
        assert connection.execute(select(func.count()).select_from(hub_signups)).scalar() == 2
    assert {ana.signup_id, bao.signup_id} == set(b.signups())


def test_the_later_edit_wins_and_the_other_is_kept(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = _service(a, dataset)
    ana = at_a.submit(ANA)
    a.sync()
    b.sync()
    at_b = _service(b, dataset, at_a.event.event_id)

    at_a.edit(ana.signup_id, replace(ANA, street_address="78 Sunderland Rd"))  # earlier
    at_b.edit(ana.signup_id, replace(ANA, street_address="79 Sunderland Rd"))  # later
    b.sync()  # the later one reaches the hub first
    late = a.sync()  # the earlier one, pushed after it, is kept as a version; B's is pulled
    assert (late.pushed, late.kept_older, late.pulled) == (0, 1, 1)

    with a.hub.connect() as connection:
        kept = connection.execute(select(hub_signup_versions)).mappings().all()
        on_hub = connection.execute(select(hub_signups)).mappings().one()
    # The first version (replaced by B's) and A's later-pushed older edit, both A's.
    assert [row["laptop"] for row in kept] == [a.role, a.role] and on_hub["laptop"] == b.role
    volunteer = VolunteerService(a.sessions, dataset, at_a.event.event_id)
    opener = volunteer.unlock(PASSPHRASE)
    assert [r.street_address for r in volunteer.records(opener)] == ["79 Sunderland Rd"]
    assert b.sync().pulled == 0 and a.sync().pushed == 0  # settled: nothing moves
    assert a.signups() == b.signups()


def test_a_deletion_syncs_and_takes_the_sealed_record_off_the_hub(
    laptops: tuple[Laptop, Laptop], dataset: Dataset
) -> None:
    a, b = laptops
    at_a = _service(a, dataset)
    ana, bao = at_a.submit(ANA), at_a.submit(BAO)
    a.sync()
    b.sync()
    assert VolunteerService(a.sessions, dataset, at_a.event.event_id).delete(ana.signup_id)
    assert a.sync().pushed == 1
    assert b.sync().pulled == 1
    assert set(b.signups()) == {bao.signup_id}
    with a.hub.connect() as connection:
        row = connection.execute(
            select(hub_signups).where(hub_signups.c.id == ana.signup_id)
        ).mappings().one()  # fmt: skip
    assert row["deleted"] and row["personal_sealed"] is None and row["email_index"] is None


def test_a_laptop_cannot_delete_on_the_hub(laptops: tuple[Laptop, Laptop]) -> None:
    a, _b = laptops
    url = a.hub.url.render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(url) as connection:
        for table in ("hub_signups", "hub_events", "hub_signup_versions", "coalition"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"DELETE FROM {table}".encode())
            connection.rollback()


def test_the_hubs_files_hold_no_name_email_phone_or_street(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, pg_server: PgServer
) -> None:
    a, b = laptops
    at_a = _service(a, dataset)
    at_a.submit(ANA)
    at_a.submit(BAO)
    a.sync()
    b.sync()
    pg_server.admin("CHECKPOINT")  # everything on disk, not only in the log
    data = b"".join(
        path.read_bytes() for path in (pg_server.folder / "data").rglob("*") if path.is_file()
    )
    assert b"Kowalczyk" in ANA.last_name.encode()  # what is searched for, as bytes
    for value in ("Kowalczyk-Ferreira", "anais.kf@example.org", "4135550177",
                  "Sunderland", "bao.t@example.org", "Trần"):  # fmt: skip
        assert value.encode() not in data, value
    assert b"Amherst" in data  # the routing fields are there (the search can find)
