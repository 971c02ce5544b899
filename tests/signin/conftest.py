from __future__ import annotations

import datetime as dt
from pathlib import Path

import nacl.public
import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.organizer import initialize, unlock_private_key
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost, KeyRecord
from desktop.signin.service import EventContext, SigninService
from desktop.store.engine import open_database

PASSPHRASE = "kettle orbit plum seventy"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tabling.db"


@pytest.fixture
def sessions(db_path: Path) -> sessionmaker[Session]:
    return open_database(f"sqlite:///{db_path}")


@pytest.fixture
def keys(sessions: sessionmaker[Session]) -> KeyRecord:
    with sessions.begin() as session:
        # The cheapest costs: these tests are about sign-ups, not about Argon2id.
        return initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)


@pytest.fixture
def private_key(sessions: sessionmaker[Session], keys: KeyRecord) -> nacl.public.PrivateKey:
    with sessions() as session:
        return unlock_private_key(session, PASSPHRASE)


@pytest.fixture
def event(sessions: sessionmaker[Session]) -> EventContext:
    with sessions.begin() as session:
        made = create_event(session, EventSpec("Fair", dt.date(2026, 12, 1), "Dudley Square"))
        return EventContext(made.id, tuple(made.actions))


@pytest.fixture
def service(
    sessions: sessionmaker[Session], dataset: Dataset, event: EventContext, keys: KeyRecord
) -> SigninService:
    return SigninService(sessions, dataset, event, keys)
