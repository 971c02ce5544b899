"""Every kind of outbox message, named once: what the volunteer calls it, who it goes to,
which server carries it, how it is built and what holds it back. The runner, the outbox
listing and the Outbox tab read this table, so a new kind is a builder (builders.py, or
a module of its own), a line here, and its campaign text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from desktop.outbox import builders, consent
from desktop.outbox.builders import Builder, Hold
from desktop.outbox.queue import CONFIRMATION, CRM_SIGNUP, CRM_UNSUBSCRIBE, LEGISLATOR_EMAIL

if TYPE_CHECKING:
    from desktop.store.models import Signup

Channel = Literal["email", "crm"]
# When a kind is queued: one per email action (to that action's legislator), one per
# sign-up that asks for it, or only by a withdrawal (withdrawal.py).
Queued = Literal["per_action", "per_signup", "on_withdrawal"]


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # the Outbox tab's "Message" column
    channel: Channel  # the mail server or the CRM
    build: Builder  # what its channel's transport sends, made at sending time
    recipient: str = ""  # fixed recipient shown; "" when it is the message's legislator
    hold: Hold | None = None  # why it must wait instead of being sent ('' when it need not)
    # Whether a sign-up (still) asks for it: checked when queued and again before sending.
    # None: nothing to consent to (an unsubscribe carries out a withdrawal).
    consent: Callable[[Signup], bool] | None = None
    queued: Queued = "per_signup"
    waits_for_districts: bool = False  # held while a split town's district is undecided


KINDS: Final = {
    k.name: k
    for k in (
        Kind(LEGISLATOR_EMAIL, "Email to legislator", "email", builders.legislator_email,
             hold=builders.member_left, consent=consent.emails_legislators,
             queued="per_action"),
        # It names the legislators emailed, so it waits until they are known.
        Kind(CONFIRMATION, "Confirmation", "email", builders.confirmation, "the signer",
             consent=consent.gave_email, waits_for_districts=True),
        Kind(CRM_SIGNUP, "Action Network record", "crm", builders.crm_record, "Action Network",
             consent=consent.wants_updates),
        Kind(CRM_UNSUBSCRIBE, "Action Network unsubscribe", "crm", builders.crm_unsubscribe,
             "Action Network", queued="on_withdrawal"),
    )
}  # fmt: skip


def label(kind: str) -> str:
    """The kind in words; an unknown one (written by a newer version) as stored."""
    known = KINDS.get(kind)
    return known.label if known is not None else kind
