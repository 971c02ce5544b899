"""A season of sign-ups for the hub's benchmark, made quickly and the way laptops keep them.

The routing fields are real: each sign-up gets a precinct of `data/districts.sqlite` (its
town, ward, precinct and districts). The personal data is random bytes of a sealed
record's length (a sealed box of JSON padded to 128 bytes: 304 or 432 bytes), and the four
digests random hex, except for the sign-ups given `sealer=`, which are sealed for real so
that the letter query can open them. Times are kept to the minute, as laptops keep them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.hub.schema import CONTENT_NAMES
from desktop.privacy.sealed_record import seal_record
from desktop.privacy.sealing import Sealer

LANGUAGES = ("en", "es", "pt", "ht", "zh", "vi")
SEALED_SIZES = (304, 304, 432)  # one layer of 256 or 384 bytes of JSON, plus the box's 48
_FIRST = ["Ana", "João", "Minh", "Linh", "Bảo", "Marie", "Luis", "Fatima", "Wei", "Rosa"]
_LAST = ["Lima", "Nguyễn", "Trần", "Peña", "Diallo", "Chen", "Silva", "Joseph", "Wang"]
START = dt.datetime(2027, 1, 6, 8, 0)
Precinct = tuple[str, str, str, str, str, str]  # town, ward, precinct, house, senate, congress


def precincts(dataset: Path) -> list[Precinct]:
    with sqlite3.connect(f"file:{dataset}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT town, ward, precinct, house, senate, congress FROM precincts"
        ).fetchall()
    return [tuple(str(value) for value in row) for row in rows]  # type: ignore[misc]


def events(count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Events as a laptop's `events` table and the hub's `hub_events` hold them."""
    return [
        {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"Tabling {n + 1}" if n else "Lobby day",
            "date": (START + dt.timedelta(days=7 * n)).date(),
            "place": "State House" if n == 0 else f"Library {n}",
            "campaign_id": "safe-communities",
            "actions": ["letter", "email"],
            "languages": list(LANGUAGES),
            "index_scheme": "keyring",
            "index_key_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "index_salt": None,
            "index_opslimit": None,
            "index_memlimit": None,
            "created_at": START,
        }
        for n in range(count)
    ]


def _hex(rng: random.Random) -> str:
    return rng.randbytes(32).hex()


def _personal(rng: random.Random, town: str) -> dict[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return {
        "first_name": first,
        "last_name": last,
        "street_address": f"{rng.randint(1, 400)} Main St",
        "place": town,
        "email": f"{first.lower()}.{rng.randint(1, 10**6)}@example.org",
        "phone": f"413555{rng.randint(0, 9999):04d}",
    }


def signups(
    count: int,
    event_id: str,
    routing: Sequence[Precinct],
    rng: random.Random,
    sealer: Sealer | None = None,
) -> list[dict[str, Any]]:
    """Sign-ups of one event: the columns `desktop.hub.sync` pushes and pulls."""
    rows = []
    for n in range(count):
        town, ward, precinct, house, senate, congress = rng.choice(routing)
        when = START + dt.timedelta(minutes=n // 4)
        has_email, has_phone = rng.random() < 0.8, rng.random() < 0.7
        sealed = (
            seal_record(sealer, _personal(rng, town))
            if sealer is not None
            else rng.randbytes(rng.choice(SEALED_SIZES))
        )
        row = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "event_id": event_id,
            "source": "kiosk",
            "status": "resolved",
            "language": rng.choice(LANGUAGES),
            "consent_email": has_email,
            "consent_letter": True,
            "consent_updates_email": has_email and rng.random() < 0.5,
            "consent_updates_text": has_phone and rng.random() < 0.3,
            "town": town,
            "ward": ward,
            "precinct": precinct,
            "house_district": house,
            "senate_district": senate,
            "congress_district": congress,
            "personal_sealed": sealed,
            "has_email": has_email,
            "has_phone": has_phone,
            "email_index": _hex(rng) if has_email else None,
            "phone_index": _hex(rng) if has_phone else None,
            "name_index": _hex(rng),
            "name_address_index": _hex(rng),
            "created_at": when,
            "updated_at": when,
            "revision": 1,
        }
        rows.append(row)
    assert set(CONTENT_NAMES) <= set(rows[0]) if rows else True
    return rows
