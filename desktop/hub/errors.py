"""The hub's errors, apart from its code, so the command line names them without loading
SQLAlchemy at start-up."""

from __future__ import annotations


class HubError(RuntimeError):
    """Something about the hub a person must fix; the message says what."""


class HubAddressError(ValueError):
    """A hub address that is not one, or that would send the coalition's data in the clear."""
