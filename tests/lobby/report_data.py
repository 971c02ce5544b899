"""A lobby day's event in a real database: sign-ups (routing fields only, as a purge
leaves them countable), their letters and messages, letter stacks and visit reports.

The numbers are chosen so each rule shows: Pittsfield's 2 signers are "fewer than 5";
Boston's 3 are pending (a split town, no district yet); a district visited twice keeps
the later position; the Senate's First Suffolk was visited but has no signers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.store.models import Action, OutboxMessage, Signup, Stack, Visit

HAMPSHIRE = ("3rd Hampshire", "Hampshire, Franklin and Worcester")
CHELSEA = ("11th Suffolk", "Middlesex and Suffolk")
PITTSFIELD = ("2nd Berkshire", "Berkshire, Hampden, Franklin and Hampshire")
# town, (house, senate) or None (pending), languages of its signers in turn
GROUPS = (
    ("Amherst", HAMPSHIRE, ["es"] * 7 + ["en"] * 5),
    ("Chelsea", CHELSEA, ["pt"] * 6),
    ("Pittsfield", PITTSFIELD, ["vi"] * 2),
    ("Boston", None, ["zh"] * 3),
)
EXPECTED = {
    "signups": 23,
    "pending": 3,
    "letters_printed": 40,  # the 20 resolved signers, one letter to each of their members
    "letters_delivered": 18,  # Amherst's House stack (12) and Chelsea's (6)
    "emails_sent": 24,  # Amherst's signers emailed both members
    "crm_records": 5,
    "languages": {"es": 7, "en": 5, "pt": 6, "vi": 2, "zh": 3},
}
LOBBY_DAY = dt.date(2026, 5, 20)


def fill_event(session: Session, event_id: str) -> None:
    """Add the sign-ups, letters, messages, stacks and visits; the caller commits."""
    for town, districts, languages in GROUPS:
        for i, language in enumerate(languages):
            house, senate = districts or (None, None)
            signup = Signup(
                event_id=event_id, status="resolved" if districts else "pending",
                language=language, town=town, house_district=house, senate_district=senate,
                consent_letter=True,
            )  # fmt: skip
            session.add(signup)
            session.flush()
            if districts is None:
                continue
            for chamber, district in (("house", house), ("senate", senate)):
                session.add(
                    Action(
                        signup_id=signup.id, kind="letter", chamber=chamber, district=district,
                        state="done", done_at=dt.datetime(2026, 5, 2, 12),
                    )
                )  # fmt: skip
                if town == "Amherst":
                    session.add(_message(event_id, signup.id, "legislator_email", chamber))
            if town == "Amherst" and i < 5:
                session.add(_message(event_id, signup.id, "crm_signup", None))
            if town == "Chelsea" and i == 0:
                session.add(_message(event_id, signup.id, "confirmation", None))
    session.add_all(
        [
            _stack(event_id, "HAMP-H", "house", HAMPSHIRE[0], 12, delivered=True),
            _stack(event_id, "HAMP-S", "senate", HAMPSHIRE[1], 12, delivered=False),
            _stack(event_id, "CHEL-H", "house", CHELSEA[0], 6, delivered=True),
            _visit(event_id, "house", HAMPSHIRE[0], "undecided", LOBBY_DAY - dt.timedelta(days=30)),
            _visit(event_id, "house", HAMPSHIRE[0], "supports", LOBBY_DAY),
            _visit(event_id, "house", CHELSEA[0], "opposes", LOBBY_DAY),
            _visit(event_id, "senate", "First Suffolk", "not_said", LOBBY_DAY),
        ]
    )


def _message(event_id: str, signup_id: str, kind: str, chamber: str | None) -> OutboxMessage:
    return OutboxMessage(
        event_id=event_id, signup_id=signup_id, kind=kind, chamber=chamber, state="sent",
        sent_at=dt.datetime(2026, 5, 3, 9),
    )  # fmt: skip


def _stack(
    event_id: str, code: str, chamber: str, district: str, letters: int, *, delivered: bool
) -> Stack:
    return Stack(
        code=code, event_id=event_id, day=LOBBY_DAY, chamber=chamber, district=district,
        member_id=f"m-{code}", member_name=f"Member {code}", room="146", letters=letters,
        delivered_at=dt.datetime(2026, 5, 20, 11) if delivered else None,
    )  # fmt: skip


def _visit(event_id: str, chamber: str, district: str, position: str, day: dt.date) -> Visit:
    return Visit(
        event_id=event_id, visited_on=day, chamber=chamber, district=district,
        member_id=f"m-{district}", member_name="A Member", met="member", position=position,
    )  # fmt: skip
