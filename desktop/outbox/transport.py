"""What the runner asks of every server it hands messages to.

A transport opens a connection, sends one built message at a time, and closes. It raises
only the shared errors of desktop/outbox/errors.py (or OSError), so the runner can settle
a message without knowing which server refused it.
"""

from __future__ import annotations

from typing import Any, Protocol


class Transport(Protocol):
    def open(self) -> None:
        """Connect now, so a server problem is found before any message is marked sending."""

    def send(self, payload: Any) -> None:
        """Hand over one message, as its kind built it, or raise an OutboxError."""

    def close(self) -> None:
        """Let go of the connection; harmless when none is open."""
