"""Signing people in through the service, against a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import nacl.public
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.records import read_signups, resolve_pending
from desktop.signin.service import FormInvalid, SigninService
from desktop.signin.validation import Problem
from desktop.store.models import Action, Signup

JANE = SigninForm(
    first_name="Jane",
    last_name="Doe",
    street_address="12 Main St",
    place="Amherst",
    email="Jane.Doe@Example.com",
    phone="617 722 2000",
    language="es",
    consent_email=True,
    consent_letter=True,
)


def count(sessions: sessionmaker[Session], model: type[Signup] | type[Action]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_sign_in_in_a_whole_town_is_resolved_with_its_actions(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    receipt = service.submit(JANE)
    assert receipt.status == "resolved"
    assert receipt.result.house is not None and receipt.result.house.district == "3rd Hampshire"
    assert receipt.email == "Jane.Doe@example.com" and receipt.phone == "+16177222000"
    kinds = sorted((a.kind, a.chamber, a.state) for a in receipt.planned)
    assert kinds == [
        ("email", "house", "ready"), ("email", "senate", "ready"),
        ("letter", "house", "ready"), ("letter", "senate", "ready"),
    ]  # fmt: skip
    assert count(sessions, Signup) == 1 and count(sessions, Action) == 4


def test_a_split_town_is_saved_pending_and_resolved_by_ward_and_precinct(
    service: SigninService, sessions: sessionmaker[Session], dataset: Dataset
) -> None:
    receipt = service.submit(
        SigninForm(first_name="Ana", last_name="Lima", place="Dorchester", consent_letter=True)
    )
    assert receipt.status == "pending"
    assert {a.state for a in receipt.planned} == {"waiting"}
    with sessions.begin() as session:
        signup = resolve_pending(session, dataset, receipt.signup_id, "16", "1")
        assert signup.status == "resolved"
        assert signup.house_district is not None
        assert {a.state for a in signup.actions} == {"ready"}
        assert all(a.member_name for a in signup.actions)


def test_a_vacant_seat_gets_no_letter_and_says_why(service: SigninService) -> None:
    receipt = service.submit(
        SigninForm(first_name="Al", last_name="Bo", place="Ashfield", consent_letter=True)
    )
    assert [(s.chamber, s.reason) for s in receipt.skipped] == [("house", "vacant")]
    assert [a.chamber for a in receipt.planned] == ["senate"]


def test_a_bad_email_is_reported_beside_its_field_and_nothing_is_saved(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    with pytest.raises(FormInvalid) as raised:
        service.submit(SigninForm(first_name="A", last_name="B", place="Amherst", email="bad@"))
    assert [(p.field, p.problem) for p in raised.value.problems] == [
        ("email", Problem.EMAIL_INVALID)
    ]
    assert count(sessions, Signup) == 0


def test_an_unknown_place_comes_with_suggestions(service: SigninService) -> None:
    check = service.check(SigninForm(first_name="A", last_name="B", place="Worchester"))
    [problem] = check.problems
    assert (problem.field, problem.problem) == ("place", Problem.PLACE_UNKNOWN)
    assert problem.suggestions[0] == "Worcester"


def test_the_same_email_twice_is_recognized_and_merged_without_duplicate_actions(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    first = service.submit(JANE)
    again = SigninForm(
        first_name="Jane",
        last_name="Doe",
        place="Amherst",
        email="jane.doe@example.com",
        consent_updates_email=True,
        consent_letter=True,
    )
    receipt = service.submit(again)
    assert receipt.merged and receipt.signup_id == first.signup_id
    assert receipt.letters == first.letters  # the first sign-in's letters, no new ones
    assert count(sessions, Signup) == 1 and count(sessions, Action) == 4
    with sessions() as session:
        signup = session.get(Signup, first.signup_id)
        assert signup is not None
        assert (signup.consent_email, signup.consent_letter, signup.consent_updates_email) == (
            True,
            True,
            True,
        )


def test_a_close_name_and_address_in_this_run_is_only_suggested(service: SigninService) -> None:
    first = service.submit(
        SigninForm(
            first_name="John", last_name="Smith", street_address="12 Main Street", place="Amherst"
        )
    )
    jon = service.submit(
        SigninForm(
            first_name="Jon", last_name="Smith", street_address="12 Main St", place="Amherst"
        )
    )
    assert not jon.merged and jon.suggestions == ((first.signup_id, "similar"),)
    mary = service.submit(
        SigninForm(
            first_name="Mary", last_name="Jones", street_address="12 Main St", place="Amherst"
        )
    )
    assert not mary.merged and mary.suggestions == ()


def test_stored_fields_open_with_the_key_in_any_script(
    service: SigninService, sessions: sessionmaker[Session], private_key: nacl.public.PrivateKey
) -> None:
    names = [("Nguyễn", "Văn An"), ("São", "João"), ("王", "小明"), ("Пётр", "Иванов")]
    for first, last in names:
        service.submit(
            SigninForm(first_name=first, last_name=last, street_address="1 Rua Ç", place="Amherst")
        )
    with sessions() as session:
        records = read_signups(session, service.event.event_id, Opener(private_key))
    assert [(r.first_name, r.last_name) for r in records] == names
    assert records[0].street_address == "1 Rua Ç"


def test_the_database_files_hold_no_personal_value_in_clear(
    service: SigninService, db_path: Path
) -> None:
    # Values long enough that random ciphertext cannot contain them by chance.
    signer = SigninForm(
        first_name="Janeliese",
        last_name="Doebrowski",
        street_address="12 Mainwaring Street",
        place="Amherst",
        email="janeliese.doebrowski@example.com",
        phone="617 722 2000",
        consent_letter=True,
    )
    service.submit(signer)
    values = ["Janeliese", "Doebrowski", "Mainwaring", "janeliese.doebrowski", "6177222000"]
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        raw = path.read_bytes().lower()
        for value in values:
            assert value.lower().encode() not in raw, (path.name, value)


def test_export_cells_never_start_a_spreadsheet_formula() -> None:
    from desktop.signin.exporter import _cell

    assert _cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("+16177222000") == "+16177222000"
    assert _cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    assert _cell(True) == "yes" and _cell(None) == ""


def test_the_volunteer_is_told_why_nothing_was_queued(dataset: Dataset) -> None:
    from desktop.signin.actions import why_nothing

    vacant = {"house": "1st Franklin", "senate": "Berkshire, Hampden, Franklin and Hampshire"}
    assert why_nothing(False, False, vacant, dataset.seats) == []
    assert [
        (s.kind, s.district, s.reason) for s in why_nothing(True, True, vacant, dataset.seats)
    ] == [
        ("letter", "1st Franklin", "vacant"),
        ("email", "1st Franklin", "vacant"),
    ]
    assert why_nothing(True, True, {"house": None, "senate": None}, dataset.seats) == []


def test_an_address_no_mail_server_is_sure_to_take_is_refused_at_sign_in(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    """`josé@...` needs SMTPUTF8, which the kiosk cannot know the coalition's server offers."""
    check = service.check(replace(JANE, email="josé@example.org"))
    assert [(p.field, p.problem) for p in check.problems] == [("email", Problem.EMAIL_UNSENDABLE)]
    with pytest.raises(FormInvalid):
        service.submit(replace(JANE, email="josé@example.org"))
    assert count(sessions, Signup) == 0
    # An accented domain is fine: it is sent as IDNA, which every server takes.
    assert service.check(replace(JANE, email="jose@exámple.org")).email == (
        "jose@xn--exmple-qta.org"
    )
