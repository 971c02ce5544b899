"""Pending sign-ups: saved while their split town's districts were open, decided later.

A sign-up is pending when the town is split and nothing the signer gave decided (no
ward and precinct, no street ranges for the street, the geocoder offline). Its letters
wait and its emails are held. It is decided in one of three ways, each of which
releases them: a street address placed later (right after the sign-in while the
address is still in memory, or from the sealed address once the volunteer has
unlocked: the geocoder when online, or street ranges imported since), a ward and
precinct chosen by the volunteer (`records.resolve_pending`), or a corrected address
(`SigninService.edit`).

The geocoder is asked outside any database transaction: a slow answer holds no lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.districts.resolver import AddressResolver
from desktop.districts.result import AddressMiss, LookupResult
from desktop.privacy.sealed_record import open_record
from desktop.privacy.sealing import Opener
from desktop.signin.place import place_query
from desktop.store.sessions import SessionFactory


@dataclass(frozen=True)
class Outcome:
    signup_id: str
    resolved: bool
    miss: AddressMiss | None = None  # why the address did not decide, when it did not
    result: LookupResult | None = None  # the deciding answer, when it was decided
    letters: tuple[tuple[str, str], ...] = ()  # now ready to print: (action id, chamber)


@dataclass(frozen=True)
class PendingAddress:
    """A pending sign-up's place and street address, opened for a moment to look it up."""

    signup_id: str
    place: str
    street: str


class PendingResolver:
    def __init__(self, sessions: SessionFactory, resolver: AddressResolver) -> None:
        self.sessions = sessions
        self.resolver = resolver

    def resolve_address(
        self, signup_id: str, place: str, street: str, online: bool = True
    ) -> Outcome:
        """Look the address up (online if allowed) and, if it decides, settle the sign-up."""
        if not street.strip():
            return Outcome(signup_id, False, None)
        from desktop.districts.errors import LookupInputError
        from desktop.signin.records import ready_letters, resolve_by_address

        try:
            result = self.resolver.lookup(place_query(place, street), online=online)
        except LookupInputError:
            return Outcome(signup_id, False, None)  # the volunteer corrects the address
        if result.status != "found":
            return Outcome(signup_id, False, result.address.miss if result.address else None)
        with self.sessions.begin() as session:
            settled = resolve_by_address(session, signup_id, result)
            if settled is None:
                return Outcome(signup_id, False, None)
            session.flush()
            return Outcome(signup_id, True, None, result, ready_letters(settled))

    def pending_addresses(self, event_id: str | None, opener: Opener) -> list[PendingAddress]:
        """The pending sign-ups (of one event, or all) that have a street address."""
        from sqlalchemy import select

        from desktop.store.models import SIGNUP_ORDER, Signup

        statement = select(Signup).where(Signup.status == "pending")
        if event_id is not None:
            statement = statement.where(Signup.event_id == event_id)
        with self.sessions() as session:
            opened = (
                (signup.id, open_record(opener, signup.personal_sealed))
                for signup in session.scalars(statement.order_by(*SIGNUP_ORDER))
            )
            return [
                PendingAddress(signup_id, personal.get("place", ""), personal["street_address"])
                for signup_id, personal in opened
                if personal.get("street_address")
            ]

    def resolve_all(
        self,
        event_id: str | None,
        opener: Opener,
        online: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Outcome]:
        """Try every pending sign-up's address; stop asking the geocoder once it is down."""
        outcomes = []
        addresses = self.pending_addresses(event_id, opener)
        for done, pending in enumerate(addresses, start=1):
            outcome = self.resolve_address(pending.signup_id, pending.place, pending.street, online)
            online = online and outcome.miss != "unavailable"
            outcomes.append(outcome)
            if progress is not None:
                progress(done, len(addresses))
        return outcomes
