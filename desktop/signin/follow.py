"""A sign-up's letters and emails follow what it says now: its consents and its districts.

After a correction, a merge or a split, the letters and emails not yet printed or sent
are planned again from the sign-up as it stands: a new town means new legislators; a
seat now vacant (or a member with no email, for an email) flags them for the volunteer,
never sends them to whoever held the seat before; a consent taken back removes them.
Letters already printed and emails already sent are history and stay as they are.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from desktop.districts.dataset import STATE_CHAMBERS, Dataset, district_of
from desktop.outbox.queue import DEFAULT_DOMAIN, queue_messages
from desktop.signin.actions import READY, WAITING, wanted_kinds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.models import Signup

FLAGGED = "flagged"
OPEN_STATES = (READY, WAITING, FLAGGED)  # an action not yet printed or sent
KINDS = ("letter", "email")


def _target(
    signup: Signup, dataset: Dataset, kind: str, chamber: str
) -> tuple[str, str | None, str | None, str | None]:
    """(state, district, member id, member name) for one letter or email of the sign-up."""
    district = district_of(signup, chamber)
    if district is None:
        return WAITING, None, None, None  # a split town not decided yet
    seat = dataset.seats.get((chamber, district))
    member = seat.member if seat is not None else None
    if member is None or (kind == "email" and not member.email):
        return FLAGGED, district, None, None
    return READY, district, member.id, member.name


def follow_districts(
    session: Session,
    signup: Signup,
    dataset: Dataset,
    offered: Collection[str],
    domain: str = DEFAULT_DOMAIN,
) -> None:
    """Plan the sign-up's open letters and emails afresh; its messages follow them."""
    from desktop.store.models import Action

    kinds = wanted_kinds(signup, offered)
    existing = {(a.kind, a.chamber): a for a in signup.actions}
    for kind in KINDS:
        for chamber in STATE_CHAMBERS:
            action = existing.get((kind, chamber))
            if action is not None and action.state not in OPEN_STATES:
                continue  # printed, sent or skipped: history
            if kind not in kinds:
                if action is not None:
                    signup.actions.remove(action)
                continue
            state, district, member_id, member_name = _target(signup, dataset, kind, chamber)
            if action is None:
                if state == FLAGGED:
                    continue  # a seat vacant from the start gets nothing, as at sign-in
                signup.actions.append(
                    Action(kind=kind, chamber=chamber, district=district,
                           member_id=member_id, member_name=member_name, state=state)
                )  # fmt: skip
                continue
            if state == FLAGGED and action.member_id is not None:
                member_id, member_name = action.member_id, action.member_name  # who it was for
            action.state, action.district = state, district
            action.member_id, action.member_name = member_id, member_name
    queue_messages(session, signup, domain)
