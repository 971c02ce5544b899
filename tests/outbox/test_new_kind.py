"""A kind of message added in a test-only way (a line in the kinds table and its campaign
text) is queued, listed, built and sent with no other change."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import nacl.public
import pytest
import yaml
from sqlalchemy.orm import Session, sessionmaker

from desktop.campaigns import Campaign, campaign_path, load_campaign
from desktop.districts.dataset import Dataset
from desktop.outbox import builders, consent, kinds
from desktop.outbox.listing import outbox_rows
from desktop.outbox.runner import SyncConfig, SyncRunner
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService
from tests.outbox.smtp_server import SmtpServer
from tests.outbox.test_sync import SENDER

FOLLOW_UP = kinds.Kind("follow_up", "Follow-up", "email", builders.signer_email, "the signer",
                       consent=consent.gave_email)  # fmt: skip
TEXT = {
    "subject": {lang: "Thank you again" for lang in ("en", "es", "pt", "ht", "zh", "vi")},
    "body": {lang: ["Dear {signer_first_name},", "The hearing is next week."]
             for lang in ("en", "es", "pt", "ht", "zh", "vi")},
}  # fmt: skip


@pytest.fixture
def with_follow_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(kinds.KINDS, FOLLOW_UP.name, FOLLOW_UP)


@pytest.fixture
def campaign(tmp_path: Path) -> Campaign:
    """The Safe Communities Act campaign with the new kind's text in `messages`."""
    source = campaign_path("safe-communities-act")
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    document["messages"] = {"follow_up": TEXT}
    copy = tmp_path / source.name
    copy.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return load_campaign(copy)


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


def test_a_new_kind_is_queued_listed_and_sent_to_the_signer(
    with_follow_up: None, campaign: Campaign, service: SigninService, event: EventContext,
    sessions: sessionmaker[Session], dataset: Dataset, private_key: nacl.public.PrivateKey,
    server: SmtpServer,
) -> None:  # fmt: skip
    service.submit(SigninForm(first_name="Lan", last_name="Nguyễn", place="Amherst",
                              email="lan@example.com", language="vi"))  # fmt: skip
    service.submit(SigninForm(first_name="Ana", last_name="Lima", place="Amherst"))  # no email

    listed = {(row.kind, row.recipient) for row in outbox_rows(sessions, dataset, event.event_id)}
    assert ("follow_up", "the signer") in listed

    config = SyncConfig(server.settings(), SENDER, None, rate_limit=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), lambda _id: campaign, config).run()
    follow_ups = [s for s in report.statuses if s.kind == "follow_up"]
    assert [s.state for s in follow_ups] == ["sent"]
    [sent] = [
        r.message for r in server.handler.delivered
        if r.message["Subject"] == "Thank you again"
    ]  # fmt: skip
    assert sent["To"].addresses[0].addr_spec == "lan@example.com"
    assert "Dear Lan," in sent.get_body(("plain",)).get_content()


def test_a_kind_without_campaign_text_fails_plainly(
    with_follow_up: None, service: SigninService, sessions: sessionmaker[Session],
    dataset: Dataset, private_key: nacl.public.PrivateKey, server: SmtpServer,
) -> None:  # fmt: skip
    service.submit(SigninForm(first_name="Lan", last_name="Nguyễn", place="Amherst",
                              email="lan@example.com"))  # fmt: skip
    real = load_campaign(campaign_path("safe-communities-act"))
    config = SyncConfig(server.settings(), SENDER, None, rate_limit=0)
    report = SyncRunner(sessions, dataset, Opener(private_key), lambda _id: real, config).run()
    [status] = [s for s in report.statuses if s.kind == "follow_up"]
    assert status.state == "failed" and "no text for follow_up" in status.detail


def test_the_kinds_table_is_left_as_it_was() -> None:
    assert "follow_up" not in kinds.KINDS
    assert all(dataclasses.is_dataclass(k) for k in kinds.KINDS.values())
