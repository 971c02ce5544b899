"""Retention: an event's personal data is purged a set time after its work is done.

The clock of an event starts when everything it queued is finished: its last sign-up
saved or changed, its last message sent (or refused for good, or withdrawn), its last
letter printed (or skipped). While anything of the event still waits (a message held,
queued, sending or flagged; a letter to print, or waiting for a district), nothing of
that event is purged: the decision is per event, as the issue words it, so a letter
never loses its signer's address while it waits. `Event.retention_days` later (30 by
default; `tabling event set ID --retention-days N`, or the volunteer view's Holdings tab),
`purge_event` first adds the sign-ups to the event's anonymous counts (event_counts: per
district, town, status, action, printed letters per district, language and message state;
what the event report, desktop/lobby/report.py, reads once the sign-ups are gone), then
deletes the sign-ups, which takes with them (ON DELETE CASCADE) their sealed records,
repeat-signer digests, earlier versions kept by merges, duplicate suggestions, actions
and outbox messages with any sealed server reply. Outbox messages keep no body: it is
built at sending time.

The geocoder's cache is not linked to sign-ups (its rows are filed by a salted digest of
an address), so a purge deletes every cache entry that could have been made by the
purged sign-ups: all those made up to the event's finished time (`forget_made_before`).
That deletes other lookups of the same period too; it is a cache, they are asked again.

Deleting securely: every connection has `secure_delete` on (store/engine.py), and after
a purge `secure_finish` checkpoints the WAL into the database and truncates it, then
VACUUMs the file and checkpoints again, so neither tabling.db nor tabling.db-wal keeps a
purged byte (tests/privacy/test_retention.py reads the raw files). What SQLite cannot
promise: copies the disk itself keeps (an SSD's remapped blocks, a filesystem journal,
a backup or snapshot); full-disk encryption is the answer to those.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, text

from desktop.privacy import event_index
from desktop.store.models import (
    DEFAULT_RETENTION_DAYS,
    Action,
    Event,
    EventCount,
    OutboxMessage,
    Signup,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from desktop.geocoding.cache import GeocodeCache
    from desktop.store.sessions import SessionFactory

log = logging.getLogger(__name__)

# What still waits to leave or be printed: an event with any of these is not purged.
WAITING_MESSAGES = ("held", "queued", "sending", "flagged")
WAITING_LETTERS = ("waiting", "ready", "flagged")
MAX_RETENTION_DAYS = 3650


@dataclass(frozen=True)
class Retention:
    """Where one event stands: what it holds, what holds it back, when it is purged."""

    event_id: str
    name: str
    date: dt.date
    retention_days: int
    signups: int  # sign-ups holding personal data
    oldest: dt.datetime | None  # the oldest of them
    messages_waiting: int
    letters_waiting: int
    finished_at: dt.datetime | None  # when its last work was done (None: still waiting)
    purged_at: dt.datetime | None  # its last purge

    @property
    def waiting(self) -> bool:
        return bool(self.messages_waiting or self.letters_waiting)

    @property
    def purge_at(self) -> dt.datetime | None:
        """When its personal data goes (None: nothing to purge, or something waits)."""
        if not self.signups or self.waiting or self.finished_at is None:
            return None
        return self.finished_at + dt.timedelta(days=self.retention_days)

    def due(self, now: dt.datetime) -> bool:
        purge_at = self.purge_at
        return purge_at is not None and purge_at <= now


@dataclass(frozen=True)
class Purged:
    """What one event's purge took (counts only, never values)."""

    event_id: str
    name: str
    signups: int
    messages: int
    actions: int
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    finished_at: dt.datetime | None = None


def check_retention_days(days: int) -> int:
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise ValueError(f"Retention is 0 to {MAX_RETENTION_DAYS} days, not {days}.")
    return days


def retention(session: Session, event: Event) -> Retention:
    signups = select(Signup).where(Signup.event_id == event.id).subquery()
    count, oldest, last_saved = session.execute(
        select(func.count(), func.min(signups.c.created_at), func.max(signups.c.updated_at))
    ).one()
    in_event = select(Signup.id).where(Signup.event_id == event.id)
    messages_waiting = session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.event_id == event.id, OutboxMessage.state.in_(WAITING_MESSAGES))
    )
    letters_waiting = session.scalar(
        select(func.count())
        .select_from(Action)
        .where(
            Action.signup_id.in_(in_event),
            Action.kind == "letter",
            Action.state.in_(WAITING_LETTERS),
        )
    )
    last_message = session.scalar(
        select(func.max(func.coalesce(OutboxMessage.sent_at, OutboxMessage.updated_at))).where(
            OutboxMessage.event_id == event.id
        )
    )
    last_letter = session.scalar(
        select(func.max(Action.done_at)).where(Action.signup_id.in_(in_event))
    )
    times = [t for t in (last_saved, oldest, last_message, last_letter) if t is not None]
    waiting = bool(messages_waiting or letters_waiting)
    return Retention(
        event.id, event.name, event.date,
        event.retention_days if event.retention_days is not None else DEFAULT_RETENTION_DAYS,
        int(count or 0), oldest, int(messages_waiting or 0), int(letters_waiting or 0),
        max(times) if times and not waiting else None, event.purged_at,
    )  # fmt: skip


def retentions(session: Session) -> list[Retention]:
    events = session.scalars(select(Event).order_by(Event.date, Event.created_at, Event.id))
    return [retention(session, event) for event in events]


