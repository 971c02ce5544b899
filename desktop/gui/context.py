"""What the window needs from the rest of the app, made once at start-up and handed down."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.settings import Settings


@dataclass
class AppContext:
    sessions: sessionmaker[Session]
    dataset: Dataset
    settings: Settings
