"""The event's picture in numbers: sign-ups, letters, emails, CRM records, languages,
pending sign-ups, and the same per House and Senate district and per town.

Counts only, never a person: each number is what the event's sign-ups hold now plus what
earlier purges left in `event_counts` (desktop/privacy/retention.py), so the report of a
purged event still adds up. Letter stacks (printed for delivery, with `delivered_at` once
carried into the office) and visit reports are not personal and are never purged.

`shown(n)` is the one rule for anything exported (PDF, CSV): a district, town or language
with fewer than `FEWER_THAN` signers shows "fewer than 5", never its number, so a count
cannot point at the one person from a small town who signed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.districts.dataset import STATE_CHAMBERS, Dataset
from desktop.privacy.retention import anonymous_counts
from desktop.store.models import Event, EventCount, Signup, Stack, Visit

FEWER_THAN = 5
FEWER_TEXT = f"fewer than {FEWER_THAN}"
UNDECIDED = "undecided"  # a pending sign-up's district, in the purge's counts


def shown(count: int, *, signers: int | None = None) -> str:
    """A count as exported: the number, or "fewer than 5" where it could point at someone.

    `signers`: the row's number of signers; when they are few, every count of the row is
    hidden (letters to a district are about as many as its signers). Nought stays 0: no
    one to point at.
    """
    if count == 0:
        return "0"
    few_signers = signers is not None and signers < FEWER_THAN
    return FEWER_TEXT if count < FEWER_THAN or few_signers else str(count)


@dataclass(frozen=True)
class DistrictRow:
    chamber: str  # house | senate
    district: str
    member: str  # the member's name, or "vacant"
    signups: int
    letters_printed: int
    letters_delivered: int
    position: str | None  # the last visit's (VISIT_POSITIONS), None: not visited


@dataclass(frozen=True)
class TownRow:
    town: str
    signups: int
    pending: int  # of them, still waiting for a ward and precinct (split towns)


@dataclass(frozen=True)
class EventReport:
    event_id: str
    name: str
    date: dt.date
    place: str
    signups: int
    pending: int
    letters_printed: int
    letters_delivered: int
    emails_sent: int  # to legislators
    crm_records: int  # sent to the coalition's CRM
    languages: dict[str, int]
    districts: dict[str, list[DistrictRow]]  # chamber -> rows, most sign-ups first
    towns: list[TownRow]
    purged: bool  # some of the counts come from a purge
    towns_kept: bool = True  # False: a purge made before towns were counted
    visits: int = 0

    def district_counts(self, chamber: str) -> dict[str, int]:
        return {row.district: row.signups for row in self.districts.get(chamber, [])}

    def district_positions(self, chamber: str) -> dict[str, str]:
        return {
            row.district: row.position
            for row in self.districts.get(chamber, [])
            if row.position is not None
        }


def build_report(session: Session, dataset: Dataset, event_id: str) -> EventReport:
    """Everything the report shows for one event; LookupError if there is no such event."""
    event = session.get(Event, event_id)
    if event is None:
        raise LookupError(f"There is no event {event_id!r}.")
    kept = _kept_counts(session, event_id)
    live = _live_counts(session, event_id)
    both = kept + live
    delivered = _delivered(session, event_id)
    positions = _last_positions(session, event_id)
    districts = {
        chamber: _district_rows(dataset, chamber, both, delivered, positions)
        for chamber in STATE_CHAMBERS
    }
    towns_kept = not event.purged_at or any(kind == "town" for kind, _ in kept)
    return EventReport(
        event.id, event.name, event.date, event.place,
        signups=both["signups", "all"],
        pending=both["status", "pending"],
        # A purge keeps every letter not skipped (it waits for none to be printed).
        letters_printed=kept["action", "letter"]
        + sum(n for (kind, _), n in live.items() if kind == "printed"),
        letters_delivered=sum(delivered.values()),
        emails_sent=both["message", "legislator_email:sent"],
        crm_records=both["message", "crm_signup:sent"],
        languages=_sorted({key: n for (kind, key), n in both.items() if kind == "language"}),
        districts=districts,
        towns=_town_rows(both, live),
        purged=bool(kept),
        towns_kept=towns_kept,
        visits=int(session.scalar(
            select(func.count()).select_from(Visit).where(Visit.event_id == event_id)
        ) or 0),
    )  # fmt: skip


def _kept_counts(session: Session, event_id: str) -> Counter[tuple[str, str]]:
    rows = session.execute(
        select(EventCount.kind, EventCount.key, EventCount.count).where(
            EventCount.event_id == event_id
        )
    )
    return Counter({(kind, key): n for kind, key, n in rows})


def _live_counts(session: Session, event_id: str) -> Counter[tuple[str, str]]:
    """The sign-ups held now, counted as a purge would keep them (one declaration of the
    kinds and keys), plus how many of each town's are pending, which only they can say."""
    counts = anonymous_counts(session, event_id)
    pending = session.execute(
        select(Signup.town, func.count())
        .where(Signup.event_id == event_id, Signup.status == "pending")
        .group_by(Signup.town)
    )
    for town, n in pending:
        counts["town_pending", town or UNDECIDED] += n
    return counts


def _delivered(session: Session, event_id: str) -> Counter[tuple[str, str]]:
    """Letters carried into each office: (chamber, district) -> letters."""
    rows = session.execute(
        select(Stack.chamber, Stack.district, func.sum(Stack.letters))
        .where(Stack.event_id == event_id, Stack.delivered_at.is_not(None))
        .group_by(Stack.chamber, Stack.district)
    )
    return Counter({(chamber, district or UNDECIDED): int(n or 0) for chamber, district, n in rows})


def _last_positions(session: Session, event_id: str) -> dict[tuple[str, str], str]:
    """Each district's position as its latest visit report gives it."""
    visits = session.execute(
        select(Visit.chamber, Visit.district, Visit.position)
        .where(Visit.event_id == event_id, Visit.district.is_not(None))
        .order_by(Visit.visited_on, Visit.created_at)
    )
    return {(chamber, district or UNDECIDED): position for chamber, district, position in visits}


def _district_rows(
    dataset: Dataset,
    chamber: str,
    counts: Counter[tuple[str, str]],
    delivered: Counter[tuple[str, str]],
    positions: dict[tuple[str, str], str],
) -> list[DistrictRow]:
    prefix = f"{chamber}:"
    names = {key.removeprefix(prefix) for kind, key in counts if key.startswith(prefix)}
    names |= {d for c, d in delivered if c == chamber} | {d for c, d in positions if c == chamber}
    names.discard(UNDECIDED)  # the pending sign-ups: counted as pending, not under a district
    rows = []
    for name in names:
        seat = dataset.seats.get((chamber, name))
        member = seat.member.name if seat is not None and seat.member else "vacant"
        rows.append(
            DistrictRow(
                chamber, name, member,
                counts["district", prefix + name], counts["printed", prefix + name],
                delivered[chamber, name], positions.get((chamber, name)),
            )
        )  # fmt: skip
    return sorted(rows, key=lambda r: (-r.signups, r.district))


def _town_rows(both: Counter[tuple[str, str]], live: Counter[tuple[str, str]]) -> list[TownRow]:
    towns = [key for kind, key in both if kind == "town" and key != UNDECIDED]
    rows = [TownRow(town, both["town", town], live["town_pending", town]) for town in towns]
    if both["town", UNDECIDED]:
        rows.append(TownRow(UNDECIDED, both["town", UNDECIDED], live["town_pending", UNDECIDED]))
    return sorted(rows, key=lambda r: (r.town == UNDECIDED, -r.signups, r.town))


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
