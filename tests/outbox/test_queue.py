"""Messages are queued in the sign-up's own transaction, with their Message-ID fixed then."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.signin.form import SigninForm
from desktop.signin.records import resolve_pending
from desktop.signin.service import SigninService
from desktop.store.models import OutboxMessage

JANE = SigninForm(
    first_name="Jane", last_name="Doe", place="Amherst", email="jane@example.com",
    consent_email=True, consent_updates_email=True,
)  # fmt: skip


def outbox(sessions: sessionmaker[Session]) -> list[tuple[str, str | None, str]]:
    with sessions() as session:
        rows = session.scalars(
            select(OutboxMessage).order_by(OutboxMessage.kind, OutboxMessage.chamber)
        )
        return [(m.kind, m.chamber, m.state) for m in rows]


def test_a_sign_up_queues_its_emails_confirmation_and_crm_record(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    service.submit(JANE)
    assert outbox(sessions) == [
        ("confirmation", None, "queued"),
        ("crm_signup", None, "queued"),
        ("legislator_email", "house", "queued"),
        ("legislator_email", "senate", "queued"),
    ]
    with sessions() as session:
        ids = [m.message_id for m in session.scalars(select(OutboxMessage))]
    assert len(set(ids)) == 4 and all(i and i.startswith("<") and i.endswith(">") for i in ids)


def test_nothing_is_queued_without_consent_or_for_a_vacant_seat(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    service.submit(SigninForm(first_name="No", last_name="Consent", place="Amherst"))
    assert outbox(sessions) == []
    service.submit(
        SigninForm(
            first_name="Al",
            last_name="Bo",
            place="Ashfield",
            email="al@example.com",
            consent_email=True,
        )
    )
    assert outbox(sessions) == [
        ("confirmation", None, "queued"),
        ("legislator_email", "senate", "queued"),
    ]


def test_a_split_town_holds_its_emails_until_resolved(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset
) -> None:
    receipt = service.submit(
        SigninForm(
            first_name="Ana",
            last_name="Lima",
            place="Dorchester",
            email="ana@example.com",
            consent_email=True,
        )
    )
    assert {state for _k, _c, state in outbox(sessions)} == {"held"}
    with sessions() as session:
        before = {m.chamber: m.message_id for m in session.scalars(select(OutboxMessage))}
    with sessions.begin() as session:
        resolve_pending(session, dataset, receipt.signup_id, "16", "1")
    assert {state for _k, _c, state in outbox(sessions)} == {"queued"}
    with sessions() as session:
        after = {
            m.chamber: (m.message_id, m.member_id) for m in session.scalars(select(OutboxMessage))
        }
    assert {c: i for c, (i, _m) in after.items()} == before  # the Message-IDs do not change
    assert after["house"][1] and after["senate"][1]


def test_a_merge_queues_nothing_twice_and_a_correction_drops_unsent_messages(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    first = service.submit(JANE)
    assert service.submit(JANE).merged  # the same person again
    assert len(outbox(sessions)) == 4
    service.edit(
        first.signup_id,
        SigninForm(first_name="Jane", last_name="Doe", place="Amherst", email="jane@example.com"),
    )
    assert outbox(sessions) == [("confirmation", None, "queued")]
