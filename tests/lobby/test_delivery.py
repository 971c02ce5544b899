"""Stacks recorded with the letters they hold, scanned delivered once, and undone: over a
real SQLite file with real sign-ups and their letters."""

from __future__ import annotations

import datetime as dt

import nacl.public
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.letters.model import LetterJob
from desktop.lobby.codes import read_code, stack_code
from desktop.lobby.delivery import deliver, event_stacks, undo_delivery
from desktop.lobby.stacks import mark_printed_in_stacks
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import queued_letters
from desktop.signin.service import SigninService
from desktop.store.models import Action, Stack, StackLetter

SIGNERS = (("Ana", "Lima", "Florence"), ("Bo", "Chen", "Amherst"), ("Cy", "Diaz", "Florence"))
NOON = dt.datetime(2026, 12, 1, 17, 0)


def _letters(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey,
) -> list[tuple[str, LetterJob]]:  # fmt: skip
    for first, last, town in SIGNERS:
        service.submit(
            SigninForm(first_name=first, last_name=last, place=town, consent_letter=True)
        )
    with sessions() as session:
        queued = queued_letters(
            session, dataset, service.event.event_id, Opener(private_key), dt.date.today()
        )
    return [(q.action_id, q.job) for q in queued if q.job is not None]


@pytest.fixture
def printed(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey,
) -> list[tuple[str, LetterJob]]:  # fmt: skip
    letters = _letters(service, sessions, dataset, private_key)
    with sessions.begin() as session:
        assert mark_printed_in_stacks(session, letters, service.event.event_id, "laptop-1") == 6
    return letters


def test_printing_records_one_stack_per_office_with_its_letters(
    printed: list[tuple[str, LetterJob]], sessions: sessionmaker[Session], service: SigninService
) -> None:
    by_member: dict[str, list[tuple[str, LetterJob]]] = {}
    for action_id, job in printed:
        by_member.setdefault(job.recipient.member_id, []).append((action_id, job))
    with sessions() as session:
        stacks = {s.member_id: s for s in session.scalars(select(Stack))}
        held = {(r.stack_code, r.action_id) for r in session.scalars(select(StackLetter))}
        states = set(session.scalars(select(Action.state).where(Action.kind == "letter")))
    # Florence and Amherst: Sabadosa, Domb and Comerford (the Senator of both towns).
    assert sorted(s.member_name for s in stacks.values()) == [
        "Jo Comerford", "Lindsay Sabadosa", "Mindy Domb",
    ]  # fmt: skip
    assert states == {"done"}
    for member_id, letters in by_member.items():
        stack = stacks[member_id]
        assert stack.code == stack_code(job.code for _, job in letters)
        assert stack.letters == len(letters)
        assert stack.room == letters[0][1].recipient.room and stack.laptop == "laptop-1"
        assert stack.event_id == service.event.event_id and stack.day == dt.date(2026, 12, 1)
        assert stack.delivered_at is None
    assert held == {(stacks[j.recipient.member_id].code, a) for a, j in printed}


def test_stacks_and_printed_marks_are_stored_together_or_not_at_all(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey,
) -> None:  # fmt: skip
    letters = _letters(service, sessions, dataset, private_key)
    with pytest.raises(RuntimeError), sessions.begin() as session:
        mark_printed_in_stacks(session, letters, service.event.event_id, "laptop-1")
        raise RuntimeError("the laptop died before the commit")
    with sessions() as session:
        assert session.scalars(select(Stack)).all() == []
        assert set(session.scalars(select(Action.state).where(Action.kind == "letter"))) == {
            "ready"
        }


def test_a_scan_marks_the_right_stack_once(
    printed: list[tuple[str, LetterJob]], sessions: sessionmaker[Session], service: SigninService
) -> None:
    with sessions() as session:
        route = event_stacks(session, service.event.event_id)
    # Walking order: Domb (room 33, ground floor), Sabadosa (160), Comerford (410).
    assert [v.member_name for v in route] == ["Mindy Domb", "Lindsay Sabadosa", "Jo Comerford"]
    target = route[1]
    # As a scanner set for another keyboard layout might type it: case and dash lost.
    typed = target.code.lower().replace("-", "")
    with sessions.begin() as session:
        first = deliver(session, typed, "laptop-1 (AB)", now=NOON)
    assert first.outcome == "delivered" and first.code == target.code
    with sessions.begin() as session:
        second = deliver(session, target.code, "laptop-2", now=NOON + dt.timedelta(hours=1))
    assert second.outcome == "already" and second.stack is not None
    assert (second.stack.delivered_at, second.stack.delivered_by) == (NOON, "laptop-1 (AB)")
    with sessions() as session:
        after = {v.code: v for v in event_stacks(session, service.event.event_id)}
    assert after[target.code].delivered_at == NOON
    assert after[target.code].delivered_by == "laptop-1 (AB)"
    assert [c for c, v in after.items() if v.delivered] == [target.code]


def test_what_is_not_a_printed_stack_marks_nothing(
    printed: list[tuple[str, LetterJob]], sessions: sessionmaker[Session], service: SigninService
) -> None:
    letter_code = printed[0][1].code
    with sessions.begin() as session:
        outcomes = [deliver(session, typed, "x").outcome for typed in (
            letter_code, "S-AAAA-AAAA", "hello", "",
        )]  # fmt: skip
    assert outcomes == ["letter", "unknown", "unreadable", "unreadable"]
    with sessions() as session:
        assert not any(v.delivered for v in event_stacks(session, service.event.event_id))


def test_undo_puts_the_stack_back_to_deliver(
    printed: list[tuple[str, LetterJob]], sessions: sessionmaker[Session], service: SigninService
) -> None:
    with sessions() as session:
        code = event_stacks(session, service.event.event_id)[0].code
    with sessions.begin() as session:
        deliver(session, code, "laptop-1", now=NOON)
    with sessions.begin() as session:
        undone = undo_delivery(session, code)
        assert undone is not None and not undone.delivered
        assert undo_delivery(session, code) is None  # nothing left to undo
    with sessions.begin() as session:
        again = deliver(session, code, "laptop-2", now=NOON + dt.timedelta(minutes=5))
    assert again.outcome == "delivered" and again.stack is not None
    assert again.stack.delivered_by == "laptop-2"


def test_a_stack_printed_again_keeps_its_row_and_its_delivery(
    printed: list[tuple[str, LetterJob]], sessions: sessionmaker[Session], service: SigninService
) -> None:
    with sessions() as session:
        code = event_stacks(session, service.event.event_id)[0].code
    with sessions.begin() as session:
        deliver(session, code, "laptop-1", now=NOON)
    with sessions.begin() as session:
        mark_printed_in_stacks(session, printed, service.event.event_id, "laptop-1")
    with sessions() as session:
        views = event_stacks(session, service.event.event_id)
        assert len(session.scalars(select(StackLetter)).all()) == len(printed)
    assert len(views) == 3 and [v.code for v in views if v.delivered] == [code]


def test_codes_of_stacks_and_letters_are_told_apart() -> None:
    code = stack_code(["K7QX-M2PA", "ABCD-EFGH"])
    assert code == stack_code(["ABCD-EFGH", "K7QX-M2PA"])  # the same letters, any order
    assert code != stack_code(["K7QX-M2PA"])
    assert code.startswith("S-") and len(code) == 11
    assert read_code(f"  {code.lower()} ").code == code
    assert read_code("k7qx m2pa").kind == "letter"
    assert read_code("K7QX-M2PA-X").kind == "unreadable"
