"""State House rooms in walking order, from what the roster really holds and the odd
ways rooms are written elsewhere."""

from __future__ import annotations

from desktop.districts.dataset import STATE_CHAMBERS, Dataset
from desktop.lobby.rooms import BASEMENT, floor_name, parse_room, room_key


def test_every_room_in_the_roster_is_understood(dataset: Dataset) -> None:
    rooms = {
        seat.member.room
        for (chamber, _), seat in dataset.seats.items()
        if chamber in STATE_CHAMBERS and seat.member is not None and seat.member.room
    }
    assert len(rooms) > 80
    for room in rooms:
        parsed = parse_room(room)
        assert parsed.understood, room
        assert parsed.floor == parsed.number // 100  # the roster writes no floor: hundreds
        assert str(parsed.number) in room and room.endswith(parsed.suffix)


def test_members_offices_in_walking_order(dataset: Dataset) -> None:
    """Real members' rooms (a ground-floor room, lettered suites, a member with no room)
    among rooms written as other sources write them: floor by floor from the basement,
    numbers as numbers, letters in order; what cannot be read last, as written; no room
    at the very end."""
    members = {
        seat.member.name: seat.member.room
        for (chamber, _), seat in dataset.seats.items()
        if chamber in STATE_CHAMBERS and seat.member is not None
    }
    real = {name: members[name] for name in (
        "Adrianne Ramos",  # 21
        "Vanna Howard",  # 109-E
        "Barry Finegold",  # 109-D
        "Judith García",  # 146
        "Lydia Edwards",  # 413-A
        "Pavel Payano",  # 413-B
        "Jamie Eldridge",  # 511-C
        "Lisa Field",  # none
    )}  # fmt: skip
    assert real["Lisa Field"] is None and real["Adrianne Ramos"] == "21"
    odd = ["B-2", "3rd floor, room 347", "Room 109-B", "Basement 12", "413D", "Annex, 2nd desk"]
    rooms = [*real.values(), *odd]
    ordered = sorted(rooms, key=room_key)
    assert ordered == [
        "B-2", "Basement 12",  # basement
        "21",  # ground floor
        "Room 109-B", "109-D", "109-E", "146",
        "3rd floor, room 347",
        "413-A", "413-B", "413D",
        "511-C",
        "Annex, 2nd desk",  # not understood: after every room that is, as written
        None,
    ]  # fmt: skip


def test_a_room_is_read_as_its_parts() -> None:
    assert parse_room("413-D") == parse_room("413-D")
    assert (parse_room("413-D").floor, parse_room("413-D").number) == (4, 413)
    assert parse_room("413-D").suffix == "D" == parse_room("413d").suffix
    assert parse_room("B-2").floor == BASEMENT == parse_room("b2").floor
    assert parse_room("3rd floor, room 347").floor == 3
    assert parse_room("Floor 2, Room 236").floor == 2
    odd = parse_room("Annex, 2nd desk")
    assert not odd.understood and odd.text == "Annex, 2nd desk"
    assert not parse_room(None).understood and parse_room("  ").text == ""


def test_floors_are_named_for_the_route_sheet() -> None:
    names = [floor_name(f) for f in (BASEMENT, 0, 1, 2, 3, 4, 11, 21)]
    assert names == [
        "Basement", "Ground floor", "1st floor", "2nd floor", "3rd floor", "4th floor",
        "11th floor", "21st floor",
    ]  # fmt: skip
