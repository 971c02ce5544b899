"""Visit reports: for an office visited on lobby day, who was met, where the member
stands on the campaign, any commitment in their words, and whether to follow up.

They name legislators and their staff, never a signer. Entered in the volunteer view's
Visits tab and with `tabling visit add`; listed by office, with the follow-up list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from desktop.districts.dataset import STATE_CHAMBERS, Dataset, Member
from desktop.store.models import VISIT_MET, VISIT_POSITIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.models import Visit

TEXT_LIMIT: Final = 2000  # a commitment, a note: a few sentences, not a transcript
STAFFER_LIMIT: Final = 200


class VisitInvalid(ValueError):
    """What is wrong with a report, one plain sentence per problem (field -> sentence)."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))
        self.problems = problems


@dataclass(frozen=True)
class VisitReport:
    member_id: str
    visited_on: dt.date
    met: str  # VISIT_MET
    position: str  # VISIT_POSITIONS
    staffer: str = ""
    commitment: str = ""
    follow_up: bool = False
    follow_up_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VisitRow:
    id: str
    member_name: str
    chamber: str
    district: str
    visited_on: dt.date
    met: str
    staffer: str
    position: str
    commitment: str
    follow_up: bool
    follow_up_note: str
    notes: str
    laptop: str = field(default="")


def offices(dataset: Dataset) -> list[Member]:
    """The State House members one can visit, by name."""
    members = (
        seat.member
        for (chamber, _), seat in dataset.seats.items()
        if chamber in STATE_CHAMBERS and seat.member is not None
    )
    return sorted(members, key=lambda m: (m.name.casefold(), m.district))


def _clean(text: str) -> str:
    return text.strip()


def check(report: VisitReport, dataset: Dataset, today: dt.date) -> Member:
    """The member visited; raises VisitInvalid with every problem at once."""
    problems: dict[str, str] = {}
    member = next((m for m in offices(dataset) if m.id == report.member_id), None)
    if member is None:
        problems["member"] = "Choose the office visited from the list of members."
    if report.met not in VISIT_MET:
        problems["met"] = f"Who was met is one of: {', '.join(VISIT_MET)}."
    elif report.met == "staff" and not _clean(report.staffer):
        problems["staffer"] = "Write the staffer's name (or choose nobody met)."
    if report.position not in VISIT_POSITIONS:
        problems["position"] = f"The position is one of: {', '.join(VISIT_POSITIONS)}."
    if report.visited_on > today:
        problems["date"] = "The visit's date is in the future."
    if len(report.staffer) > STAFFER_LIMIT:
        problems["staffer"] = f"The staffer's name is longer than {STAFFER_LIMIT} characters."
    for name, text in (
        ("commitment", report.commitment),
        ("follow_up_note", report.follow_up_note),
        ("notes", report.notes),
    ):
        if len(text) > TEXT_LIMIT:
            problems[name] = f"Keep the {name.replace('_', ' ')} under {TEXT_LIMIT} characters."
    if problems or member is None:
        raise VisitInvalid(problems)
    return member


def add_visit(
    session: Session,
    dataset: Dataset,
    event_id: str,
    report: VisitReport,
    laptop: str,
    today: dt.date | None = None,
) -> str:
    """Store the report; its id. Raises VisitInvalid. The caller commits."""
    from desktop.store.models import Visit

    member = check(report, dataset, today or dt.date.today())
    visit = Visit(
        event_id=event_id, visited_on=report.visited_on, chamber=member.chamber,
        district=member.district, member_id=member.id, member_name=member.name,
        met=report.met, staffer=_clean(report.staffer) if report.met == "staff" else None,
        position=report.position, commitment=_clean(report.commitment) or None,
        follow_up=report.follow_up,
        follow_up_note=_clean(report.follow_up_note) if report.follow_up else None,
        notes=_clean(report.notes) or None, laptop=laptop,
    )  # fmt: skip
    session.add(visit)
    session.flush()
    return visit.id


def event_visits(session: Session, event_id: str) -> list[VisitRow]:
    """The event's reports by office (member's name), each office's latest visit first."""
    from sqlalchemy import select

    from desktop.store.models import Visit

    visits = session.scalars(select(Visit).where(Visit.event_id == event_id))
    rows = [_row(visit) for visit in visits]
    rows.sort(key=lambda r: (r.member_name.casefold(), r.district, -r.visited_on.toordinal()))
    return rows


def _row(v: Visit) -> VisitRow:
    return VisitRow(
        v.id, v.member_name, v.chamber, v.district or "", v.visited_on, v.met,
        v.staffer or "", v.position, v.commitment or "", v.follow_up,
        v.follow_up_note or "", v.notes or "", v.laptop or "",
    )  # fmt: skip


def follow_ups(rows: list[VisitRow]) -> list[VisitRow]:
    return [row for row in rows if row.follow_up]
