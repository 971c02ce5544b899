"""Letters and outbox messages between two laptops and a hub on a real PostgreSQL server:
a letter printed on one laptop is printed on no other, and a message is sent by exactly one
laptop (a claim with a lease), to a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import select, update

from desktop.districts.dataset import Dataset
from desktop.hub.claims import HubClaims
from desktop.hub.schema import hub_messages, hub_signups
from desktop.outbox.messages import Sender
from desktop.outbox.runner import SyncConfig, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.letter_jobs import mark_printed, queued_letters
from desktop.signin.service import SigninService
from desktop.signin.volunteer import VolunteerService
from desktop.store.models import Action, OutboxMessage, Signup, Stack, Tombstone
from tests.cli_run import PASSPHRASE
from tests.hub.conftest import Laptop, service
from tests.outbox.smtp_server import SmtpServer

SENDER = Sender("action@coalition.example.org", "Safe Communities Coalition")
TODAY = dt.date(2027, 1, 6)


def _form(n: int, **more: object) -> SigninForm:
    return SigninForm(
        first_name=f"Thị Lan {n}", last_name="Nguyễn", place="Amherst",
        email=f"lan{n}@example.org", consent_letter=True, consent_email=True, **more,  # type: ignore[arg-type]
    )  # fmt: skip


def _opener(laptop: Laptop, dataset: Dataset, event_id: str) -> Opener:
    return VolunteerService(laptop.sessions, dataset, event_id).unlock(PASSPHRASE)


def _letters(laptop: Laptop, dataset: Dataset, event_id: str) -> list[str]:
    """The letters still to print on this laptop, by code."""
    opener = _opener(laptop, dataset, event_id)
    with laptop.sessions() as session:
        letters = queued_letters(session, dataset, event_id, opener, TODAY)
    return sorted(letter.action_id for letter in letters if letter.job is not None)


def _print(laptop: Laptop, action_ids: list[str]) -> None:
    with laptop.sessions.begin() as session:
        mark_printed(session, action_ids)


def _states(laptop: Laptop, model: type[Action] | type[OutboxMessage]) -> dict[str, str]:
    with laptop.sessions() as session:
        return {r.id: r.state for r in session.scalars(select(model))}


@pytest.fixture
def signed(laptops: tuple[Laptop, Laptop], dataset: Dataset) -> SigninService:
    a, b = laptops
    at_a = service(a, dataset, actions=("letter", "email"))
    for n in range(3):
        at_a.submit(_form(n))
    a.sync()
    b.sync()
    return at_a


def test_letters_follow_their_sign_ups_and_print_once(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    a, b = laptops
    event_id = signed.event.event_id
    at_b = _letters(b, dataset, event_id)
    assert len(at_b) == 6  # three signers, a representative and a senator each
    assert at_b == _letters(a, dataset, event_id)

    _print(b, at_b[:4])  # B prints four; A has not heard yet
    pushed = b.sync()
    assert pushed.records_pushed == 4
    pulled = a.sync()
    assert pulled.records_pulled == 4
    assert _letters(a, dataset, event_id) == at_b[4:]  # A prints only the other two

    # Both print the last two before they sync: printed they stay, on both, once each.
    _print(a, at_b[4:])
    _print(b, at_b[4:])
    for laptop in (a, b, a, b):
        laptop.sync()
    for laptop in (a, b):
        printed = {i: s for i, s in _states(laptop, Action).items() if i in at_b}
        assert printed == dict.fromkeys(at_b, "done")
    for laptop in (a, b):
        again = laptop.sync()
        assert (again.records_pushed, again.records_pulled) == (0, 0)


def test_a_printed_letter_stays_printed_against_an_older_change(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    a, b = laptops
    letter = _letters(a, dataset, signed.event.event_id)[0]
    _print(a, [letter])
    a.sync()
    with b.sessions.begin() as session:  # B changes the same letter, not knowing
        session.execute(update(Action).where(Action.id == letter).values(district="1st Hampshire"))
    report = b.sync()
    assert report.records_lost == {"action": [letter]}
    assert _states(b, Action)[letter] == "done"  # B took the hub's version at once


def test_exactly_one_laptop_sends_each_message(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    """Both laptops run their outbox at once, against one SMTP server: each message
    arrives once, and both laptops end with every message sent."""
    a, b = laptops
    event_id = signed.event.event_id
    messages = _states(a, OutboxMessage)
    assert len(messages) == 9 and _states(b, OutboxMessage) == messages  # 2 emails + 1 each
    with SmtpServer() as server:
        config = SyncConfig(server.settings(), SENDER, None, rate_limit=0)
        runners = [
            SyncRunner(
                laptop.sessions, dataset, _opener(laptop, dataset, event_id), campaign_loader(),
                config, claims=HubClaims(laptop.sessions, laptop.hub, laptop.role),
            )
            for laptop in (a, b)
        ]  # fmt: skip
        start = threading.Barrier(2)
        reports = []

        def run(runner: SyncRunner) -> None:
            start.wait()
            reports.append(runner.run())

        threads = [threading.Thread(target=run, args=(r,)) for r in runners]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        delivered = Counter(r.message["Message-ID"] for r in server.handler.delivered)
    assert len(delivered) == 9 and set(delivered.values()) == {1}
    assert sum(report.sent for report in reports) == 9
    for laptop in (a, b, a):
        laptop.sync()
    assert set(_states(a, OutboxMessage).values()) == {"sent"}
    assert set(_states(b, OutboxMessage).values()) == {"sent"}


def test_a_claim_runs_out_when_its_laptop_dies(
    laptops: tuple[Laptop, Laptop], signed: SigninService
) -> None:
    a, b = laptops
    message = sorted(_states(a, OutboxMessage))[0]
    short = dt.timedelta(seconds=1)
    assert HubClaims(a.sessions, a.hub, a.role, lease=short).claim(message)
    assert not HubClaims(b.sessions, b.hub, b.role).claim(message)  # A holds it
    assert HubClaims(a.sessions, a.hub, a.role, lease=short).claim(message)  # A may again
    time.sleep(1.5)  # A died mid-send: its claim runs out
    assert HubClaims(b.sessions, b.hub, b.role).claim(message)
    assert not HubClaims(a.sessions, a.hub, a.role).claim(message)


def test_without_the_hub_a_laptop_sends_only_what_the_hub_never_saw(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    _a, b = laptops
    pulled = set(_states(b, OutboxMessage))  # A's messages, pulled by B
    service(b, dataset, signed.event.event_id, ("letter", "email")).submit(_form(9))
    own = set(_states(b, OutboxMessage)) - pulled
    assert len(own) == 3
    offline = HubClaims(b.sessions, None, b.role)
    assert not any(offline.claim(m) for m in pulled)
    assert all(offline.claim(m) for m in own)


def test_a_message_not_yet_on_the_hub_is_pushed_with_its_sign_up_before_its_claim(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    a, b = laptops
    receipt = service(b, dataset, signed.event.event_id, ("letter", "email")).submit(_form(7))
    with b.sessions() as session:
        own = session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.signup_id == receipt.signup_id)
        ).first()
    assert own is not None
    assert HubClaims(b.sessions, b.hub, b.role).claim(own)
    with b.hub.connect() as connection:
        assert connection.execute(
            select(hub_signups.c.id).where(hub_signups.c.id == receipt.signup_id)
        ).first()
        assert (
            connection.execute(
                select(hub_messages.c.claimed_by).where(hub_messages.c.id == own)
            ).scalar()
            == b.role
        )
    assert not HubClaims(a.sessions, a.hub, a.role).claim(own)


def test_deleting_a_sign_up_or_a_message_reaches_the_other_laptop(
    laptops: tuple[Laptop, Laptop], signed: SigninService
) -> None:
    a, b = laptops
    with a.sessions.begin() as session:
        signup = session.scalars(select(Signup)).first()
        assert signup is not None
        gone_signup = signup.id
        message = session.scalars(
            select(OutboxMessage).where(OutboxMessage.signup_id != gone_signup)
        ).first()
        assert message is not None
        gone_message = message.id
        session.delete(message)
        session.delete(signup)
    with a.sessions() as session:
        kinds = Counter(t.kind for t in session.scalars(select(Tombstone)))
    assert kinds["signup"] == 1 and kinds["message"] == 1 and kinds["action"] == 4
    a.sync()
    # B has not heard yet: the deleted sign-up's messages are not B's to send.
    with b.sessions() as session:
        orphans = session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.signup_id == gone_signup)
        ).all()
    assert orphans and not any(HubClaims(b.sessions, b.hub, b.role).claim(m) for m in orphans)
    b.sync()
    with b.sessions() as session:
        assert session.get(Signup, gone_signup) is None
        assert session.get(OutboxMessage, gone_message) is None
        assert not session.scalars(
            select(OutboxMessage).where(OutboxMessage.signup_id == gone_signup)
        ).first()


def test_stacks_their_delivery_and_visit_reports_reach_every_laptop(
    laptops: tuple[Laptop, Laptop], dataset: Dataset, signed: SigninService
) -> None:
    """The organizer prints the day's stacks at A; a volunteer at B scans one delivered and
    reports a visit; A sees both; a wrong scan undone at A is undone at B too."""
    from desktop.lobby.delivery import deliver, event_stacks, undo_delivery
    from desktop.lobby.stacks import mark_printed_in_stacks
    from desktop.lobby.visits import VisitReport, add_visit, event_visits

    a, b = laptops
    event_id = signed.event.event_id
    opener = _opener(a, dataset, event_id)
    with a.sessions.begin() as session:
        letters = queued_letters(session, dataset, event_id, opener, TODAY)
        jobs = [(x.action_id, x.job) for x in letters if x.job is not None]
        mark_printed_in_stacks(session, jobs, event_id, a.role)
    a.sync()
    b.sync()
    with b.sessions() as session:
        stacks = event_stacks(session, event_id)
    assert len(stacks) == 2 and sum(s.letters for s in stacks) == 6  # a rep and a senator
    code = stacks[0].code
    with b.sessions.begin() as session:
        assert deliver(session, code, "b (JD)").outcome == "delivered"
        stack = session.get(Stack, code)
        assert stack is not None
        member = stack.member_id
        add_visit(session, dataset, event_id, VisitReport(
            member, TODAY, "staff", "supports", staffer="Chief of staff",
            commitment="Will co-sponsor", follow_up=True, follow_up_note="Send the fact sheet",
        ), b.role, today=TODAY)  # fmt: skip
    b.sync()
    a.sync()
    with a.sessions() as session:
        delivered = {s.code: s.delivered_by for s in event_stacks(session, event_id)}
        visits = event_visits(session, event_id)
    assert delivered[code] == "b (JD)"
    assert [(v.member_name, v.position, v.commitment) for v in visits] == [
        (stacks[0].member_name, "supports", "Will co-sponsor")
    ]
    with a.sessions.begin() as session:  # it was the wrong stack after all
        assert undo_delivery(session, code) is not None
    a.sync()
    b.sync()
    with b.sessions() as session:
        assert {s.code: s.delivered_at for s in event_stacks(session, event_id)}[code] is None
