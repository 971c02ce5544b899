"""The sync runner's pace, its last attempt and a CRM's Retry-After, against real servers.

Only lower bounds on time are asserted: a slow machine makes gaps longer, never shorter.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import nacl.public
import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.outbox.crm import ActionNetwork
from desktop.outbox.runner import SyncConfig, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage, utcnow
from tests.outbox.http_server import FakeActionNetwork
from tests.outbox.smtp_server import SmtpServer
from tests.outbox.test_sync import SENDER, sign_up


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


def runner(
    sessions: sessionmaker[Session], dataset: Dataset, key: nacl.public.PrivateKey,
    config: SyncConfig,
) -> SyncRunner:  # fmt: skip
    return SyncRunner(sessions, dataset, Opener(key), campaign_loader(), config)


def test_the_rate_limit_spaces_the_emails(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    sign_up(service, 2)  # 6 emails
    arrivals: list[float] = []
    original = server.handler.handle_DATA

    async def timed(*args: object) -> str:
        import time

        arrivals.append(time.monotonic())
        return await original(*args)  # type: ignore[arg-type]

    server.handler.handle_DATA = timed  # type: ignore[method-assign]
    config = SyncConfig(server.settings(), SENDER, None, rate_limit=10.0)
    assert runner(sessions, dataset, private_key, config).run().sent == 6
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(gaps) == 5 and min(gaps) >= 0.1 - 0.01  # 10 a second: 0.1 s apart at least


def test_after_the_last_attempt_a_message_fails_and_says_so(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Amherst", email="ana@example.org")
    )  # one confirmation
    server.handler.fail_next(10, "451 4.3.0 Try again later")
    config = SyncConfig(
        server.settings(), SENDER, None, rate_limit=0, max_attempts=3, backoff_seconds=0.01
    )
    report = runner(sessions, dataset, private_key, config).run()
    assert report.failed == 1 and report.sent == 0
    assert len(server.handler.received) == 3  # three attempts, then no more
    with sessions() as session:
        message = session.scalars(select(OutboxMessage)).one()
    assert (message.state, message.attempts) == ("failed", 3)
    assert (
        message.last_error
        == "gave up after 3: deferred by the server (451 4.3.0, mail system problem)"
    )


def test_the_runner_waits_as_long_as_the_crms_retry_after(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer,
) -> None:  # fmt: skip
    service.submit(
        SigninForm(
            first_name="Ana",
            last_name="Lima",
            place="Amherst",
            email="ana@example.org",
            consent_updates_email=True,
        )
    )
    fake = FakeActionNetwork("an-key")
    fake.fail_next(429, headers={"Retry-After": "600"}, body='{"error": "slow down"}')
    fake.serve(httpserver)
    # The client hands a long Retry-After back rather than sleeping through it.
    network = ActionNetwork(
        httpserver.url_for("/api/v2"), "an-key", max_attempts=1, max_retry_after=1
    )
    config = SyncConfig(None, None, network, backoff_seconds=1.0, patience_seconds=0)
    before = utcnow()
    report = runner(sessions, dataset, private_key, config).run()
    assert report.retrying == 1 and fake.requests == [("GET", "/api/v2/tags")]
    with sessions() as session:
        message = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "crm_signup")
        ).one()
    assert message.state == "queued" and message.next_attempt_at is not None
    assert message.next_attempt_at - before >= dt.timedelta(seconds=600)
