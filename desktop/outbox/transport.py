"""What the runner asks of every server it hands messages to.

A transport opens a connection, sends one built message at a time, and closes. It raises
only the shared errors of desktop/outbox/errors.py (or OSError), so the runner can settle
a message without knowing which server refused it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from desktop.outbox.kinds import Channel
    from desktop.outbox.runner import SyncConfig


class Transport(Protocol):
    def open(self) -> None:
        """Connect now, so a server problem is found before any message is marked sending."""

    def send(self, payload: Any) -> None:
        """Hand over one message, as its kind built it, or raise an OutboxError."""

    def close(self) -> None:
        """Let go of the connection; harmless when none is open."""


def _smtp(config: SyncConfig) -> Transport:
    from desktop.outbox.smtp import SmtpTransport

    assert config.smtp is not None, "email kinds are due only with SMTP settings"
    return SmtpTransport(config.smtp)


def _crm(config: SyncConfig) -> Transport:
    from desktop.outbox.crm_transport import CrmTransport

    assert config.crm is not None, "CRM kinds are due only with Action Network on"
    return CrmTransport(config.crm)


# Each channel's transport, made from the run's settings (a new channel: one more here).
TRANSPORTS: dict[Channel, Callable[[SyncConfig], Transport]] = {"email": _smtp, "crm": _crm}
