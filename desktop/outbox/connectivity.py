"""Is the laptop online? A short TCP connection to the mail server tells, without a browser.

Checked in the background (never on the window's thread); a refused or timed-out
connection means offline.
"""

from __future__ import annotations

import socket

CHECK_TIMEOUT = 3.0


def reachable(host: str, port: int, timeout: float = CHECK_TIMEOUT) -> bool:
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def queued_count(sessions: object) -> int:
    """Messages waiting to leave (queued, or left in sending by a crash)."""
    from sqlalchemy import func, select

    from desktop.store.models import OutboxMessage

    with sessions() as session:  # type: ignore[operator]
        statement = select(func.count()).where(OutboxMessage.state.in_(("queued", "sending")))
        return int(session.scalar(statement) or 0)
