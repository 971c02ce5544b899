"""After `tabling data update`: waiting letters and emails follow the seat, never the person.

A real sign-up (SigninService), a real update over loopback HTTP, a real SMTP server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import nacl.public
import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.districts.dataset import Dataset
from desktop.districts.swap import adopt
from desktop.outbox.messages import Sender
from desktop.outbox.runner import SyncConfig, SyncReport, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.retarget import retarget
from desktop.signin.service import SigninService
from desktop.store.models import Action, OutboxMessage
from tests.conftest import needs_sources
from tests.districts import legislature_server as api
from tests.districts.update_server import current
from tests.outbox.smtp_server import SmtpServer

__all__ = ["current"]  # fixtures
pytestmark = needs_sources

SENDER = Sender("action@coalition.example.org", "Safe Communities Coalition")


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


def sign_up(service: SigninService, town: str) -> None:
    service.submit(
        SigninForm(
            first_name="Ana", last_name="Reyes", place=town, email="ana@example.com",
            consent_letter=True, consent_email=True,
        )
    )  # fmt: skip


@pytest.fixture(scope="module")
def members() -> list[api.Member]:
    return api.members()


def update(
    capsys: pytest.CaptureFixture[str], db_path: Path, server: HTTPServer,
    members: list[api.Member],
) -> list[str]:  # fmt: skip
    """`tabling data update --roster-only` from the Legislature's stand-in serving `members`."""
    base = api.serve(server, members)
    code = main(
        ["--database", f"sqlite:///{db_path}", "data", "update", "--roster-only",
         "--legislature-url", base, "--openstates-url", ""]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.splitlines()


def house_targets(sessions: sessionmaker[Session]) -> list[tuple[str, str | None, str]]:
    """(what, member id, state) of the sign-up's letter, email action and email to the House."""
    with sessions() as session:
        actions = session.scalars(select(Action).where(Action.chamber == "house")).all()
        message = session.scalars(
            select(OutboxMessage).where(OutboxMessage.chamber == "house")
        ).one()
        return sorted(
            [(a.kind, a.member_id, a.state) for a in actions]
            + [("message", message.member_id, message.state)]
        )


def sync(
    sessions: sessionmaker[Session], dataset: Dataset, key: nacl.public.PrivateKey,
    server: SmtpServer,
) -> SyncReport:  # fmt: skip
    config = SyncConfig(server.settings(), SENDER, None, rate_limit=0)
    return SyncRunner(sessions, dataset, Opener(key), campaign_loader(), config).run()


def recipients(server: SmtpServer) -> set[str]:
    return {r.message["To"].addresses[0].addr_spec for r in server.handler.delivered}


def test_a_new_member_gets_the_waiting_letters_and_emails(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    httpserver: HTTPServer, members: list[api.Member], current: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    sign_up(service, "Ludlow")  # 7th Hampden, Aaron Saunders
    saunders = "ocd-person/c3d23eba-caa6-4d2a-bbd2-5b8b2ca184ae"
    assert {member for _what, member, _state in house_targets(sessions)} == {saunders}
    in_use = Dataset(current)  # what a running window holds

    elected = api.with_new_member(members, "7th Hampden", "Jane Smith", "JXS1")
    lines = update(capsys, db_path, httpserver, elected)

    assert [line for line in lines if "→" in line and "Whipps" not in line] == [
        "7th Hampden: Aaron Saunders (D) → Jane Smith (D)"
    ]
    assert "Letters re-targeted to the new member: 1; flagged (seat vacant): 0." in lines
    assert "Emails re-targeted to the new member: 1; flagged (seat vacant or no email): 0." in lines
    smith = "malegislature.gov/JXS1"
    assert house_targets(sessions) == [
        ("email", smith, "ready"), ("letter", smith, "ready"), ("message", smith, "queued"),
    ]  # fmt: skip
    with sessions() as session:
        letter = session.scalars(select(Action).where(Action.chamber == "house")).first()
        assert letter is not None and letter.member_name == "Jane Smith"
        assert letter.district == "7th Hampden"
    adopt(in_use, current)  # the running window sees the new member at once
    member = in_use.seats[("house", "7th Hampden")].member
    assert member is not None and member.name == "Jane Smith"


def test_a_vacated_seat_flags_them_and_the_sync_does_not_send_to_the_former_member(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    private_key: nacl.public.PrivateKey, server: SmtpServer, httpserver: HTTPServer,
    members: list[api.Member], current: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    sign_up(service, "Amherst")  # 3rd Hampshire, Mindy Domb
    domb = "ocd-person/65617e1a-1834-4ec8-9f19-4ac801ce9764"

    lines = update(capsys, db_path, httpserver, api.without_member_of(members, "3rd Hampshire"))

    assert [line for line in lines if "→" in line and "Whipps" not in line] == [
        "3rd Hampshire: Mindy Domb (D) → vacant"
    ]
    assert "Letters re-targeted to the new member: 0; flagged (seat vacant): 1." in lines
    assert "Emails re-targeted to the new member: 0; flagged (seat vacant or no email): 1." in lines
    assert house_targets(sessions) == [
        ("email", domb, "flagged"), ("letter", domb, "flagged"), ("message", domb, "flagged"),
    ]  # fmt: skip
    report = sync(sessions, Dataset(current), private_key, server)
    assert "mindy.domb@mahouse.gov" not in recipients(server)
    assert "jo.comerford@masenate.gov" in recipients(server)  # the Senate email still goes
    assert report.sent == 2  # the senator's email and the signer's confirmation
    with sessions() as session:
        flagged = session.scalars(
            select(OutboxMessage).where(OutboxMessage.chamber == "house")
        ).one()
        assert flagged.state == "flagged"
        assert flagged.last_error == "the 3rd Hampshire seat is vacant now: re-target or drop this"


def test_the_sync_flags_an_email_to_a_member_no_longer_in_office_instead_of_sending_it(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    """Queued before the roster changed, and never re-targeted: the runner itself refuses."""
    sign_up(service, "Amherst")
    with sessions.begin() as session:
        house = session.scalars(select(OutboxMessage).where(OutboxMessage.chamber == "house")).one()
        house.member_id = "ocd-person/a-former-member"
    report = sync(sessions, dataset, private_key, server)
    assert report.flagged == 1 and report.sent == 2
    assert "mindy.domb@mahouse.gov" not in recipients(server)
    with sessions() as session:
        house = session.scalars(select(OutboxMessage).where(OutboxMessage.chamber == "house")).one()
        assert house.state == "flagged"
        assert house.last_error == (
            "the 3rd Hampshire seat is held by someone else now: re-target or drop this email"
        )


def test_flagged_letters_and_emails_follow_a_seat_filled_later_and_a_rerun_changes_nothing(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset
) -> None:
    """Flagged at one update (the seat vacant), re-targeted at the next (someone elected)."""
    sign_up(service, "Amherst")
    domb = "ocd-person/65617e1a-1834-4ec8-9f19-4ac801ce9764"
    with sessions.begin() as session:
        for action in session.scalars(select(Action).where(Action.chamber == "house")):
            action.member_id, action.state = "ocd-person/a-former-member", "flagged"
        house = session.scalars(select(OutboxMessage).where(OutboxMessage.chamber == "house")).one()
        house.member_id, house.state = "ocd-person/a-former-member", "flagged"
    report = retarget(sessions, dataset)
    assert (report.letters_retargeted, report.emails_retargeted) == (1, 1)
    assert house_targets(sessions) == [
        ("email", domb, "ready"), ("letter", domb, "ready"), ("message", domb, "queued"),
    ]  # fmt: skip
    assert retarget(sessions, dataset).lines() == []


def test_the_volunteer_re_targets_or_drops_flagged_ones_from_the_command_line(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    sign_up(service, "Amherst")  # 3rd Hampshire, Mindy Domb, in office
    domb = "ocd-person/65617e1a-1834-4ec8-9f19-4ac801ce9764"
    database = ["--database", f"sqlite:///{db_path}"]

    def flag_the_house() -> None:
        with sessions.begin() as session:
            for action in session.scalars(select(Action).where(Action.chamber == "house")):
                action.member_id, action.state = "ocd-person/a-former-member", "flagged"
            for message in session.scalars(
                select(OutboxMessage).where(OutboxMessage.chamber == "house")
            ):
                message.member_id, message.state = "ocd-person/a-former-member", "flagged"

    flag_the_house()
    assert main([*database, "outbox"]) == 0
    assert "Flagged (member no longer in office): 1 letters, 1 emails" in capsys.readouterr().out
    assert main([*database, "outbox", "--retarget"]) == 0
    out = capsys.readouterr().out
    assert "Letters re-targeted to the new member: 1" in out and "Flagged" not in out
    assert house_targets(sessions) == [
        ("email", domb, "ready"), ("letter", domb, "ready"), ("message", domb, "queued"),
    ]  # fmt: skip

    flag_the_house()
    assert main([*database, "outbox", "--drop-flagged"]) == 0
    assert "Dropped 1 flagged letters and 1 flagged emails." in capsys.readouterr().out
    with sessions() as session:
        states = {a.state for a in session.scalars(select(Action).where(Action.chamber == "house"))}
        house_messages = session.scalars(
            select(OutboxMessage).where(OutboxMessage.chamber == "house")
        ).all()
    assert states == {"skipped"} and house_messages == []
