"""Who is the same person: strong evidence recognises a repeat; anything less only suggests.

A repeat signer is recognised by the same name *and* the same email, the same phone, or
the same full address (house number and unit included). Different non-empty emails,
phones or addresses for one name, and any two different names, are different people:
families share addresses, emails and phones, and namesakes live two doors apart. What
falls short of that (one name with nothing else to compare, a shared email under another
name, names and addresses much alike) is a *suggestion* for the volunteer, who decides in
the volunteer view; nothing merges by itself on a likeness.

While the kiosk is locked it compares the blind index's digests (`Fingerprint`); the
likeness of names and addresses needs the plain values, so it is judged only where they
are in memory: this run's sign-ins (`SimilarSigners`) and the rows of one import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.districts.names import fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NAME_SIMILARITY = 88.0
ADDRESS_SIMILARITY = 85.0
_HOUSE_NUMBER = re.compile(r"^\s*(\d+[a-z]?)\b", re.IGNORECASE)

# Why two sign-ups are one person, or may be.
EMAIL, PHONE, NAME_ADDRESS = "email", "phone", "name_address"
SAME_NAME, SHARED_EMAIL, SHARED_PHONE, SIMILAR = (
    "same_name", "shared_email", "shared_phone", "similar",
)  # fmt: skip


@dataclass(frozen=True)
class Fingerprint:
    """A sign-up's blind-index digests: equal digests, equal values."""

    email: str | None = None
    phone: str | None = None
    name: str | None = None
    name_address: str | None = None


@dataclass(frozen=True)
class Verdict:
    same: bool  # True: the same person; False: maybe, for the volunteer to decide
    reason: str


def _equal(a: str | None, b: str | None) -> bool:
    return a is not None and a == b


def _differ(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def judge(new: Fingerprint, old: Fingerprint) -> Verdict | None:
    """The same person, maybe the same, or (None) different or unrelated."""
    if _differ(new.email, old.email) or _differ(new.phone, old.phone):
        return None  # different people, whatever their names
    if _equal(new.name, old.name):
        another_address = _differ(new.name_address, old.name_address)
        for reason, mine, theirs in (
            (EMAIL, new.email, old.email),
            (PHONE, new.phone, old.phone),
        ):
            if _equal(mine, theirs):
                # A namesake at another address with one family email: the volunteer decides.
                return Verdict(False, SAME_NAME) if another_address else Verdict(True, reason)
        if _equal(new.name_address, old.name_address):
            return Verdict(True, NAME_ADDRESS)
        return None if another_address else Verdict(False, SAME_NAME)
    if _equal(new.email, old.email):
        return Verdict(False, SHARED_EMAIL)
    if _equal(new.phone, old.phone):
        return Verdict(False, SHARED_PHONE)
    return None


@dataclass(frozen=True)
class Matches:
    """What the stored sign-ups of an event say about a new one."""

    same: tuple[str, str] | None = None  # (sign-up id, reason): the earliest repeat
    maybe: tuple[tuple[str, str], ...] = ()  # (sign-up id, reason): for the volunteer


def fingerprint_of(signup: object) -> Fingerprint:
    return Fingerprint(
        getattr(signup, "email_index", None),
        getattr(signup, "phone_index", None),
        getattr(signup, "name_index", None),
        getattr(signup, "name_address_index", None),
    )


def find_matches(
    session: Session, event_id: str, new: Fingerprint, exclude: str | None = None
) -> Matches:
    """Judge `new` against every sign-up of the event sharing any digest with it."""
    from sqlalchemy import or_, select

    from desktop.store.models import SIGNUP_ORDER, Signup

    columns = (
        (Signup.email_index, new.email),
        (Signup.phone_index, new.phone),
        (Signup.name_index, new.name),
        (Signup.name_address_index, new.name_address),
    )
    conditions = [column == value for column, value in columns if value is not None]
    if not conditions:
        return Matches()
    statement = (
        select(Signup)
        .where(Signup.event_id == event_id, or_(*conditions))
        .order_by(*SIGNUP_ORDER)  # the earliest saved first, even within one minute
    )
    same, maybe = None, []
    for signup in session.scalars(statement):
        if signup.id == exclude:
            continue
        verdict = judge(new, fingerprint_of(signup))
        if verdict is None:
            continue
        # A sign-up saved before its fields were one record, and not yet re-sealed, is
        # never merged into while locked (its earlier version could not be kept whole):
        # the volunteer is asked instead.
        if verdict.same and same is None and signup.personal_sealed is not None:
            same = (signup.id, verdict.reason)
        elif not verdict.same or signup.personal_sealed is None:
            maybe.append((signup.id, verdict.reason))
    return Matches(same, tuple(maybe))


def house_number(street_address: str) -> str | None:
    found = _HOUSE_NUMBER.match(street_address)
    return found.group(1).casefold() if found else None


@dataclass(frozen=True)
class Plain:
    """One sign-in's values as typed, for judging a likeness (kept in memory only)."""

    signup_id: str
    name: str
    address: str  # street address and place
    house: str | None
    email: str
    phone: str


def alike(new: Plain, old: Plain) -> bool:
    """Names and addresses much alike, at the same house number, with nothing contradicting."""
    from rapidfuzz import fuzz

    if not new.address or not old.address:
        return False  # a name alone is not a likeness: two people may share it
    if (new.email and old.email and new.email != old.email) or (
        new.phone and old.phone and new.phone != old.phone
    ):
        return False
    if new.house and old.house and new.house != old.house:
        return False  # two doors apart: neighbours, never one person
    return (
        fuzz.token_sort_ratio(new.name, old.name) >= NAME_SIMILARITY
        and fuzz.token_sort_ratio(new.address, old.address) >= ADDRESS_SIMILARITY
    )


class SimilarSigners:
    """Sign-ins whose plain values are in memory (this run's, one file's), to find likenesses.

    Kept by event and house number: two sign-ins at different house numbers are never
    alike (`alike`), so a new one is compared only with those at its own number and those
    with none, not with every sign-in of a 10,000-row import.
    """

    def __init__(self) -> None:
        self._where: dict[str, tuple[str, str | None]] = {}  # sign-up id: (event, house)
        self._by_house: dict[tuple[str, str | None], dict[str, Plain]] = {}

    @staticmethod
    def plain(signup_id: str, name: str, street: str, place: str, email: str, phone: str) -> Plain:
        return Plain(
            signup_id, fold(name), fold(f"{street} {place}"), house_number(street),
            email.casefold(), phone,
        )  # fmt: skip

    def remember(self, event_id: str, values: Plain) -> None:
        self.forget(values.signup_id)
        where = (event_id, values.house)
        self._where[values.signup_id] = where
        self._by_house.setdefault(where, {})[values.signup_id] = values

    def forget(self, signup_id: str) -> None:
        where = self._where.pop(signup_id, None)
        if where is not None:
            self._by_house[where].pop(signup_id, None)

    def _candidates(self, event_id: str, house: str | None) -> list[Plain]:
        if house is None:  # no number to tell them apart: every one of the event
            return [
                old
                for (event, _house), group in self._by_house.items()
                if event == event_id
                for old in group.values()
            ]
        return [
            *self._by_house.get((event_id, house), {}).values(),
            *self._by_house.get((event_id, None), {}).values(),
        ]

    def like(self, event_id: str, values: Plain) -> list[str]:
        """The ids of remembered sign-ins alike to `values` (never itself)."""
        return [
            old.signup_id
            for old in self._candidates(event_id, values.house)
            if old.signup_id != values.signup_id and alike(values, old)
        ]
