"""The CRM gets exactly what each signer agreed to, against a recording stand-in for Action
Network on loopback (tests/outbox/http_server.py: the documented request and response shapes).
"""

from __future__ import annotations

from pathlib import Path

import nacl.public
import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from desktop.districts.dataset import Dataset
from desktop.outbox.consent import retry_failed
from desktop.outbox.crm import ActionNetwork
from desktop.outbox.kinds import label
from desktop.outbox.listing import outbox_rows
from desktop.outbox.queue import CRM_UNSUBSCRIBE
from desktop.outbox.runner import SyncConfig, SyncReport, SyncRunner
from desktop.outbox.setup import campaign_loader
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage, Signup
from tests.outbox.http_server import FakeActionNetwork

KEY = "an-consent-key"
EVENT_TAG = "Fair"  # the event's name (tests/signin/conftest.py)


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeActionNetwork:
    network = FakeActionNetwork(KEY)
    network.serve(httpserver)
    return network


def sync(
    sessions: sessionmaker[Session], dataset: Dataset, key: nacl.public.PrivateKey,
    httpserver: HTTPServer, tags: tuple[str, ...] = ("safe-communities-act",),
) -> SyncReport:  # fmt: skip
    network = ActionNetwork(httpserver.url_for("/api/v2"), KEY, max_attempts=1)
    config = SyncConfig(None, None, network, crm_tags=tags, patience_seconds=0)
    return SyncRunner(sessions, dataset, Opener(key), campaign_loader(), config).run()


def rosa(**changes: object) -> SigninForm:
    values: dict[str, object] = {
        "first_name": "Rosa", "last_name": "Díaz", "place": "Amherst",
        "email": "rosa@example.org", "phone": "617 555 0101", "consent_updates_email": True,
    } | changes  # fmt: skip
    return SigninForm(**values)  # type: ignore[arg-type]


def posts(fake: FakeActionNetwork) -> list[dict[str, object]]:
    return [a.body for a in fake.arrivals if a.body is not None]


def test_a_403_on_the_first_request_stops_the_run_and_marks_nothing_failed(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
) -> None:  # fmt: skip
    for n in range(3):
        service.submit(rosa(email=f"rosa{n}@example.org", last_name=f"Díaz {n}"))
    fake.fail_next(403, body='{"error": "API Key invalid"}')
    report = sync(sessions, dataset, private_key, httpserver)
    assert report.exit_code == 2 and report.failed == 0
    assert "Action Network refused the API key" in report.server_problem
    assert "tabling secret set actionnetwork.api_key" in report.server_problem
    assert len(fake.requests) == 1  # stopped after that one request
    with sessions() as session:
        assert {(m.state, m.attempts) for m in session.scalars(select(OutboxMessage))} == {
            ("queued", 0)
        }


def test_the_events_tag_is_found_or_created_before_the_first_post_and_every_post_has_it(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
) -> None:  # fmt: skip
    fake.known_tags = [f"older tag {n}" for n in range(30)] + ["safe-communities-act"]  # 2 pages
    for n in range(3):
        service.submit(rosa(email=f"rosa{n}@example.org", last_name=f"Díaz {n}"))
    report = sync(sessions, dataset, private_key, httpserver)
    assert report.sent == 3 and report.exit_code == 0
    first_post = fake.requests.index(("POST", "/api/v2/people"))
    before = fake.requests[:first_post]
    assert before == [("GET", "/api/v2/tags"), ("GET", "/api/v2/tags"), ("POST", "/api/v2/tags")]
    assert EVENT_TAG in fake.known_tags and fake.dropped_tags == []
    assert all(
        body["add_tags"] == [EVENT_TAG, "safe-communities-act"]  # type: ignore[index]
        for body in posts(fake)
    )


@pytest.mark.parametrize(
    ("failure", "problem"),
    [
        ((422, '{"error": "tag names are limited"}', "POST /tags"),
         "Action Network: POST /api/v2/tags was refused (HTTP 422)"),
        ((200, "<html>Welcome to the hotel wifi</html>", "GET /tags"),
         "did not answer as Action Network does (not its JSON; a wifi login page?)"),
        ((404, "Not Found", "GET /tags"),
         "Action Network: GET /api/v2/tags was refused (HTTP 404)"),
    ],
    ids=["tag refused", "not Action Network", "no such API"],
)  # fmt: skip
def test_a_tag_that_cannot_be_made_sure_of_is_a_server_problem_not_a_silent_loss(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
    failure: tuple[int, str, str], problem: str,
) -> None:  # fmt: skip
    service.submit(rosa())
    status, body, where = failure
    fake.fail_next(status, body=body, path=where)
    report = sync(sessions, dataset, private_key, httpserver)
    assert report.exit_code == 2 and report.failed == 0 and posts(fake) == []
    assert problem in report.server_problem
    with sessions() as session:
        assert session.scalars(select(OutboxMessage.attempts)).all() == [0, 0]


