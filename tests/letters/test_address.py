"""Addresses and order: the lines a letter prints, and the order offices are visited in."""

from __future__ import annotations

import datetime as dt

from desktop.letters.address import display_name, locality, long_date, office_lines, room_text
from desktop.letters.batch import by_office
from desktop.letters.model import Recipient, Signer
from tests.letters.conftest import BALSER, ELDRIDGE, MIRANDA, SIGNERS, job


def _member(room: str | None, office: str | None, name: str = "A B") -> Recipient:
    return Recipient(f"id-{room}-{name}", name, name.split()[-1], "house", "1st X", room, office)


def test_office_lines_from_the_dataset_address() -> None:
    assert office_lines(MIRANDA) == ["Room 128, State House", "24 Beacon St.", "Boston, MA 02133"]
    assert office_lines(_member(None, "State House 24 Beacon St., Boston, MA 02133")) == [
        "State House", "24 Beacon St.", "Boston, MA 02133",
    ]  # fmt: skip
    assert office_lines(
        _member(None, "1108 Longworth House Office Building, Washington, DC 20515")
    ) == ["1108 Longworth House Office Building", "Washington, DC 20515"]


def test_office_lines_without_an_address_use_the_room() -> None:
    assert office_lines(_member("33", None)) == [
        "Room 33, State House", "24 Beacon St.", "Boston, MA 02133",
    ]  # fmt: skip
    assert office_lines(_member(None, None))[0] == "State House"
    assert room_text(_member("33", None)) == "Room 33"


def test_locality_adds_what_the_signer_typed_when_it_says_more() -> None:
    def at(town: str, place: str) -> str:
        return locality(Signer("A", "B", "", town, place))

    assert at("Boston", "Dorchester") == "Dorchester (Boston), MA"
    assert at("Boston", "02124") == "Boston, MA 02124"
    assert at("Boston", "boston") == "Boston, MA"
    assert at("", "Springfield") == "Springfield, MA"
    assert at("", "") == "Massachusetts"


def test_names_in_chinese_script_print_family_name_first() -> None:
    assert display_name(Signer("小明", "王", "", "", "")) == "王小明"
    assert display_name(Signer("Ana", "Lima", "", "", "")) == "Ana Lima"
    assert display_name(Signer("Ana", "王", "", "", "")) == "Ana 王"
    assert display_name(Signer(" Ana ", "", "", "", "")) == "Ana"


def test_long_date_is_english_whatever_the_locale() -> None:
    assert long_date(dt.date(2025, 5, 4)) == "May 4, 2025"


def test_by_office_groups_and_orders_stacks() -> None:
    jobs = [job(s, r, n) for n, (s, r) in enumerate(
        (s, r) for s in SIGNERS for r in (ELDRIDGE, MIRANDA, BALSER))]  # fmt: skip
    stacks = by_office(jobs)
    assert [r.name for r, _ in stacks] == ["Liz Miranda", "Ruth Balser", "Jamie Eldridge"]
    for recipient, stack in stacks:
        assert {j.recipient for j in stack} == {recipient}
        towns = [j.signer.town for j in stack]
        assert towns == sorted(towns)
    assert sum(len(stack) for _, stack in stacks) == len(jobs)
