"""Keys made with the cheapest Argon2id setting, so the privacy tests stay fast."""

from __future__ import annotations

import nacl.public
import pytest

from desktop.privacy import keys
from desktop.privacy.sealing import Opener, Sealer

PASSPHRASE = "kettle orbit plum seventy"


@pytest.fixture(scope="session")
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture(scope="session")
def record() -> keys.KeyRecord:
    return keys.create_keys(PASSPHRASE, cost=keys.KdfCost.MIN)


@pytest.fixture(scope="session")
def private_key(record: keys.KeyRecord) -> nacl.public.PrivateKey:
    return keys.unlock(record, PASSPHRASE)


@pytest.fixture
def sealer(record: keys.KeyRecord) -> Sealer:
    return Sealer(record.public_key)


@pytest.fixture
def opener(private_key: nacl.public.PrivateKey) -> Opener:
    return Opener(private_key)
