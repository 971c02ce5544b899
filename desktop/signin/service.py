"""The sign-in service: check a form, recognise a repeat signer, save the sign-up.

A sign-up and the actions it asks for are saved in one transaction, committed with
`synchronous=FULL` before `submit` returns: once the volunteer sees "saved", it is on
disk. Personal fields are sealed with the organizer's public key, so a locked kiosk
takes sign-ups it cannot read back.

A repeat signer (the same person by identity.py's strong evidence) is merged into their
earlier sign-up, which keeps its earlier version for a split; a sign-up that only may be
someone's repeat is saved on its own, with a suggestion for the volunteer.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from desktop.crashpoints import crash_point
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import StreetFinder
from desktop.districts.resolver import AddressResolver
from desktop.districts.result import LookupResult
from desktop.outbox.queue import DEFAULT_DOMAIN, queue_messages
from desktop.privacy.blind_index import BlindIndex, NoDigests
from desktop.privacy.keys import KeyRecord
from desktop.privacy.sealed_record import seal_record
from desktop.privacy.sealing import Sealer
from desktop.signin.actions import PlannedAction, SkippedAction, plan_actions
from desktop.signin.fields import declared, sealed_fields
from desktop.signin.form import SigninForm
from desktop.signin.identity import Fingerprint, SimilarSigners, find_matches
from desktop.signin.place import locate
from desktop.signin.validation import FieldProblem, check_fields
from desktop.store.sessions import SessionFactory

log = logging.getLogger(__name__)

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
    merged: bool  # a repeat signer: merged into their earlier sign-up, nothing new queued
    form: SigninForm
    email: str | None
    phone: str | None
    result: LookupResult
    planned: tuple[PlannedAction, ...]
    skipped: tuple[SkippedAction, ...]
    # Letters ready to print now: (action id, chamber). The id gives the letter its code.
    letters: tuple[tuple[str, str], ...] = ()
    # Sign-ups this one may repeat, for the volunteer: (sign-up id, reason).
    suggestions: tuple[tuple[str, str], ...] = ()


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
        recent: SimilarSigners | None = None,
        message_domain: str = DEFAULT_DOMAIN,
        streets: StreetFinder | None = None,
        index: BlindIndex | None = None,
    ) -> None:
        self.message_domain = message_domain
        self.streets = streets  # street ranges imported before the event, if any
        self.sessions = sessions
        self.dataset = dataset
        self.event = event
        self.keys = keys  # public: the blind index's salt and cost, the sealing key
        self._sealer = Sealer(keys.public_key)
        self._given_index = index  # None: the event's own, read on first use
        self._event_index: BlindIndex | None = None
        self.index_problem = ""  # why repeat signers are not recognised here, if so
        self.recent = recent if recent is not None else SimilarSigners()

    def use_streets(self, streets: StreetFinder | None) -> None:
        """Street ranges opened (or imported again) after the service was made: the next
        address typed is placed with them."""
        self.streets = streets

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

    @property
    def _index(self) -> BlindIndex:
        """The event's blind index (desktop/privacy/event_index.py), read once."""
        if self._given_index is not None:
            return self._given_index
        if self._event_index is None:
            self._event_index = self._load_index()
        return self._event_index

    def _load_index(self) -> BlindIndex:
        from desktop.privacy.event_index import IndexKeyMissing, index_for
        from desktop.store.models import Event

        with self.sessions() as session:
            event = session.get(Event, self.event.event_id)
            if event is None:  # an event another database holds: the installation's
                return BlindIndex(self.keys.index_salt, self.keys.index_cost)
            try:
                return index_for(event, self.keys)
            except IndexKeyMissing as missing:
                log.warning("repeat signers cannot be recognised: the event's key is missing")
                self.index_problem = str(missing)
                return NoDigests()

    def fingerprint(self, check: FormCheck) -> Fingerprint:
        """The sign-in's digests, each computed once (each costs an Argon2id run)."""
        form = check.form
        town = check.result.town if check.result and check.result.town else form.place
        return Fingerprint(
            *self._index.all_four(
                check.email, check.phone, form.first_name, form.last_name,
                form.street_address, town,
            )
        )  # fmt: skip

    def submit(
        self,
        form: SigninForm,
        source: str = "kiosk",
        imported: tuple[str, int] | None = None,
        similar: SimilarSigners | None = None,
    ) -> Receipt:
        """Save a sign-in: a new sign-up, or merged into the same person's earlier one.

        `imported` (file digest, line) records the row of an import in the same
        transaction, so a rerun of the file skips it. `similar` holds the plain values
        to judge likenesses against (default: this run's sign-ins).
        """
        check = self.check(form)
        if not check.ok or check.result is None:
            raise FormInvalid(check.problems)
        similar = similar if similar is not None else self.recent
        print_ = self._fingerprinted(check, source)
        planned, skipped = plan_actions(check.form, check.result, self.event.actions)
        # SQLAlchemy loads on the first save, not when the window opens.
        from desktop.signin.follow import follow_districts
        from desktop.signin.merging import merge_incoming
        from desktop.signin.records import merge_actions, ready_letters
        from desktop.signin.suggestions import suggest
        from desktop.store.models import ImportedRow, Signup

        with self.sessions.begin() as session:
            fingerprint, content = print_
            matches = find_matches(session, self.event.event_id, fingerprint)
            if matches.same is not None:
                signup = session.get(Signup, matches.same[0])
                assert signup is not None
                merge_incoming(session, signup, content, matches.same[1])
                follow_districts(
                    session, signup, self.dataset, self.event.actions, self.message_domain
                )
            else:
                signup = Signup(event_id=self.event.event_id, **content)
                session.add(signup)
                session.flush()
                merge_actions(signup, planned)
                queue_messages(session, signup, self.message_domain)
            session.flush()
            merged = matches.same is not None
            plain = similar.plain(
                signup.id, check.form.full_name, check.form.street_address, check.form.place,
                check.email or "", check.phone or "",
            )  # fmt: skip
            maybe = [] if merged else list(matches.maybe)
            if not merged:
                known = {other for other, _reason in maybe}
                maybe += [(o, "similar") for o in similar.like(self.event.event_id, plain)
                          if o not in known]  # fmt: skip
                suggest(session, self.event.event_id, signup.id, maybe)
            if imported is not None:
                session.add(ImportedRow(event_id=self.event.event_id, file_digest=imported[0],
                                        line=imported[1], signup_id=signup.id))  # fmt: skip
            crash_point("signin_before_commit")
            signup_id, status = signup.id, signup.status
            letters = ready_letters(signup)
        crash_point("signin_after_commit")
        similar.remember(self.event.event_id, plain)
        return Receipt(
            signup_id, status, merged, check.form, check.email, check.phone, check.result,
            tuple(planned), tuple(skipped), letters, tuple(maybe),
        )  # fmt: skip

    def _fingerprinted(self, check: FormCheck, source: str) -> tuple[Fingerprint, dict[str, Any]]:
        """The sign-in's digests and its content as stored: sealed, and where they vote."""
        from desktop.signin.records import routing

        assert check.result is not None
        form = check.form
        fingerprint = self.fingerprint(check)
        # Every declared field, the email and phone in their checked, normal forms.
        typed = form.text_values() | {"email": check.email or "", "phone": check.phone or ""}
        personal = {f.name: typed[f.name] for f in sealed_fields()}
        plain = {f.name: typed[f.name] or None for f in declared() if not f.sealed}
        content: dict[str, Any] = {
            "source": source,
            "language": form.language,
            "consent_email": form.consent_email,
            "consent_letter": form.consent_letter,
            "consent_updates_email": form.consent_updates_email,
            "consent_updates_text": form.consent_updates_text,
            **routing(check.result, form.ward, form.precinct),
            "personal_sealed": seal_record(self._sealer, personal),
            **plain,  # a field declared unsealed has a column of its own
            "has_email": bool(check.email),
            "has_phone": bool(check.phone),
            "email_index": fingerprint.email,
            "phone_index": fingerprint.phone,
            "name_index": fingerprint.name,
            "name_address_index": fingerprint.name_address,
        }
        return fingerprint, content

    def edit(self, signup_id: str, form: SigninForm) -> Receipt:
        """Replace a sign-up's details with `form`: consents as now ticked, actions to match.

        Letters printed and emails sent stay; the others follow the new details (a new
        town: new legislators; a consent taken back: gone).
        """
        check = self.check(form)
        if not check.ok or check.result is None:
            raise FormInvalid(check.problems)
        planned, skipped = plan_actions(check.form, check.result, self.event.actions)
        from desktop.signin.follow import follow_districts
        from desktop.signin.records import ready_letters
        from desktop.store.models import Signup

        _fingerprint, content = self._fingerprinted(check, "")
        with self.sessions.begin() as session:
            signup = session.get(Signup, signup_id)
            if signup is None:
                raise LookupError("That sign-up is gone.")
            content["source"] = signup.source
            for name, value in content.items():
                setattr(signup, name, value)
            follow_districts(session, signup, self.dataset, self.event.actions, self.message_domain)
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
