"""One round of the window's background sync with the hub, and when the last one was.

Plain Python for desktop/gui/widgets/hub_status.py, run in the network pool: the sync moves
sealed records and needs no organizer key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.hub.admin import laptop_engine, reaching, seen
from desktop.hub.sync import LAST_SYNC, SyncReport, sync

if TYPE_CHECKING:
    from desktop.settings import Settings
    from desktop.store.sessions import SessionFactory


@dataclass(frozen=True)
class HubRound:
    """One background sync: what moved, and how many laptops the hub has seen."""

    report: SyncReport
    laptops: int
    at: dt.datetime  # local time, for the volunteer


def sync_once(sessions: SessionFactory, settings: Settings) -> HubRound:
    engine, role = laptop_engine(settings)
    with reaching(engine):
        report = sync(sessions, engine, role)
        laptops = seen(engine, role)
    return HubRound(report, laptops, dt.datetime.now())


def last_sync(sessions: SessionFactory) -> dt.datetime | None:
    """When a sync last finished, in local time; None if never."""
    from desktop.store.app_state import get_state

    with sessions() as session:
        stored = get_state(session, LAST_SYNC)
    if not stored:
        return None
    return (
        dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    )
