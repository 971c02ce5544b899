"""What the window needs from the rest of the app, made once at start-up and handed down."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.districts.dataset import Dataset
from desktop.settings import Settings
from desktop.store.sessions import SessionFactory
from desktop.store.snapshot import KioskSnapshot


@dataclass
class AppContext:
    sessions: SessionFactory
    dataset: Dataset
    settings: Settings
    # The current event and keys, read without SQLAlchemy; None on first start.
    snapshot: KioskSnapshot | None = None
