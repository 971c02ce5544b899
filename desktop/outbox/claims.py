"""Who may send a message, when several laptops share one outbox through a hub.

The outbox runner asks before it marks a message sending, and says when it settled it.
A laptop alone needs no claims (the runner is given none); a laptop that joined a hub gets
desktop.hub.claims.HubClaims, so a message the hub has is sent by one laptop only.
"""

from __future__ import annotations

from typing import Protocol

# The runner's word for a message left alone because another laptop holds it.
CLAIMED_ELSEWHERE = "claimed"


class Claims(Protocol):
    def claim(self, outbox_id: str) -> bool:
        """True when this laptop may send the message now (it holds the claim)."""
        ...

    def settled(self, outbox_id: str) -> None:
        """The message's new state is stored here: tell the hub and give the claim back."""
        ...
