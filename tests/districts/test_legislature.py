"""The Legislature's member data, piece by piece: the court sitting, phones, one member."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.districts.legislature import (
    LegislatureError,
    court_name,
    general_court,
    parse_member,
)
from desktop.districts.phones import readable_phone


@pytest.mark.parametrize(
    ("day", "court"),
    [
        (dt.date(2024, 12, 31), 193),
        (dt.date(2025, 1, 1), 194),  # a Wednesday: the 194th is sworn in
        (dt.date(2026, 12, 1), 194),
        (dt.date(2027, 1, 5), 194),
        (dt.date(2027, 1, 6), 195),  # the first Wednesday of January 2027
        (dt.date(2028, 12, 31), 195),
        (dt.date(2029, 1, 2), 195),
        (dt.date(2029, 1, 3), 196),
    ],
)
def test_the_general_court_sitting_follows_from_the_date(day: dt.date, court: int) -> None:
    assert general_court(day) == court


def test_courts_are_named_with_their_ordinal() -> None:
    names = [court_name(n) for n in (191, 192, 193, 194, 111, 112)]
    assert names == [
        "191st General Court", "192nd General Court", "193rd General Court",
        "194th General Court", "111th General Court", "112th General Court",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "readable"),
    [
        ("(617) 722-1660", "617-722-1660"),
        ("(617) 722-2800 x7306", "617-722-2800 x7306"),
        ("61772228007309", "617-722-2800 x7309"),  # the extension run on
        ("617-722-2320", "617-722-2320"),
        ("1 (617) 722-2000", "617-722-2000"),
        ("617.722.2800 ext. 12", "617-722-2800 x12"),
        ("  (617)   722-1660 ", "617-722-1660"),
        ("722-2000", "722-2000"),  # not enough digits: as written, never guessed
        ("See website", "See website"),
        ("", None),
        (None, None),
    ],
)
def test_every_phone_form_reads_the_same(raw: str | None, readable: str | None) -> None:
    assert readable_phone(raw) == readable


def details(**values: object) -> dict[str, object]:
    return {
        "MemberCode": "ALS1", "GeneralCourtNumber": 194, "Name": "Aaron L. Saunders",
        "Branch": "House", "Party": "Democrat", "District": "Seventh Hampden",
        "EmailAddress": "Aaron.Saunders@mahouse.gov", "RoomNumber": "34",
        "PhoneNumber": "61772228007309", "FaxNumber": None, "LeadershipPosition": None,
    } | values  # fmt: skip


def test_a_member_reads_as_the_dataset_writes_members() -> None:
    member = parse_member("ALS1", details())
    assert (member.chamber, member.district, member.party) == (
        "house",
        "Seventh Hampden",
        "Democratic",
    )
    assert (member.room, member.phone, member.email) == (
        "34", "617-722-2800 x7309", "Aaron.Saunders@mahouse.gov"
    )  # fmt: skip


@pytest.mark.parametrize("party", ["Unenrolled", "", None])
def test_unenrolled_means_no_party(party: str | None) -> None:
    assert parse_member("SLG1", details(Party=party)).party == ""


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (
            {"Branch": "Joint"},
            "member ALS1 (Aaron L. Saunders) has Branch 'Joint', not House or Senate",
        ),
        ({"District": ""}, "member ALS1 has no District"),
        ({"Name": None, "District": None}, "member ALS1 has no Name and no District"),
    ],
)
def test_a_member_that_does_not_fit_is_named(values: dict[str, object], problem: str) -> None:
    with pytest.raises(LegislatureError) as raised:
        parse_member("ALS1", details(**values))
    assert str(raised.value) == problem


def test_a_malformed_email_is_left_out_rather_than_mailed() -> None:
    assert parse_member("ALS1", details(EmailAddress="not an address")).email is None
