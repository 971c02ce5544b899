"""Sign-ups that may be one person, for the volunteer to decide: merge, or keep apart.

Made when a sign-in only may repeat an earlier one (identity.py): the same name with
nothing else to compare, a shared email or phone under another name, names and
addresses much alike. Nothing merges by itself; the volunteer view shows the two side
by side. The reasons stored name no value, only which kind of likeness it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.store.models import DuplicateSuggestion, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SEPARATE, MERGED = "separate", "merged"


def suggest(
    session: Session, event_id: str, signup_id: str, maybe: Iterable[tuple[str, str]]
) -> None:
    """Record that `signup_id` may repeat each (other sign-up, reason) in `maybe`."""
    for other_id, reason in maybe:
        if other_id != signup_id:
            session.add(
                DuplicateSuggestion(
                    event_id=event_id, signup_id=signup_id, other_id=other_id, reason=reason
                )
            )


def open_suggestions(session: Session, event_id: str) -> list[DuplicateSuggestion]:
    """The suggestions nobody decided yet, oldest first."""
    from sqlalchemy import select

    statement = (
        select(DuplicateSuggestion)
        .where(DuplicateSuggestion.event_id == event_id, DuplicateSuggestion.decision.is_(None))
        .order_by(DuplicateSuggestion.created_at, DuplicateSuggestion.id)
    )
    return list(session.scalars(statement))


def keep_apart(session: Session, suggestion_id: str) -> None:
    suggestion = session.get(DuplicateSuggestion, suggestion_id)
    if suggestion is None:
        raise LookupError("That suggestion is gone.")
    suggestion.decision, suggestion.decided_at = SEPARATE, utcnow()


def repoint(session: Session, absorbed_id: str, kept_id: str) -> None:
    """After a merge: suggestions about the merged-in sign-up are about the kept one now."""
    from sqlalchemy import or_, select

    statement = select(DuplicateSuggestion).where(
        or_(
            DuplicateSuggestion.signup_id == absorbed_id,
            DuplicateSuggestion.other_id == absorbed_id,
        )
    )
    for suggestion in session.scalars(statement):
        if suggestion.signup_id == absorbed_id:
            suggestion.signup_id = kept_id
        if suggestion.other_id == absorbed_id:
            suggestion.other_id = kept_id
        if suggestion.signup_id == suggestion.other_id:
            session.delete(suggestion)