def test_no_post_without_the_consent_even_after_a_failure_an_edit_and_retry_failed(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
) -> None:  # fmt: skip
    fake.known_tags = [EVENT_TAG, "safe-communities-act"]
    receipt = service.submit(rosa())
    fake.fail_next(400, body='{"error": "invalid"}', path="/people")
    assert sync(sessions, dataset, private_key, httpserver).failed == 1
    # The consent taken back where the queue does not look (a merge, a withdrawal, an
    # older version of the app): only the check at sending time stands in the way.
    with sessions.begin() as session:
        session.execute(update(Signup).values(consent_updates_email=False))
        failed = session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.state == "failed")
        ).all()
    assert retry_failed(sessions, failed) == (0, 1)
    with sessions.begin() as session:  # and one left in `sending` by a crash
        session.execute(
            update(OutboxMessage).where(OutboxMessage.kind == "crm_signup").values(state="sending")
        )
    report = sync(sessions, dataset, private_key, httpserver)
    assert report.withdrawn == 1 and len(posts(fake)) == 1  # the one refused, before
    service.edit(receipt.signup_id, rosa(consent_updates_email=False))
    assert sync(sessions, dataset, private_key, httpserver).sent == 0
    assert len(posts(fake)) == 1
    with sessions() as session:
        crm = select(OutboxMessage.state).where(OutboxMessage.kind == "crm_signup")
        assert session.scalars(crm).all() == ["withdrawn"]


def test_a_withdrawal_after_sending_reaches_the_crm_as_exactly_one_unsubscribe(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset, db_path: Path,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    fake.known_tags = [EVENT_TAG, "safe-communities-act"]
    service.submit(rosa(consent_updates_text=True))
    assert sync(sessions, dataset, private_key, httpserver).sent == 1
    code = main(["--database", f"sqlite:///{db_path}", "consent", "withdraw", "Rosa@Example.org"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Unsubscribes queued for records already sent: 1" in out
    assert "rosa" not in out.lower() and "rosa" not in caplog.text.lower()
    assert sync(sessions, dataset, private_key, httpserver).sent == 1
    assert sync(sessions, dataset, private_key, httpserver).sent == 0  # exactly one
    subscribe, unsubscribe = posts(fake)
    assert subscribe["person"]["email_addresses"][0]["status"] == "subscribed"  # type: ignore[index]
    assert unsubscribe["person"]["email_addresses"] == [  # type: ignore[index]
        {"address": "rosa@example.org", "status": "unsubscribed"}
    ]
    assert unsubscribe["person"]["phone_numbers"][0]["status"] == "unsubscribed"  # type: ignore[index]
    assert unsubscribe["add_tags"] == []  # type: ignore[index]
    with sessions() as session:
        signup = session.scalars(select(Signup)).one()
    assert not signup.consent_updates_email and not signup.consent_updates_text
    # The Outbox tab names the unsubscribe for what it is, not "a former member".
    rows = outbox_rows(sessions, dataset, signup.event_id)
    unsubscribes = [(label(r.kind), r.recipient) for r in rows if r.kind == CRM_UNSUBSCRIBE]
    assert unsubscribes == [("Action Network unsubscribe", "Action Network")]
    # Withdrawing again queues nothing more.
    assert main(["--database", f"sqlite:///{db_path}", "consent", "withdraw", "617-555-0101"]) == 0
    assert "Unsubscribes queued for records already sent: 0" in capsys.readouterr().out


def test_a_phone_goes_only_with_the_text_consent_as_digits_subscribed_to_texts(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
) -> None:  # fmt: skip
    fake.known_tags = [EVENT_TAG, "safe-communities-act"]
    # A household: one phone, two people; the mother wants emails, the son texts.
    service.submit(rosa(first_name="Rosa"))
    service.submit(rosa(first_name="Tomás", email="tomas@example.org",
                        consent_updates_email=False, consent_updates_text=True))  # fmt: skip
    assert sync(sessions, dataset, private_key, httpserver).sent == 2
    by_name = {body["person"]["given_name"]: body["person"] for body in posts(fake)}  # type: ignore[index]
    assert "phone_numbers" not in by_name["Rosa"]  # no text consent: no phone
    assert by_name["Rosa"]["email_addresses"] == [
        {"address": "rosa@example.org", "status": "subscribed"}
    ]
    assert "email_addresses" not in by_name["Tomás"]  # no email consent: no email
    assert by_name["Tomás"]["phone_numbers"] == [
        {"number": "16175550101", "number_type": "Mobile", "status": "subscribed"}
    ]
    assert len(fake.people) == 2  # two people, not one merged by the shared phone


def test_a_signer_without_either_consent_is_never_posted(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset,
    private_key: nacl.public.PrivateKey, httpserver: HTTPServer, fake: FakeActionNetwork,
) -> None:  # fmt: skip
    service.submit(rosa(consent_updates_email=False))
    assert sync(sessions, dataset, private_key, httpserver).sent == 0
    assert fake.requests == []
