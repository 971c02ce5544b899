"""The sign-in service: check a form, recognise a repeat signer, save the sign-up.

A sign-up and the actions it asks for are saved in one transaction, committed with
`synchronous=FULL` before `submit` returns: once the volunteer sees "saved", it is on
disk. Personal fields are sealed with the organizer's public key, so a locked kiosk
takes sign-ups it cannot read back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.districts.dataset import Dataset
from desktop.districts.lookup import StreetFinder
from desktop.districts.resolver import AddressResolver
from desktop.districts.result import LookupResult
from desktop.outbox.queue import DEFAULT_DOMAIN, queue_messages
from desktop.privacy.blind_index import BlindIndex
from desktop.privacy.keys import KeyRecord
from desktop.privacy.sealing import Sealer
from desktop.signin.actions import PlannedAction, SkippedAction, plan_actions
from desktop.signin.duplicates import BlindKeys, DuplicateMatch, RecentSigners
from desktop.signin.form import SigninForm
from desktop.signin.place import locate
from desktop.signin.validation import FieldProblem, check_fields
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from desktop.store.models import Signup

RESOLVED = "resolved"
PENDING = "pending"


class FormInvalid(ValueError):
    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        self.problems = problems
        listing = "; ".join(f"{p.field}: {p.detail or p.problem.value}" for p in problems)
        super().__init__(listing)


@dataclass(frozen=True)
class FormCheck:
    form: SigninForm  # stripped of stray spaces
    problems: tuple[FieldProblem, ...]
    result: LookupResult | None  # None while the place is missing or unknown
    email: str | None  # normalized
    phone: str | None  # E.164

    @property
    def ok(self) -> bool:
        return not self.problems and self.result is not None


@dataclass(frozen=True)
class Receipt:
    """What was saved, with the values still in memory (for the letter printed right away)."""

    signup_id: str
    status: str  # resolved | pending
    merged: bool
    form: SigninForm
    email: str | None
    phone: str | None
    result: LookupResult
    planned: tuple[PlannedAction, ...]
    skipped: tuple[SkippedAction, ...]
    # Letters ready to print now: (action id, chamber). The id gives the letter its code.
    letters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EventContext:
    """What the service needs to know of the event: its id and the actions it offers."""

    event_id: str
    actions: Collection[str]


class SigninService:
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        event: EventContext,
        keys: KeyRecord,
        recent: RecentSigners | None = None,
        message_domain: str = DEFAULT_DOMAIN,
        streets: StreetFinder | None = None,
    ) -> None:
        self.message_domain = message_domain
        self.streets = streets  # street ranges imported before the event, if any
        self.sessions = sessions
        self.dataset = dataset
        self.event = event
        self._sealer = Sealer(keys.public_key)
        self._index = BlindIndex(keys.index_salt)
        self.recent = recent if recent is not None else RecentSigners()

    def check(self, form: SigninForm) -> FormCheck:
        form = form.stripped()
        contact = check_fields(form)
        problems = list(contact.problems)
        located = locate(self.dataset, form, self.streets)
        result = None
        if isinstance(located, FieldProblem):
            if not any(p.field == located.field for p in problems):
                problems.append(located)
        else:
            result = located
        return FormCheck(form, tuple(problems), result, contact.email, contact.phone)

    def blind_keys(self, check: FormCheck) -> BlindKeys:
        form = check.form
        town = check.result.town if check.result and check.result.town else form.place
        name_address = (
            self._index.name_address(form.first_name, form.last_name, form.street_address, town)
            if form.street_address
            else None
        )
        return BlindKeys(
            self._index.email(check.email), self._index.phone(check.phone), name_address
        )

    def find_duplicate(self, form: SigninForm) -> DuplicateMatch | None:
        check = self.check(form)
        address = f"{check.form.street_address} {check.form.place}"
        similar = self.recent.similar(self.event.event_id, check.form.full_name, address)
        from desktop.signin.records import find_by_blind_keys  # the database side, on first use

        with self.sessions() as session:
            match = find_by_blind_keys(session, self.event.event_id, self.blind_keys(check))
        if match is None and similar is not None:
            match = DuplicateMatch(similar, "similar_name_address")
        return match

    def submit(
        self, form: SigninForm, merge_into: str | None = None, source: str = "kiosk"
    ) -> Receipt:
        check = self.check(form)
        if not check.ok or check.result is None:
            raise FormInvalid(check.problems)
        keys = self.blind_keys(check)
        planned, skipped = plan_actions(check.form, check.result, self.event.actions)
        # SQLAlchemy loads on the first save, not when the window opens.
        from desktop.signin.records import apply_result, merge_actions, ready_letters
        from desktop.store.models import Signup

        with self.sessions.begin() as session:
            signup = session.get(Signup, merge_into) if merge_into else None
            merged = signup is not None
            if signup is None:
                signup = Signup(event_id=self.event.event_id, source=source)
                session.add(signup)
            self._fill(signup, check, keys, merged)
            apply_result(signup, check.result, check.form.ward, check.form.precinct)
            merge_actions(signup, planned)
            queue_messages(session, signup, self.message_domain)
            session.flush()
            signup_id, status = signup.id, signup.status
            letters = ready_letters(signup)
        self.recent.remember(
            signup_id,
            self.event.event_id,
            check.form.full_name,
            f"{check.form.street_address} {check.form.place}",
        )
        return Receipt(
            signup_id,
            status,
            merged,
            check.form,
            check.email,
            check.phone,
            check.result,
            tuple(planned),
            tuple(skipped),
            letters,
        )

    def edit(self, signup_id: str, form: SigninForm) -> Receipt:
        """Replace a sign-up's details with `form`: consents as now ticked, actions to match.

        Actions already done (a letter printed) stay; those no longer asked for go.
        """
        check = self.check(form)
        if not check.ok or check.result is None:
            raise FormInvalid(check.problems)
        keys = self.blind_keys(check)
        planned, skipped = plan_actions(check.form, check.result, self.event.actions)
        wanted = {(p.kind, p.chamber) for p in planned}
        from desktop.signin.records import apply_result, merge_actions, ready_letters
        from desktop.store.models import Signup

        with self.sessions.begin() as session:
            signup = session.get(Signup, signup_id)
            if signup is None:
                raise LookupError("That sign-up is gone.")
            signup.consent_email = signup.consent_letter = signup.consent_updates = False
            self._fill(signup, check, keys, merged=False)
            apply_result(signup, check.result, check.form.ward, check.form.precinct)
            for action in list(signup.actions):
                if action.state != "done" and (action.kind, action.chamber) not in wanted:
                    signup.actions.remove(action)
                elif action.state == "ready" and (action.kind, action.chamber) in wanted:
                    signup.actions.remove(action)  # re-planned below, for the new districts
            session.flush()
            merge_actions(signup, planned)
            queue_messages(session, signup, self.message_domain)
            session.flush()
            status, letters = signup.status, ready_letters(signup)
        return Receipt(
            signup_id, status, False, check.form, check.email, check.phone, check.result,
            tuple(planned), tuple(skipped), letters,
        )  # fmt: skip

    def follow_up(self, receipt: Receipt, resolver: AddressResolver) -> Receipt | None:
        """Decide a pending sign-up by its street address, online, while it is in memory.

        Runs on a worker thread right after the sign-in; the geocoder may take seconds.
        Returns the decided receipt (its letters ready to print), or None.
        """
        form = receipt.form
        if receipt.status != PENDING or not form.street_address:
            return None
        from desktop.signin.pending import PendingResolver

        outcome = PendingResolver(self.sessions, resolver).resolve_address(
            receipt.signup_id, form.place, form.street_address, online=True
        )
        if not outcome.resolved or outcome.result is None:
            return None
        planned, skipped = plan_actions(form, outcome.result, self.event.actions)
        return dataclasses.replace(
            receipt,
            status=RESOLVED,
            result=outcome.result,
            planned=tuple(planned),
            skipped=tuple(skipped),
            letters=outcome.letters,
        )

    def _fill(self, signup: Signup, check: FormCheck, keys: BlindKeys, merged: bool) -> None:
        """Seal the personal fields; on a merge, keep what the new form leaves empty."""
        form, seal = check.form, self._sealer.seal
        signup.language = form.language
        signup.consent_email = bool(signup.consent_email and merged) or form.consent_email
        signup.consent_letter = bool(signup.consent_letter and merged) or form.consent_letter
        signup.consent_updates = bool(signup.consent_updates and merged) or form.consent_updates
        signup.first_name_sealed = seal(form.first_name)
        signup.last_name_sealed = seal(form.last_name)
        signup.place_sealed = seal(form.place)
        for attribute, value in (
            ("street_address_sealed", form.street_address or None),
            ("email_sealed", check.email),
            ("phone_sealed", check.phone),
            ("note_sealed", form.note or None),
            ("email_index", keys.email),
            ("phone_index", keys.phone),
            ("name_address_index", keys.name_address),
        ):
            if value is not None or not merged:
                sealed = seal(value) if attribute.endswith("_sealed") and value else value
                setattr(signup, attribute, sealed)
