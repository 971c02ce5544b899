"""Every kind of outbox message, named once: what the volunteer calls it, who it goes to,
and which server carries it. The runner, the outbox listing and the Outbox tab read this
table, so a new kind is added here and nowhere else is left saying "a former member".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from desktop.outbox.queue import CONFIRMATION, CRM_SIGNUP, CRM_UNSUBSCRIBE, LEGISLATOR_EMAIL

Channel = Literal["email", "crm"]


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # the Outbox tab's "Message" column
    channel: Channel  # the mail server or the CRM
    recipient: str = ""  # fixed recipient shown; "" when it is the message's legislator


KINDS: Final = {
    k.name: k
    for k in (
        Kind(LEGISLATOR_EMAIL, "Email to legislator", "email"),
        Kind(CONFIRMATION, "Confirmation", "email", "the signer"),
        Kind(CRM_SIGNUP, "Action Network record", "crm", "Action Network"),
        Kind(CRM_UNSUBSCRIBE, "Action Network unsubscribe", "crm", "Action Network"),
    )
}
EMAIL_KINDS: Final = tuple(k.name for k in KINDS.values() if k.channel == "email")
CRM_KINDS: Final = tuple(k.name for k in KINDS.values() if k.channel == "crm")


def label(kind: str) -> str:
    """The kind in words; an unknown one (written by a newer version) as stored."""
    known = KINDS.get(kind)
    return known.label if known is not None else kind
