"""Who did it, for a stack printed or delivered and a visit written down: the laptop's
name on the hub if it has one, else the computer's host name; a volunteer's initials may
follow. Short on purpose: it names a laptop and initials, never a person in full."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.settings import Settings

LAPTOP_LIMIT = 63  # the width of the `laptop` columns
BY_LIMIT = 100  # of `stacks.delivered_by`
INITIALS_LIMIT = 8


def laptop_name(settings: Settings | None = None) -> str:
    from desktop.settings import HUB_ROLE, Settings

    name = (settings or Settings()).get(HUB_ROLE).strip() or socket.gethostname().split(".")[0]
    return name[:LAPTOP_LIMIT]


def by_whom(initials: str = "", settings: Settings | None = None) -> str:
    """`laptop-2 (AB)`: the laptop, and the initials typed (cut to a few characters)."""
    initials = " ".join(initials.split())[:INITIALS_LIMIT]
    name = laptop_name(settings)
    return (f"{name} ({initials})" if initials else name)[:BY_LIMIT]
