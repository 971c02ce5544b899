"""How the rest of the app asks for database sessions, and opening the database late.

`SessionFactory` is what a `sessionmaker` offers and all the services use. The window
gets a `LazySessions`: SQLAlchemy (about 0.4 s to import) and the database open on
first use, in the database thread, after the sign-in form already takes input.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class SessionFactory(Protocol):
    def __call__(self) -> Session: ...

    def begin(self) -> AbstractContextManager[Session]: ...


class LazySessions:
    """A sessionmaker for `url`, made (and the database migrated) on first use."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self._lock = threading.Lock()
        self._factory: sessionmaker[Session] | None = None

    def open(self) -> sessionmaker[Session]:
        with self._lock:
            if self._factory is None:
                from desktop.store.engine import open_database

                self._factory = open_database(self.url)
            return self._factory

    def __call__(self) -> Session:
        return self.open()()

    def begin(self) -> AbstractContextManager[Session]:
        return self.open().begin()
