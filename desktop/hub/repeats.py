"""Repeat signers across laptops, listed for review after a pull.

Two laptops that signed the same person in before either synced each saved a sign-up;
neither could see the other's. When one pulls the other's, each sign-up it did not have is
judged against the event's sign-ups here by the same rules a sign-in uses (identity.py:
the same name with the same email, phone or full address is the same person; less is a
maybe), from the blind-index digests, with nothing opened. Nothing merges by itself: each
pair goes to the Duplicates tab, where the volunteer merges or keeps them apart, as for a
sign-in the kiosk was unsure of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from desktop.signin.identity import find_matches, fingerprint_of
from desktop.signin.suggestions import suggest
from desktop.store.models import DuplicateSuggestion, Signup

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def list_repeats(session: Session, pulled_ids: list[str]) -> int:
    """Suggest the pairs the newly pulled sign-ups make; how many were added."""
    added = 0
    for signup_id in pulled_ids:
        signup = session.get(Signup, signup_id)
        if signup is None:
            continue
        matches = find_matches(session, signup.event_id, fingerprint_of(signup), exclude=signup.id)
        pairs = ([matches.same] if matches.same else []) + list(matches.maybe)
        fresh = [(other, why) for other, why in pairs if not _known(session, signup.id, other)]
        suggest(session, signup.event_id, signup.id, fresh)
        session.flush()
        added += len(fresh)
    return added


def _known(session: Session, one: str, other: str) -> bool:
    """Whether the pair was suggested already, either way round (decided or not)."""
    pair = or_(
        and_(DuplicateSuggestion.signup_id == one, DuplicateSuggestion.other_id == other),
        and_(DuplicateSuggestion.signup_id == other, DuplicateSuggestion.other_id == one),
    )
    return session.scalars(select(DuplicateSuggestion.id).where(pair)).first() is not None
