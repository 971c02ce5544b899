"""The Outbox tab's rows say in plain words whom a message is for and what it waits for."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.outbox.listing import outbox_rows, state_words
from desktop.signin.form import SigninForm
from desktop.signin.service import EventContext, SigninService


def test_an_email_waiting_for_a_split_towns_district_says_so(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset, event: EventContext
) -> None:
    service.submit(SigninForm(first_name="Rosa", last_name="Díaz", place="Dorchester",
                              email="rosa@example.org", consent_email=True))  # fmt: skip
    rows = outbox_rows(sessions, dataset, event.event_id)
    held = [(r.recipient, state_words(r.state)) for r in rows if r.kind == "legislator_email"]
    assert sorted(held) == [
        ("the signer's State Representative, once the district is decided",
         "waiting for the district"),
        ("the signer's State Senator, once the district is decided", "waiting for the district"),
    ]  # fmt: skip
    assert all("former member" not in r.recipient for r in rows)
