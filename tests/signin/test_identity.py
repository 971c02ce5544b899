"""Who is the same person, through the real service and a real SQLite file.

Families share addresses, emails and phones; namesakes live two doors apart. Each
distinct person stays a sign-up of their own; a true repeat (the same email in another
case, the same phone in another format, "Avenue" for "Ave") is still recognised.
"""

from __future__ import annotations

import datetime as dt

import nacl.public
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.privacy.keys import KeyRecord
from desktop.privacy.sealed_record import open_record
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.identity import Fingerprint, judge
from desktop.signin.letter_jobs import queued_letters
from desktop.signin.service import EventContext, Receipt, SigninService
from desktop.signin.volunteer import Identity
from desktop.store.models import Action, DuplicateSuggestion, Merge, OutboxMessage, Signup


def person(
    first: str, last: str, street: str = "", place: str = "Amherst", **more: object
) -> SigninForm:
    return SigninForm(
        first_name=first, last_name=last, street_address=street, place=place,
        consent_letter=True, **more,  # type: ignore[arg-type]
    )  # fmt: skip


def signups(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Signup)) or 0)


def suggestions(sessions: sessionmaker[Session]) -> list[tuple[str, str, str]]:
    with sessions() as session:
        rows = session.scalars(select(DuplicateSuggestion).order_by(DuplicateSuggestion.created_at))
        return [(s.signup_id, s.other_id, s.reason) for s in rows]


# Pairs of different people a careless matcher merges, and what (if anything) the volunteer
# is asked about them.
DIFFERENT_PEOPLE = [
    ("siblings at one address",
     # A typo or a sibling: only the volunteer can tell, so they are asked.
     person("Maria", "Silva", "5 Elm St"), person("Mario", "Silva", "5 Elm St"), "similar"),
    ("namesakes at different house numbers",
     person("José", "García", "14 Oak St"), person("José", "García", "41 Oak St"), None),
    ("neighbours two doors apart",
     person("Carla", "Souza", "9 Pine St"), person("Carlo", "Souza", "11 Pine St"), None),
    ("mother and daughter with their own phones",
     person("Ana", "Pereira", "3 Main St", phone="617-555-0101"),
     person("Ana", "Pereira", "3 Main St", phone="617-555-0199"), None),
    ("different emails, similar names",
     person("Jon", "Smith", email="jon@example.org"),
     person("John", "Smith", email="john.smith@example.org"), None),
    ("a family email under two names",
     person("Linh", "Tran", email="tranfamily@example.org"),
     person("Minh", "Tran", email="TranFamily@example.org"), "shared_email"),
    ("a family phone under two names",
     person("Wei", "Chen", phone="(617) 555-0142"),
     person("Mei", "Chen", phone="617.555.0142"), "shared_phone"),
    ("father and son of one name, one email, two addresses",
     person("Pedro", "Lopes", "7 Elm St", email="lopes@example.org"),
     person("Pedro", "Lopes", "70 Elm St", email="lopes@example.org"), "same_name"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "asked"), [case[1:] for case in DIFFERENT_PEOPLE],
    ids=[case[0] for case in DIFFERENT_PEOPLE],
)  # fmt: skip
def test_different_people_stay_apart(
    service: SigninService, sessions: sessionmaker[Session],
    first: SigninForm, second: SigninForm, asked: str | None,
) -> None:  # fmt: skip
    one, two = service.submit(first), service.submit(second)
    assert not two.merged and one.signup_id != two.signup_id
    assert signups(sessions) == 2
    expected = [(two.signup_id, one.signup_id, asked)] if asked else []
    assert suggestions(sessions) == expected
    with sessions() as session:  # each keeps their own letters
        letters = session.scalar(select(func.count()).select_from(Action))
    assert letters == 4


