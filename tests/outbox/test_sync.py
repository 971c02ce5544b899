"""The sync runner against a real SMTP server on loopback: delivery, faults, crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import nacl.public
import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.outbox.messages import Sender
from desktop.outbox.runner import SyncConfig, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.privacy.sealing import Opener
from desktop.settings import (
    SMTP_FROM,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SYNC_RATE_LIMIT,
    Settings,
)
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage
from tests.outbox.http_server import FakeActionNetwork
from tests.outbox.smtp_server import SmtpServer, free_port
from tests.signin.conftest import PASSPHRASE

SENDER = Sender("action@coalition.example.org", "Safe Communities Coalition")
TOWNS = ["Amherst", "Florence", "Northampton", "Hadley", "Pelham", "Salem"]  # no vacant seat


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


def sign_up(service: SigninService, count: int) -> None:
    for n in range(count):
        service.submit(
            SigninForm(
                first_name=f"Signer{n}", last_name="Test", place=TOWNS[n % len(TOWNS)],
                email=f"signer{n}@example.com", consent_email=True,
            )
        )  # fmt: skip


def runner(
    sessions: sessionmaker[Session],
    dataset: Dataset,
    key: nacl.public.PrivateKey,
    server: SmtpServer,
    **config: object,
) -> SyncRunner:
    settings = SyncConfig(server.settings(), SENDER, None, rate_limit=0, **config)  # type: ignore[arg-type]
    return SyncRunner(sessions, dataset, Opener(key), campaign_loader(), settings)


def states(sessions: sessionmaker[Session]) -> Counter[str]:
    with sessions() as session:
        return Counter(
            dict(
                session.execute(
                    select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
                ).all()
            )
        )


def test_two_hundred_messages_arrive_once_each_as_intended(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_up(service, 67)  # 2 legislators + 1 confirmation each: 201 messages
    with sessions() as session:
        queued = {m.message_id: m for m in session.scalars(select(OutboxMessage))}
    assert len(queued) == 201
    report = runner(sessions, dataset, private_key, server).run()
    assert report.sent == 201 and report.failed == 0
    received = server.handler.delivered
    ids = Counter(r.message["Message-ID"].strip() for r in received)
    assert set(ids) == set(queued) and set(ids.values()) == {1}
    assert server.connections == 1
    first = next(
        r.message for r in received if r.message["To"].addresses[0].domain == "mahouse.gov"
    )
    assert first["From"].addresses[0].addr_spec == SENDER.address
    assert "via Safe Communities Coalition" in first["From"].addresses[0].display_name
    assert first["Reply-To"].addresses[0].addr_spec.startswith("signer")
    assert states(sessions) == Counter({"sent": 201})


def test_transient_faults_are_retried_and_a_550_fails_with_its_reason(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_up(service, 3)  # nine messages
    server.handler.drop_next(1)
    server.handler.fail_next(1, "421 4.3.2 Service shutting down")
    server.handler.fail_next(1, "451 4.3.0 Try again later")
    server.handler.fail_next(1, "550 5.7.1 Rejected by policy")
    report = runner(sessions, dataset, private_key, server, backoff_seconds=0.05).run()
    assert states(sessions) == Counter({"sent": 8, "failed": 1})
    with sessions() as session:
        failed = session.scalars(select(OutboxMessage).where(OutboxMessage.state == "failed")).one()
    assert failed.last_error == (
        "message refused (550 5.7.1, refused by the receiving server's policy)"
    )
    assert Opener(private_key).open(failed.error_sealed) == "5.7.1 Rejected by policy"
    assert report.sent == 8 and report.failed == 1
    delivered = Counter(r.message["Message-ID"].strip() for r in server.handler.delivered)
    assert len(delivered) == 8


def test_an_unreachable_server_stops_the_run_at_once_costing_no_message_an_attempt(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_up(service, 20)  # 60 messages
    nobody = replace(server.settings(), port=free_port())  # nothing listens there
    config = SyncConfig(nobody, SENDER, None, rate_limit=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert (report.sent, report.failed, report.retrying, report.exit_code) == (0, 0, 0, 2)
    assert "connection refused): check smtp.host and smtp.port" in report.server_problem
    assert report.lines()[0].endswith(
        "No message was charged an attempt; 60 wait for the next sync."
    )
    assert states(sessions) == Counter({"queued": 60})
    with sessions() as session:
        assert all(
            m.attempts == 0 and m.next_attempt_at is None and m.last_error is None
            for m in session.scalars(select(OutboxMessage))
        )
    # The server back: the next sync sends everything at once, nothing waits in back-off.
    report = runner(sessions, dataset, private_key, server).run()
    assert (report.sent, report.exit_code) == (60, 0)


# Where a sync can be killed, and how many extra copies each kill may cost: only a
# message the server took but that was not yet marked sent goes out twice, once.
CRASH_POINTS = [
    ("sync_sending_committed", 0),
    ("sync_server_accepted", 1),
    ("sync_sent_committed", 0),
]


@pytest.mark.parametrize(("point", "copies_per_kill"), CRASH_POINTS)
def test_a_sync_killed_at_a_named_step_loses_nothing(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    server: SmtpServer, tmp_path: Path, tabling_home: Path, point: str, copies_per_kill: int,
) -> None:  # fmt: skip
    sign_up(service, 10)  # 30 messages
    settings = Settings(tabling_home / "settings.json")
    settings.set(SMTP_HOST, server.host)
    settings.set(SMTP_PORT, server.port)
    settings.set(SMTP_SECURITY, "none")
    settings.set(SMTP_FROM, SENDER.address)
    settings.set(SYNC_RATE_LIMIT, 0.0)
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE)
    command = [
        sys.executable, "-m", "desktop", "--database", f"sqlite:///{db_path}",
        "sync", "--passphrase-file", str(passphrase),
    ]  # fmt: skip
    env = {**os.environ, "TABLING_HOME": str(tabling_home)}
    kills = 0
    for hit in (1, 4, 9):  # at the first message a run sends, the fourth, the ninth
        child = subprocess.run(
            command, env={**env, "TABLING_CRASH_AT": f"{point}:{hit}"},
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert child.returncode == -signal.SIGKILL, child.stderr  # killed right there
        kills += 1
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    assert states(sessions) == Counter({"sent": 30})
    with sessions() as session:
        queued = set(session.scalars(select(OutboxMessage.message_id)))
    copies = Counter(r.message["Message-ID"].strip() for r in server.handler.delivered)
    assert set(copies) == queued  # every message arrived, with the Message-ID it was given
    assert sum(copies.values()) - len(copies) == kills * copies_per_kill
    assert max(copies.values()) <= 1 + copies_per_kill  # never more than one per crash


def test_the_confirmation_is_in_the_signers_language(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    service.submit(
        SigninForm(
            first_name="Lan", last_name="Nguyễn", place="Amherst", email="lan@example.com",
            language="vi", consent_email=True,
        )
    )  # fmt: skip
    runner(sessions, dataset, private_key, server).run()
    [confirmation] = [
        r.message for r in server.handler.delivered if r.rcpt_tos == ("lan@example.com",)
    ]
    body = confirmation.get_body(("plain",)).get_content()
    assert "Dân biểu Tiểu bang" in body and "Mindy Domb" in body


def test_keep_me_informed_reaches_action_network_once_per_person(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer,
) -> None:  # fmt: skip
    from desktop.outbox.crm import ActionNetwork

    fake = FakeActionNetwork("an-sync-test-key")
    fake.serve(httpserver)
    form = SigninForm(
        first_name="Rosa",
        last_name="Díaz",
        place="01062",
        email="rosa@example.com",
        consent_updates_email=True,
        language="es",
    )
    service.submit(form)
    assert service.submit(form).merged  # the same person again: one record
    network = ActionNetwork(httpserver.url_for("/api/v2"), "an-sync-test-key")
    config = SyncConfig(None, None, network, crm_tags=("Safe Communities Act",))
    report = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert report.sent == 1
    assert list(fake.people) == ["rosa@example.com"]
    person = fake.people["rosa@example.com"]
    assert person["given_name"] == "Rosa" and person["family_name"] == "Díaz"
    assert (
        "Safe Communities Act" in fake.tags["rosa@example.com"]
        and "Fair" in fake.tags["rosa@example.com"]
    )
    assert states(sessions) == Counter({"sent": 1, "queued": 1})  # the confirmation waits for SMTP


def test_refusals_that_repeat_the_address_leave_nothing_personal_in_the_clear(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset, db_path: Path,
    private_key: nacl.public.PrivateKey, server: SmtpServer, httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Real servers repeat the address (and CRMs the fields) in their refusals."""
    from desktop.cli import main
    from desktop.outbox.crm import ActionNetwork

    email, phone = "janeliese.doebrowski@example.com", "+16177222000"
    service.submit(
        SigninForm(
            first_name="Janeliese", last_name="Doebrowski", place="Amherst", email=email,
            phone="617 722 2000", consent_email=True, consent_updates_email=True,
        )
    )  # fmt: skip
    server.handler.refuse_recipient(
        email, f"550 5.1.1 <{email}>: Recipient address rejected: User unknown (Janeliese)"
    )
    server.handler.fail_next(1, "554 5.7.1 Message from Janeliese Doebrowski rejected as spam")
    fake = FakeActionNetwork("an-key")
    fake.fail_next(
        400, body=f'{{"error": "Email {email} or phone {phone} is invalid"}}', path="/people"
    )
    fake.serve(httpserver)
    network = ActionNetwork(httpserver.url_for("/api/v2"), "an-key", max_attempts=1)
    config = SyncConfig(server.settings(), SENDER, network, rate_limit=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert report.failed == 3  # the confirmation, one legislator email, the CRM record

    with sessions() as session:
        failed = session.scalars(select(OutboxMessage).where(OutboxMessage.state == "failed"))
        errors = {m.kind: (m.last_error, Opener(private_key).open(m.error_sealed)) for m in failed}
    assert errors["confirmation"][0] == "recipient refused (550 5.1.1, address unknown)"
    assert email in (errors["confirmation"][1] or "")  # the server's words, kept sealed
    assert errors["legislator_email"][0] == (
        "message refused (554 5.7.1, refused by the receiving server's policy)"
    )
    assert errors["crm_signup"][0] == "CRM rejected: 400 (the record was refused as invalid)"
    assert main(["--database", f"sqlite:///{db_path}", "outbox"]) == 0
    listing = capsys.readouterr().out
    assert "recipient refused (550 5.1.1, address unknown)" in listing
    values = ["janeliese", "doebrowski", email, "6177222000"]
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    for path in files:
        raw = path.read_bytes().lower()
        for value in values:
            assert value.encode() not in raw, (path.name, value)
    for value in values:
        assert value not in listing.lower()
