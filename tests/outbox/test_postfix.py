"""The outbox against Debian's Postfix on loopback: STARTTLS, a login, certificates, refusals,
a server stopped at a named step, SMTPUTF8 (see postfix_server.py; skipped without root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTPUTF8
from pathlib import Path

import nacl.public
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.outbox.headers import ENCODED_WORD
from desktop.outbox.messages import Sender
from desktop.outbox.runner import MessageStatus, SyncConfig, SyncRunner
from desktop.outbox.server_problems import describe_certificate
from desktop.outbox.setup import campaign_loader
from desktop.outbox.smtp import SmtpSettings, SmtpTransport
from desktop.privacy.sealing import Opener
from desktop.settings import (
    SMTP_CA_FILE,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_ORGANIZATION,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    SYNC_RATE_LIMIT,
    Settings,
)
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage
from tests.outbox.postfix_server import HOST, PASSWORD, USER, Postfix, missing
from tests.signin.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")

REFUSED, DEFERRED = "refuse@example.org", "later@example.org"
SENDER = Sender("action@coalition.example.org", "Massachusetts Immigrant Coalition")
# Signers whose names make long encoded headers: Vietnamese, Chinese, accented French.
NAMES = [("Nguyễn Thị Minh", "Khai Phạm Văn Đồng"), ("王", "小明明明明明明明明明明明"),
         ("Marie-Ève", "Côté-Beauchemin de la Rivière"), ("Ana", "Souza")]  # fmt: skip
TOWNS = ["Amherst", "Salem", "Ludlow", "Pelham"]


@pytest.fixture(scope="module")
def postfix() -> Iterator[Postfix]:
    # Not pytest's temporary folder: its parents are private to root, and Postfix's own
    # processes run as the postfix user.
    folder = Path(tempfile.mkdtemp(prefix="tabling-postfix-"))
    refused = {
        REFUSED: "550 5.1.1 User unknown in virtual mailbox table",
        DEFERRED: "450 4.2.1 Mailbox busy, try again later",
    }
    try:
        with Postfix(folder, refused) as server:
            yield server
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def mailbox(postfix: Postfix) -> Iterator[Postfix]:
    if postfix.process is None:
        postfix.start()
    postfix.clear()
    yield postfix
    if postfix.process is None:
        postfix.start()


def smtp_settings(server: Postfix, ca: bool = True, password: str = PASSWORD) -> SmtpSettings:
    return SmtpSettings(
        HOST, server.port, "starttls", USER, password, timeout=10,
        ca_file=str(server.certificate) if ca else None,
    )  # fmt: skip


def sign_up(service: SigninService, count: int, email: str | None = None) -> None:
    for n in range(count):
        first, last = NAMES[n % len(NAMES)]
        service.submit(
            SigninForm(
                first_name=first, last_name=f"{last} {n}", place=TOWNS[n % len(TOWNS)],
                email=email or f"signer{n}@example.com", consent_email=True,
            )
        )  # fmt: skip


def configure(home: Path, server: Postfix, ca: bool) -> dict[str, str]:
    """The app's settings for this server; the environment a `tabling sync` runs in."""
    settings = Settings(home / "settings.json")
    for setting, value in (
        (SMTP_HOST, HOST), (SMTP_PORT, server.port), (SMTP_SECURITY, "starttls"),
        (SMTP_USER, USER), (SMTP_FROM, SENDER.address), (SMTP_ORGANIZATION, SENDER.organization),
        (SYNC_RATE_LIMIT, 0.0), (SMTP_CA_FILE, str(server.certificate) if ca else ""),
    ):  # fmt: skip
        settings.set(setting, value)  # type: ignore[arg-type]
    return {**os.environ, "TABLING_HOME": str(home), "TABLING_SMTP_PASSWORD": PASSWORD}


def sync(db_path: Path, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--database", f"sqlite:///{db_path}", "sync",
         "--passphrase-file", str(secret)],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def arrived_once(server: Postfix, sessions: sessionmaker[Session]) -> None:
    """Every queued message arrived, exactly once, with well-formed headers."""
    with sessions() as session:
        queued = set(session.scalars(select(OutboxMessage.message_id)))
    raw = server.raw_messages()
    assert len(raw) >= len(queued)
    copies = Counter(m["Message-ID"].strip() for m in server.delivered(len(queued)))
    assert set(copies) == queued and set(copies.values()) == {1}
    for message in raw:
        head = message.split(b"\n\n", 1)[0].decode("ascii")
        assert all(len(line.rstrip("\r")) <= 78 for line in head.split("\n")), head
        assert all(len(word) <= 75 for word in ENCODED_WORD.findall(head)), head