TRUE_REPEATS = [
    ("the same email in another case", "email",
     person("Jane", "Doe", email="Jane.Doe@Example.com"),
     person("jane", "DOE", email="jane.doe@example.com")),
    ("the same phone in another format", "phone",
     person("Rosa", "Lima", phone="617 722 2000"), person("Rosa", "Lima", phone="(617) 722-2000")),
    ("Avenue for Ave, and an accent left out", "name_address",
     person("Thị", "Nguyễn", "25 Beacon Ave Apt 3"),
     person("Thi", "Nguyen", "25 Beacon Avenue, apartment 3")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("reason", "first", "again"), [case[1:] for case in TRUE_REPEATS],
    ids=[case[0] for case in TRUE_REPEATS],
)  # fmt: skip
def test_a_true_repeat_is_recognised_after_a_restart(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    event: EventContext, keys: KeyRecord, reason: str, first: SigninForm, again: SigninForm,
) -> None:  # fmt: skip
    earlier = service.submit(first)
    # A new service: nothing of the first sign-in is in memory, only its stored digests.
    restarted = SigninService(sessions, dataset, event, keys)
    repeat = restarted.submit(again)
    assert repeat.merged and repeat.signup_id == earlier.signup_id
    assert signups(sessions) == 1
    with sessions() as session:
        assert list(session.scalars(select(Merge.reason))) == [reason]


def test_two_hundred_generated_signers_are_two_hundred_sign_ups(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    for n in range(200):
        service.submit(person(f"Test{n}", f"Signer{n}", f"{n} Main St"))
    assert signups(sessions) == 200
    assert suggestions(sessions) == []


def test_the_judge_never_calls_two_names_one_person() -> None:
    a = Fingerprint(email="e1", phone="p1", name="n1", name_address="a1")
    assert judge(Fingerprint(email="e1", name="n2"), a) is not None  # only a suggestion
    assert judge(Fingerprint(email="e1", name="n2"), a).same is False  # type: ignore[union-attr]
    assert judge(Fingerprint(email="e2", name="n1", name_address="a1"), a) is None
    assert judge(Fingerprint(phone="p2", name="n1"), a) is None
    assert judge(Fingerprint(name="n1", name_address="a2"), a) is None
    verdict = judge(Fingerprint(name="n1", name_address="a1"), a)
    assert verdict is not None and (verdict.same, verdict.reason) == (True, "name_address")


def open_letters(
    sessions: sessionmaker[Session], dataset: Dataset, event: EventContext,
    key: nacl.public.PrivateKey,
) -> list[tuple[str, str, str]]:  # fmt: skip
    with sessions() as session:
        letters = queued_letters(
            session, dataset, event.event_id, Opener(key), dt.date(2026, 12, 1)
        )
    return [(q.job.signer.town, q.job.recipient.district, q.job.recipient.name)
            for q in letters if q.job is not None]  # fmt: skip


def test_a_repeat_from_another_town_takes_its_letters_and_emails_to_the_new_legislators(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    event: EventContext, private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    chelsea = service.submit(
        person("Marta", "Reyes", place="Chelsea", email="marta@example.org", consent_email=True)
    )
    lenox = service.submit(
        person("Marta", "Reyes", place="Lenox", email="marta@example.org", consent_email=True)
    )
    assert lenox.merged and lenox.signup_id == chelsea.signup_id
    berkshire = dataset.seats[("house", "3rd Berkshire")].member
    assert berkshire is not None
    letters = open_letters(sessions, dataset, event, private_key)
    assert ("Lenox", "3rd Berkshire", berkshire.name) in letters
    assert not [letter for letter in letters if letter[1] == "11th Suffolk"]
    with sessions() as session:
        emails = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "legislator_email")
        ).all()
    assert {m.member_id for m in emails if m.chamber == "house"} == {berkshire.id}
    assert len(emails) == 2


def test_a_suggested_pair_is_merged_by_the_volunteer_and_split_back_with_nothing_lost(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    event: EventContext, private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    identity = Identity(sessions, dataset, event.event_id, event.actions)
    opener = Opener(private_key)
    linh = service.submit(person("Linh", "Tran", "4 Elm St", email="tran@example.org"))
    minh = service.submit(person("Minh", "Tran", "4 Elm St", email="tran@example.org",
                                 consent_updates_email=True))  # fmt: skip
    (offered,) = identity.suggestions(opener)
    assert (offered.later.first_name, offered.earlier.first_name) == ("Minh", "Linh")
    merge_id = identity.merge(offered.id)
    assert signups(sessions) == 1 and identity.suggestions(opener) == []
    (merged,) = identity.merges(opener)
    assert (merged.before.first_name, merged.incoming.first_name) == ("Linh", "Minh")
    assert merged.splittable

    kept, restored = identity.split(merge_id)
    assert (kept, restored) == (linh.signup_id, minh.signup_id)
    assert signups(sessions) == 2 and identity.merges(opener) == []
    with sessions() as session:
        back = {s.id: s for s in session.scalars(select(Signup))}
        assert open_record(opener, back[kept].personal_sealed)["first_name"] == "Linh"
        assert open_record(opener, back[restored].personal_sealed)["first_name"] == "Minh"
        assert back[restored].consent_updates_email and not back[kept].consent_updates_email
        crm = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "crm_signup")).all()
        assert [m.signup_id for m in crm] == [restored]
    assert len(open_letters(sessions, dataset, event, private_key)) == 4


def test_a_kiosk_merge_is_split_back_into_the_earlier_sign_up_and_a_new_one(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    event: EventContext, private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    identity = Identity(sessions, dataset, event.event_id, event.actions)
    first: Receipt = service.submit(person("Rosa", "Lima", phone="617 722 2000", place="Salem"))
    again = service.submit(person("Rosa", "Lima", phone="6177222000", place="Lenox"))
    assert again.merged
    (merge,) = identity.merges(Opener(private_key))
    assert (merge.before.town, merge.incoming.town) == ("Salem", "Lenox")
    kept, restored = identity.split(merge.id)
    assert kept == first.signup_id and restored != kept
    with sessions() as session:
        towns = {s.id: s.town for s in session.scalars(select(Signup))}
    assert towns == {kept: "Salem", restored: "Lenox"}
    towns_of_letters = {
        town for town, _d, _m in open_letters(sessions, dataset, event, private_key)
    }
    assert towns_of_letters == {"Salem", "Lenox"}
