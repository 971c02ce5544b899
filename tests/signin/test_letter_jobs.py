"""Which letters print, from memory at the table and from storage in batches."""

from __future__ import annotations

import datetime as dt
import re

import nacl.public
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import jobs_from_receipt, letter_code, mark_printed, queued_letters
from desktop.signin.records import resolve_pending
from desktop.signin.service import SigninService

TODAY = dt.date(2026, 5, 2)
ANA = SigninForm(
    first_name="Ana", last_name="Lima", street_address="9 Elm St", place="Florence",
    consent_letter=True, note="Please pass it this session.",
)  # fmt: skip


def test_letter_codes_are_short_readable_and_distinct() -> None:
    import uuid

    codes = {letter_code(str(uuid.uuid4())) for _ in range(2000)}
    assert len(codes) == 2000
    assert all(re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", code) for code in codes)


def test_the_letters_at_the_table_come_from_the_receipt(
    service: SigninService, dataset: Dataset
) -> None:
    receipt = service.submit(ANA)
    jobs = jobs_from_receipt(receipt, dataset, TODAY)
    assert [job.recipient.chamber for job in jobs] == ["house", "senate"]
    house = jobs[0]
    assert house.recipient.name == "Lindsay Sabadosa" and house.recipient.last_name == "Sabadosa"
    assert house.recipient.room == "160" and "24 Beacon St" in (house.recipient.office or "")
    assert house.signer.full_name == "Ana Lima" and house.signer.town == "Northampton"
    assert house.note == "Please pass it this session."
    assert {job.code for job in jobs} == {letter_code(a) for a, _c in receipt.letters}


def test_a_split_town_has_no_letter_to_print_until_resolved(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    receipt = service.submit(
        SigninForm(first_name="Bo", last_name="Chen", place="Dorchester", consent_letter=True)
    )
    assert receipt.letters == () and jobs_from_receipt(receipt, dataset, TODAY) == []
    opener = Opener(private_key)
    with sessions() as session:
        assert queued_letters(session, dataset, service.event.event_id, opener, TODAY) == []
    with sessions.begin() as session:
        resolve_pending(session, dataset, receipt.signup_id, "16", "1")
    with sessions() as session:
        queued = queued_letters(session, dataset, service.event.event_id, opener, TODAY)
    assert len(queued) == 2 and all(q.job is not None for q in queued)
    assert queued[0].job is not None and queued[0].job.signer.full_name == "Bo Chen"


def test_printed_letters_leave_the_queue_but_stay_for_a_reprint(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    receipt = service.submit(ANA)
    opener = Opener(private_key)
    with sessions.begin() as session:
        assert mark_printed(session, [receipt.letters[0][0]]) == 1
    with sessions() as session:
        left = queued_letters(session, dataset, service.event.event_id, opener, TODAY)
        everything = queued_letters(session, dataset, service.event.event_id, opener, TODAY, True)
    assert [q.action_id for q in left] == [receipt.letters[1][0]]
    assert len(everything) == 2