def test_an_untrusted_certificate_is_named_then_smtp_ca_file_trusts_it(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    mailbox: Postfix, tabling_home: Path, tmp_path: Path,
) -> None:  # fmt: skip
    sign_up(service, 8)  # 24 messages
    done = sync(db_path, configure(tabling_home, mailbox, ca=False), tmp_path)
    assert done.returncode == 2, done.stderr
    certificate = describe_certificate(
        __import__("ssl").PEM_cert_to_DER_cert(mailbox.certificate.read_text())
    )
    stopped = done.stderr.strip()
    assert "the server's certificate is not trusted (self-signed certificate)" in stopped
    assert f"subject {certificate.subject}" in stopped and certificate.sha256 in stopped
    assert "set smtp.ca_file to it" in stopped and len(stopped.splitlines()) == 1
    assert done.stdout.strip() == "Sent 0." and mailbox.raw_messages() == []
    with sessions() as session:
        assert {m.attempts for m in session.scalars(select(OutboxMessage))} == {0}

    done = sync(db_path, configure(tabling_home, mailbox, ca=True), tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    assert done.stdout.strip() == "Sent 24."
    arrived_once(mailbox, sessions)


def test_a_stopped_server_ends_the_sync_at_once_and_the_next_sends_everything(
    service: SigninService, sessions: sessionmaker[Session], db_path: Path,
    mailbox: Postfix, tabling_home: Path, tmp_path: Path,
) -> None:  # fmt: skip
    sign_up(service, 40)  # 120 messages
    env = configure(tabling_home, mailbox, ca=True)
    mailbox.stop()
    done = sync(db_path, env, tmp_path)
    assert done.returncode == 2
    lines = (done.stderr + done.stdout).strip().splitlines()
    assert len(lines) <= 3, lines
    assert f"no mail server answers at {HOST} port {mailbox.port} (connection refused)" in lines[0]
    assert "120 wait for the next sync" in lines[0]
    mailbox.start()
    done = sync(db_path, env, tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, "Sent 120.")
    arrived_once(mailbox, sessions)


def test_a_refused_recipient_is_named_by_message_and_code_never_by_address(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, mailbox: Postfix,
) -> None:  # fmt: skip
    sign_up(service, 1, email=REFUSED)  # the confirmation is refused at RCPT
    service.submit(SigninForm(first_name="Lan", last_name="Pham", place="Amherst", email=DEFERRED))
    config = SyncConfig(smtp_settings(mailbox), SENDER, None, rate_limit=0, patience_seconds=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert (report.sent, report.failed, report.retrying, report.exit_code) == (2, 1, 1, 1)
    lines = report.lines()
    refused = [line for line in lines if line.startswith("  confirmation ")]
    assert len(refused) == 1 and refused[0].endswith(
        ": recipient refused (550 5.1.1, address unknown)"
    )
    assert not any(REFUSED in line or DEFERRED in line for line in lines)
    assert "Deferred by the server, to retry later: 1." in lines
    with sessions() as session:
        deferred = session.scalars(
            select(OutboxMessage).where(OutboxMessage.last_error.like("deferred%"))
        ).one()
        assert deferred.state == "queued" and deferred.next_attempt_at is not None
        assert deferred.last_error == "deferred by the server (450 4.2.1, mailbox disabled)"
        failed = session.scalars(select(OutboxMessage).where(OutboxMessage.state == "failed"))
        assert REFUSED in (Opener(private_key).open(failed.one().error_sealed) or "")


def test_the_server_stopped_after_the_third_message_loses_and_repeats_nothing(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, mailbox: Postfix,
) -> None:  # fmt: skip
    sign_up(service, 4)  # 12 messages
    config = SyncConfig(smtp_settings(mailbox), SENDER, None, rate_limit=0, patience_seconds=0)
    sent: list[MessageStatus] = []

    def stop_after_the_third(status: MessageStatus) -> None:  # the named step
        if status.state == "sent":
            sent.append(status)
            if len(sent) == 3:
                mailbox.stop()

    runner = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config)
    report = runner.run(progress=stop_after_the_third)
    assert (report.sent, report.exit_code) == (3, 2)
    assert "connection refused" in report.server_problem and report.waiting == 9
    mailbox.start()
    again = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert (again.sent, again.exit_code) == (9, 0)
    arrived_once(mailbox, sessions)


def test_a_wrong_password_is_a_server_problem_that_names_the_setting(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, mailbox: Postfix,
) -> None:  # fmt: skip
    sign_up(service, 1)
    config = SyncConfig(smtp_settings(mailbox, password="not-it"), SENDER, None, rate_limit=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), campaign_loader(), config).run()
    assert report.exit_code == 2 and report.sent == 0
    assert report.server_problem.startswith(f"the server refused the login for {USER} (535 ")
    assert "not-it" not in report.server_problem


def test_an_international_address_goes_by_smtputf8_when_the_server_offers_it(
    mailbox: Postfix,
) -> None:
    """The transport's part; the kiosk refuses such an address (not every server offers it)."""
    message = EmailMessage(policy=SMTPUTF8)
    message["From"] = SENDER.address
    message["To"] = "josé@example.org"
    message["Subject"] = "Prueba"
    message["Message-ID"] = "<smtputf8.1@coalition.example.org>"
    message.set_content("Hola\n")
    with SmtpTransport(smtp_settings(mailbox)) as transport:
        transport.send(message)
    mailbox.delivered(1)
    (raw,) = mailbox.raw_messages()
    assert "josé@example.org".encode() in raw
    assert "SMTPUTF8" in mailbox.log() or "smtputf8" in mailbox.log().lower()
