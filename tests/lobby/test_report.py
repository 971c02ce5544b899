"""The event report's numbers, from a real database, before and after a purge."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.districts.dataset import Dataset
from desktop.events import EventSpec, create_event
from desktop.lobby.report import FEWER_TEXT, EventReport, build_report, shown
from desktop.lobby.report_files import write_report
from desktop.organizer import initialize
from desktop.privacy.keys import KdfCost
from desktop.privacy.retention import purge_event
from desktop.store.engine import open_database
from desktop.store.models import Signup, Stack, utcnow
from tests.lobby.report_data import CHELSEA, EXPECTED, HAMPSHIRE, PITTSFIELD, fill_event


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    return open_database(f"sqlite:///{tmp_path / 'tabling.db'}")


@pytest.fixture
def event_id(sessions: sessionmaker[Session]) -> str:
    with sessions.begin() as session:
        initialize(session, "kettle orbit plum seventy", cost=KdfCost.MIN)
        event = create_event(session, EventSpec("Lobby Day", dt.date(2026, 5, 2), "Roxbury"))
        fill_event(session, event.id)
        return event.id


def totals(report: EventReport) -> dict[str, object]:
    return {name: getattr(report, name) for name in EXPECTED}


def test_the_totals_count_what_the_database_holds(
    sessions: sessionmaker[Session], dataset: Dataset, event_id: str
) -> None:
    with sessions() as session:
        report = build_report(session, dataset, event_id)
    assert totals(report) == EXPECTED
    assert report.visits == 4 and not report.purged


def test_districts_carry_their_members_letters_and_latest_position(
    sessions: sessionmaker[Session], dataset: Dataset, event_id: str
) -> None:
    with sessions() as session:
        report = build_report(session, dataset, event_id)
    house = {row.district: row for row in report.districts["house"]}
    assert set(house) == {HAMPSHIRE[0], CHELSEA[0], PITTSFIELD[0]}  # pending ones: no district
    amherst = house[HAMPSHIRE[0]]
    member = dataset.seats["house", HAMPSHIRE[0]].member
    assert amherst.member == (member.name if member else "vacant")
    assert (amherst.signups, amherst.letters_printed, amherst.letters_delivered) == (12, 12, 12)
    assert amherst.position == "supports"  # the later of its two visits
    senate = {row.district: row for row in report.districts["senate"]}
    assert senate[HAMPSHIRE[1]].letters_delivered == 0  # its stack is printed, not delivered
    assert senate["First Suffolk"].signups == 0 and senate["First Suffolk"].position == "not_said"
    assert report.districts["house"][0].district == HAMPSHIRE[0]  # most sign-ups first
    towns = {row.town: (row.signups, row.pending) for row in report.towns}
    assert towns == {"Amherst": (12, 0), "Chelsea": (6, 0), "Pittsfield": (2, 0), "Boston": (3, 3)}


def test_a_purged_event_reports_the_same_from_its_kept_counts(
    sessions: sessionmaker[Session], dataset: Dataset, event_id: str, tmp_path: Path
) -> None:
    with sessions.begin() as session:
        for signup in session.scalars(select(Signup).where(Signup.town == "Boston")):
            signup.status = "resolved"  # a purge keeps no pending work; decided first
            signup.house_district, signup.senate_district = "13th Suffolk", "First Suffolk"
    with sessions() as session:
        before = build_report(session, dataset, event_id)
    with sessions.begin() as session:
        purge_event(session, event_id, utcnow())
    with sessions() as session:
        assert session.scalars(select(Signup)).all() == []
        assert len(session.scalars(select(Stack)).all()) == 3  # stacks are not personal
        after = build_report(session, dataset, event_id)
    assert after.purged and after.towns_kept
    assert totals(after) == totals(before)
    assert after.districts == before.districts
    assert after.towns == before.towns
    out = tmp_path / "purged.pdf"
    write_report(after, dataset.path, out, "pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "were purged" in text and "23" in text.split("Sign-ups", 1)[1][:40]


def test_a_count_that_could_point_at_someone_is_not_exported_as_a_number() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 120)] == ["0", FEWER_TEXT, FEWER_TEXT, "5", "120"]
    # A district of 3 signers hides its letters too, however many they are.
    assert shown(6, signers=3) == FEWER_TEXT and shown(6, signers=5) == "6"
    assert shown(0, signers=3) == "0"


def test_an_unknown_event_is_said_plainly(
    sessions: sessionmaker[Session], dataset: Dataset
) -> None:
    with sessions() as session, pytest.raises(LookupError, match="no event"):
        build_report(session, dataset, "no-such-event")
