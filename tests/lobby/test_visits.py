"""Visit reports stored, checked and listed over a real SQLite file; their CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import stat
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.lobby.visits import (
    VisitInvalid,
    VisitReport,
    add_visit,
    event_visits,
    follow_ups,
    offices,
)
from desktop.lobby.visits_csv import COLUMNS, export_visits
from desktop.signin.service import EventContext

DAY = dt.date(2026, 12, 1)


def _member(dataset: Dataset, name: str) -> str:
    return next(m.id for m in offices(dataset) if m.name == name)


def test_offices_are_the_state_house_members(dataset: Dataset) -> None:
    members = offices(dataset)
    assert len(members) > 190 and {m.chamber for m in members} == {"house", "senate"}
    names = [m.name.casefold() for m in members]
    assert names == sorted(names)


def test_a_report_keeps_what_its_answers_call_for(
    sessions: sessionmaker[Session], dataset: Dataset, event: EventContext
) -> None:
    domb = _member(dataset, "Mindy Domb")
    with sessions.begin() as session:
        add_visit(
            session, dataset, event.event_id,
            VisitReport(domb, DAY, "member", "supports", staffer="left from before",
                        commitment="  Will co-sponsor  ", follow_up=False,
                        follow_up_note="not asked for", notes=""),
            "laptop-1", today=DAY,
        )  # fmt: skip
    with sessions() as session:
        (row,) = event_visits(session, event.event_id)
    assert (row.member_name, row.chamber, row.district) == ("Mindy Domb", "house", "3rd Hampshire")
    assert (row.met, row.staffer, row.position) == ("member", "", "supports")
    assert row.commitment == "Will co-sponsor" and row.laptop == "laptop-1"
    assert (row.follow_up, row.follow_up_note, row.notes) == (False, "", "")


def test_a_report_is_refused_whole_with_every_problem(
    sessions: sessionmaker[Session], dataset: Dataset, event: EventContext
) -> None:
    report = VisitReport("ocd-person/nobody", DAY + dt.timedelta(days=1), "staff", "maybe",
                         notes="x" * 2001)  # fmt: skip
    with pytest.raises(VisitInvalid) as refused, sessions.begin() as session:
        add_visit(session, dataset, event.event_id, report, "laptop-1", today=DAY)
    assert set(refused.value.problems) == {"member", "staffer", "position", "date", "notes"}
    with sessions() as session:
        assert event_visits(session, event.event_id) == []


def test_visits_by_office_and_the_follow_up_list(
    sessions: sessionmaker[Session], dataset: Dataset, event: EventContext, tmp_path: Path
) -> None:
    reports = [
        VisitReport(_member(dataset, "Mindy Domb"), DAY - dt.timedelta(days=7), "nobody",
                    "not_said"),
        VisitReport(_member(dataset, "Jo Comerford"), DAY, "staff", "undecided",
                    staffer="@Pat", follow_up=True, follow_up_note="=HYPERLINK(\"x\")"),
        VisitReport(_member(dataset, "Mindy Domb"), DAY, "member", "supports",
                    commitment="Yes,\nshe will\u202e"),
    ]  # fmt: skip
    with sessions.begin() as session:
        for report in reports:
            add_visit(session, dataset, event.event_id, report, "laptop-1", today=DAY)
    with sessions() as session:
        rows = event_visits(session, event.event_id)
    # By office (member's name), each office's latest visit first.
    assert [(r.member_name, r.visited_on) for r in rows] == [
        ("Jo Comerford", DAY), ("Mindy Domb", DAY), ("Mindy Domb", DAY - dt.timedelta(days=7)),
    ]  # fmt: skip
    assert [r.member_name for r in follow_ups(rows)] == ["Jo Comerford"]

    out = tmp_path / "visits.csv"
    out.write_text("an older export\n")
    out.chmod(0o644)
    assert export_visits(rows, out) == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(newline="", encoding="utf-8") as handle:
        read = list(csv.reader(handle))
    assert tuple(read[0]) == COLUMNS
    comerford = dict(zip(COLUMNS, read[1], strict=True))
    assert comerford["staffer"] == "'@Pat"
    assert comerford["follow_up_note"] == '\'=HYPERLINK("x")'
    assert comerford["follow_up"] == "yes" and comerford["visited_on"] == "2026-12-01"
    domb = dict(zip(COLUMNS, read[2], strict=True))
    assert domb["commitment"] == "Yes, she will"  # no line break, no hidden reordering
