"""The versions of sign-ups that lost when two laptops changed them, shown to the organizer.

The hub keeps each losing version (sync.py), sealed as it was; here they are opened with
the organizer's key and set beside the version that won, field by field: what the other
laptop had, and which laptop had it when. Only what differs is shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.hub.schema import hub_signup_versions, hub_signups
from desktop.privacy.sealed_record import open_record

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from desktop.privacy.sealing import Opener

# The routing fields worth showing when they differ (the rest are digests of the sealed).
PLAIN = (
    "status", "language", "town", "ward", "precinct", "house_district", "senate_district",
    "consent_email", "consent_letter", "consent_updates_email", "consent_updates_text",
)  # fmt: skip


@dataclass(frozen=True)
class Difference:
    field: str
    kept: str  # the losing version's value
    now: str  # the hub's value


@dataclass(frozen=True)
class KeptVersion:
    signup_id: str
    laptop: str
    updated_at: dt.datetime  # when that laptop made the change (to the minute)
    deleted: bool  # the losing change was a deletion, or the winning one was
    differences: tuple[Difference, ...]


def kept_versions(hub: Engine, opener: Opener, event_id: str) -> list[KeptVersion]:
    """Each kept version of the event's sign-ups, oldest first, with what differs."""
    kept, now = hub_signup_versions, hub_signups
    statement = (
        select(kept, now.c.personal_sealed.label("now_sealed"), now.c.deleted.label("now_deleted"),
               *(now.c[name].label(f"now_{name}") for name in PLAIN))
        .join(now, now.c.id == kept.c.signup_id)
        .where(now.c.event_id == event_id)
        .order_by(kept.c.kept_at, kept.c.version_id)
    )  # fmt: skip
    with hub.connect() as connection:
        rows = connection.execute(statement).mappings().all()
    versions = []
    for row in rows:
        theirs = open_record(opener, _bytes(row["personal_sealed"]))
        ours = open_record(opener, _bytes(row["now_sealed"]))
        differences = [
            Difference(name, theirs.get(name, ""), ours.get(name, ""))
            for name in sorted(set(theirs) | set(ours))
            if theirs.get(name, "") != ours.get(name, "")
        ]
        differences += [
            Difference(name, _text(row[name]), _text(row[f"now_{name}"]))
            for name in PLAIN
            if row[name] != row[f"now_{name}"]
        ]
        versions.append(
            KeptVersion(
                row["signup_id"], row["laptop"], row["updated_at"],
                bool(row["deleted"] or row["now_deleted"]), tuple(differences),
            )
        )  # fmt: skip
    return versions


def _bytes(value: object) -> bytes | None:
    return bytes(value) if isinstance(value, bytes | memoryview) else None


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)
