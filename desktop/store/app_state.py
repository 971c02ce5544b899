"""Small facts about this installation (the `app_state` table): the current event, where
the hub sync stopped. One key, one text value."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def get_state(session: Session, key: str) -> str | None:
    from desktop.store.models import AppState

    row = session.get(AppState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str) -> None:
    from desktop.store.models import AppState

    row = session.get(AppState, key)
    if row is None:
        session.add(AppState(key=key, value=value))
    else:
        row.value = value
