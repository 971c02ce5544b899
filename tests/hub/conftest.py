"""Two laptops joined to one hub on a real PostgreSQL server, with a real keyring."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop import secrets
from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.hub.admin import add_laptop, create_hub, join
from desktop.hub.sync import SyncReport, sync
from desktop.organizer import initialize, key_record
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost
from desktop.signin.service import EventContext, SigninService
from desktop.store.engine import open_database
from desktop.store.models import Signup
from tests.cli_run import PASSPHRASE
from tests.pg_server import PgServer


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


def make_laptop(hub: str, name: str, folder: Path) -> Laptop:
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
    return make_laptop(hub, "Table A", tmp_path), make_laptop(hub, "Table B", tmp_path)


def service(
    laptop: Laptop,
    dataset: Dataset,
    event_id: str | None = None,
    actions: tuple[str, ...] = ("letter",),
) -> SigninService:
    with laptop.sessions.begin() as session:
        keys = key_record(session)
        assert keys is not None
        if event_id is None:
            event_id = create_event(session, EventSpec("Lobby day", dt.date(2027, 1, 6), "Hall")).id
    return SigninService(laptop.sessions, dataset, EventContext(event_id, actions), keys)