def anonymous_counts(session: Session, event_id: str) -> Counter[tuple[str, str]]:
    """The anonymous counts of an event's sign-ups as they are now."""
    counts: Counter[tuple[str, str]] = Counter()
    # Grouped in SQL: an event of 20,000 sign-ups is a few hundred rows here.
    columns = (
        Signup.language, Signup.house_district, Signup.senate_district,
        Signup.congress_district, Signup.town, Signup.status,
    )  # fmt: skip
    rows = session.execute(
        select(*columns, func.count()).where(Signup.event_id == event_id).group_by(*columns)
    )
    for language, house, senate, congress, town, status, n in rows:
        counts["signups", "all"] += n
        counts["language", language] += n
        counts["town", town or "undecided"] += n
        counts["status", status] += n
        for chamber, district in (("house", house), ("senate", senate), ("congress", congress)):
            counts["district", f"{chamber}:{district or 'undecided'}"] += n
    in_event = select(Signup.id).where(Signup.event_id == event_id)
    actions = session.execute(
        select(Action.kind, Action.state, func.count())
        .where(Action.signup_id.in_(in_event))
        .group_by(Action.kind, Action.state)
    )
    for kind, state, n in actions:
        if state != "skipped":
            counts["action", f"{kind}"] += n
    printed = session.execute(
        select(Action.chamber, Action.district, func.count())
        .where(Action.signup_id.in_(in_event), Action.kind == "letter", Action.state == "done")
        .group_by(Action.chamber, Action.district)
    )
    for chamber, district, n in printed:
        counts["printed", f"{chamber}:{district or 'undecided'}"] += n
    messages = session.execute(
        select(OutboxMessage.kind, OutboxMessage.state, func.count())
        .where(OutboxMessage.event_id == event_id)
        .group_by(OutboxMessage.kind, OutboxMessage.state)
    )
    for kind, state, n in messages:
        counts["message", f"{kind}:{state}"] += n
    return counts


def purge_event(session: Session, event_id: str, now: dt.datetime) -> Purged:
    """Purge one event's personal data now, whatever its retention says; the caller
    commits and then calls `secure_finish`. Refuses (ValueError) while anything of the
    event waits to be sent or printed.

    The one place an event's personal data is destroyed, with the event's key for the
    repeat-signer digests (desktop/privacy/event_index.py): its digests could not be
    matched again even if a copy of them survived somewhere.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise LookupError("There is no such event.")
    state = retention(session, event)
    if state.waiting:
        raise ValueError("Something of this event still waits to be sent or printed.")
    counts = anonymous_counts(session, event_id)
    for (kind, key), n in counts.items():
        row = session.get(EventCount, (event_id, kind, key))
        if row is None:
            session.add(EventCount(event_id=event_id, kind=kind, key=key, count=n))
        else:
            row.count += n
    session.flush()
    messages = sum(n for (kind, _), n in counts.items() if kind == "message")
    actions = sum(n for (kind, _), n in counts.items() if kind == "action")
    # The database's ON DELETE CASCADE takes actions, messages, merges with their kept
    # versions, and suggestions; imported lines forget the sign-up (a rerun still skips).
    session.execute(delete(Signup).where(Signup.event_id == event_id))
    # A purge is not a volunteer's deletion: no tombstone goes to the hub, whose other
    # laptops may still have letters or messages of this event waiting.
    event_index.forget(event)
    event.purged_at = now
    return Purged(
        event_id, event.name, counts["signups", "all"], messages, actions, dict(counts),
        state.finished_at,
    )  # fmt: skip


def due_events(sessions: SessionFactory, now: dt.datetime) -> list[Retention]:
    with sessions() as session:
        return [r for r in retentions(session) if r.due(now)]


def purge_due(
    sessions: SessionFactory,
    now: dt.datetime | None = None,
    *,
    dry_run: bool = False,
    cache: GeocodeCache | None = None,
) -> list[Purged]:
    """Purge every event whose retention has passed at `now`; with `dry_run`, only say
    what would go. Each event in its own transaction; then the files are made clean."""
    now = now or utcnow()
    purged: list[Purged] = []
    for due in due_events(sessions, now):
        with sessions.begin() as session:
            if dry_run:
                counts = anonymous_counts(session, due.event_id)
                purged.append(
                    Purged(
                        due.event_id, due.name, counts["signups", "all"],
                        sum(n for (k, _), n in counts.items() if k == "message"),
                        sum(n for (k, _), n in counts.items() if k == "action"),
                        dict(counts), due.finished_at,
                    )
                )  # fmt: skip
                session.rollback()
                continue
            purged.append(purge_event(session, due.event_id, now))
    if purged and not dry_run:
        with sessions() as session:
            secure_finish(session.get_bind().engine)
        finished = [p.finished_at for p in purged if p.finished_at is not None]
        if cache is not None and finished:
            cache.forget_made_before(_epoch(max(finished)))
        log.info("purged %d events", len(purged))
    return purged


def _epoch(moment: dt.datetime) -> float:
    return moment.replace(tzinfo=dt.UTC).timestamp()


def secure_finish(engine: Engine, attempts: int = 20) -> bool:
    """Leave nothing deleted in the files: the WAL into the database and truncated,
    the database rebuilt (VACUUM), the WAL truncated again. False when a reader kept the
    WAL from being truncated (it is tried again at the next purge)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("PRAGMA secure_delete=ON"))
        done = _checkpoint(connection, attempts)
        connection.execute(text("VACUUM"))
        return _checkpoint(connection, attempts) and done


def _checkpoint(connection: object, attempts: int) -> bool:
    from sqlalchemy import Connection

    assert isinstance(connection, Connection)
    for _ in range(attempts):
        busy = connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).first()
        if busy is not None and busy[0] == 0:
            return True
        time.sleep(0.05)
    return False
