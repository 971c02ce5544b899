"""Synchronising with the hub: push what this laptop made or changed, pull what others did.

Push: every event (unchanged ones change nothing), every sign-up whose change count
(`revision`) differs from the one the hub has (`synced_revision`), and the deletions this
laptop made (tombstones, forgotten once the hub has them). Pull: what has a hub number (`seq`)
above the last one this laptop saw. Both are idempotent by id, so a sync repeated or cut
short changes nothing twice: a push that did not finish is pushed again, a pull that did not
finish is pulled again.

The rule when one sign-up changed on two laptops: the later change wins, by the time the
laptop that made it recorded (`updated_at`, kept to the minute: issue 14); within one
minute, the one further along (`revision`: an edit beats the version it edited); and
between two equal ones, the one that reached the hub first. The other version is kept on
the hub in `hub_signup_versions`, with the laptop that made it, for the organizer to see,
and the laptop whose version lost takes the hub's at once. A deletion is a change like any
other.

Letters and emails (actions) and outbox messages follow their sign-ups in the same push
and pull (desktop/hub/records.py). What this part does not do yet: merges, and the key an
event's repeat signers are recognised with (a laptop that did not make an event cannot
yet recognise its repeat signers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm.attributes import flag_modified

from desktop.hub import records
from desktop.hub.index_keys import unwrap_into_keyring, wrapped_key
from desktop.hub.repeats import list_repeats
from desktop.hub.schema import (
    CONTENT_NAMES,
    SEQ,
    hub_events,
    hub_signup_versions,
    hub_signups,
)
from desktop.store.app_state import get_state, set_state

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

    from desktop.store.sessions import SessionFactory

PULLED_SEQ = "hub.pulled_seq"  # AppState: the last hub number pulled
LAST_SYNC = "hub.last_sync"  # AppState: when a sync last finished (UTC, to the minute)
_PUSH_LOCK = 7_482_301  # pg_advisory_xact_lock's key: one push at a time, numbers in order
EVENT_COLUMNS = (
    "name", "date", "place", "campaign_id", "actions", "languages", "index_scheme",
    "index_key_id", "index_salt", "index_opslimit", "index_memlimit", "created_at",
)  # fmt: skip


@dataclass
class SyncReport:
    pushed: int = 0  # sign-ups (and deletions) the hub took
    kept_older: int = 0  # pushed versions older than the hub's: kept as versions
    pulled: int = 0  # sign-ups (and deletions) taken from the hub
    events_pulled: int = 0
    lost: list[str] = field(default_factory=list)  # ids whose pushed version lost: re-pulled
    records_pushed: int = 0  # letters, emails and messages
    records_pulled: int = 0
    records_lost: dict[str, list[str]] = field(default_factory=dict)  # kind -> ids
    repeats_listed: int = 0  # pairs of sign-ups from two laptops, for the Duplicates tab

    def line(self) -> str:
        return (
            f"Pushed {self.pushed} sign-up change(s) and {self.records_pushed} of letters and"
            f" messages; pulled {self.pulled} and {self.records_pulled}, and"
            f" {self.events_pulled} event(s)"
            + (f"; {self.kept_older} older version(s) kept on the hub" if self.kept_older else "")
            + (
                f"; {self.repeats_listed} possible repeat signer(s) across laptops to review"
                " in the Duplicates tab"
                if self.repeats_listed
                else ""
            )
            + "."
        )


def sync(local: SessionFactory, hub: Engine, laptop: str) -> SyncReport:
    report = SyncReport()
    push(local, hub, laptop, report)
    pull(local, hub, report)
    return report


# --- push -----------------------------------------------------------------------------------


def push(local: SessionFactory, hub: Engine, laptop: str, report: SyncReport) -> None:
    from desktop.store.models import Event, Signup, Tombstone

    with local() as session:
        events = [
            {**_event_values(e), "index_key_wrapped": wrapped_key(e)}
            for e in session.scalars(select(Event))
        ]
        waiting = or_(Signup.synced_revision.is_(None), Signup.synced_revision != Signup.revision)
        changed = [_signup_values(s) for s in session.scalars(select(Signup).where(waiting))]
        tombstones = [(t.id, t.kind, t.deleted_at) for t in session.scalars(select(Tombstone))]
        others = {kind.name: records.changed(session, kind) for kind in records.KINDS}
    taken: dict[str, list[dict[str, Any]]] = {kind.name: [] for kind in records.KINDS}
    with hub.begin() as connection:
        lock(connection)
        for values in events:
            _push_event(connection, laptop, values)
        for chunk in _chunks(changed):
            _push_signups(connection, laptop, chunk, report)
        for kind in records.KINDS:  # after their sign-ups: a pull meets the sign-up first
            for rows in _chunks(others[kind.name]):
                outcomes = records.push_many(connection, kind, laptop, rows, _next_seq)
                for row, outcome in zip(rows, outcomes, strict=True):
                    if outcome == records.LOST:
                        report.records_lost.setdefault(kind.name, []).append(row["id"])
                        continue
                    taken[kind.name].append(row)
                    report.records_pushed += outcome == records.CHANGED
        for record_id, kind_name, deleted_at in tombstones:
            if kind_name == "signup":
                _push_deletion(connection, laptop, record_id, deleted_at, report)
            else:
                kind = next(k for k in records.KINDS if k.name == kind_name)
                report.records_pushed += records.push_deletion(
                    connection, kind, laptop, record_id, _next_seq()
                )
    with local.begin() as session:  # only once the hub committed: else pushed again
        records.mark_pushed(session, Signup, "id", changed)  # unless changed meanwhile
        for kind in records.KINDS:
            records.mark_pushed(session, kind.model(), kind.key, taken[kind.name])
        session.execute(delete(Tombstone).where(Tombstone.id.in_([t[0] for t in tombstones])))


def lock(connection: Connection) -> None:
    """One push at a time, so hub numbers commit in the order they are taken and a pull
    never skips one (held until the transaction ends)."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PUSH_LOCK})


def _event_values(event: Any) -> dict[str, Any]:
    return {"id": event.id, **{name: getattr(event, name) for name in EVENT_COLUMNS}}


def _signup_values(signup: Any) -> dict[str, Any]:
    return {
        "id": signup.id,
        "event_id": signup.event_id,
        "created_at": signup.created_at,
        "updated_at": signup.updated_at,
        "revision": signup.revision,
        **{name: getattr(signup, name) for name in CONTENT_NAMES},
    }


def _next_seq() -> Any:
    return func.nextval(SEQ)


def _push_event(connection: Connection, laptop: str, values: dict[str, Any]) -> None:
    statement = pg_insert(hub_events).values(laptop=laptop, seq=_next_seq(), **values)
    changes = {name: statement.excluded[name] for name in EVENT_COLUMNS}
    differs = func.row(*(hub_events.c[n] for n in EVENT_COLUMNS)).is_distinct_from(
        func.row(*(statement.excluded[n] for n in EVENT_COLUMNS))
    )
    # The wrapped key is new each time it is wrapped (a fresh nonce): the hub keeps the
    # first it gets, and a push brings one only to an event that has none.
    wrapped = hub_events.c.index_key_wrapped
    key_arrives = wrapped.is_(None) & statement.excluded.index_key_wrapped.is_not(None)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[hub_events.c.id],
            set_={
                **changes, "seq": _next_seq(),
                "index_key_wrapped": func.coalesce(wrapped, statement.excluded.index_key_wrapped),
            },
            where=differs | key_arrives,
        )
    )  # fmt: skip


BATCH = 500  # rows to a statement: one round trip for many, where most rows are new


def _chunks(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]


def _push_signups(
    connection: Connection, laptop: str, chunk: list[dict[str, Any]], report: SyncReport
) -> None:
    """Lock the hub's rows of these sign-ups and add the new ones (records.lock_and_add);
    decide the others one by one."""
    current = records.lock_and_add(connection, hub_signups, "laptop", laptop, chunk, _next_seq)
    report.pushed += len(chunk) - len(current)
    for values in chunk:
        if values["id"] in current:
            _push_signup(connection, laptop, values, current[values["id"]], report)


def _push_signup(
    connection: Connection, laptop: str, values: dict[str, Any], current: Any, report: SyncReport
) -> None:
    row = {**values, "laptop": laptop, "deleted": False}
    if _same(current, row):
        return  # pushed before: nothing changes twice
    if (current["updated_at"], current["revision"]) >= (row["updated_at"], row["revision"]):
        # Changed on another laptop later, or in the same minute and pushed first: this
        # version is kept beside it, and this laptop takes the hub's.
        _keep(connection, row)
        report.kept_older += 1
        report.lost.append(row["id"])
        return
    _keep(connection, dict(current))
    connection.execute(
        hub_signups.update()
        .where(hub_signups.c.id == values["id"])
        .values(seq=_next_seq(), **{k: v for k, v in row.items() if k != "id"})
    )
    report.pushed += 1


def _push_deletion(
    connection: Connection,
    laptop: str,
    signup_id: str,
    deleted_at: dt.datetime,
    report: SyncReport,
) -> None:
    current = _locked(connection, signup_id)
    if current is None or current["deleted"]:
        return  # never reached the hub, or already gone there
    when = deleted_at.replace(second=0, microsecond=0)  # to the minute, as edits are
    if current["updated_at"] > when:
        return  # changed elsewhere after this laptop deleted it: the change wins
    _keep(connection, dict(current))
    connection.execute(
        hub_signups.update()
        .where(hub_signups.c.id == signup_id)
        .values(
            deleted=True, laptop=laptop, updated_at=when, seq=_next_seq(),
            revision=current["revision"] + 1,
            **{name: None for name in ("personal_sealed", "email_index", "phone_index",
                                       "name_index", "name_address_index")},
        )
    )  # fmt: skip
    report.pushed += 1


def _locked(connection: Connection, signup_id: str) -> Any:
    """The hub's row of the sign-up, locked until this push commits; None if it has none."""
    return (
        connection.execute(
            select(hub_signups).where(hub_signups.c.id == signup_id).with_for_update()
        )
        .mappings()
        .first()
    )


def _same(current: Any, row: dict[str, Any]) -> bool:
    names = ("updated_at", "revision", "deleted", *CONTENT_NAMES)
    return all(_plain(current[n]) == _plain(row[n]) for n in names)


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def _keep(connection: Connection, row: dict[str, Any]) -> None:
    connection.execute(
        hub_signup_versions.insert().values(
            signup_id=row["id"],
            laptop=row["laptop"],
            updated_at=row["updated_at"],
            revision=row["revision"],
            deleted=row["deleted"],
            **{name: row[name] for name in CONTENT_NAMES},
        )
    )


# --- pull -----------------------------------------------------------------------------------


def pull(local: SessionFactory, hub: Engine, report: SyncReport) -> None:
    from desktop.store.models import Event, Signup

    with local() as session:
        since = int(get_state(session, PULLED_SEQ) or 0)
    # One snapshot for every table: a push committing between two of these reads would
    # otherwise bring letters whose sign-ups this pull did not see.
    with hub.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
        events = connection.execute(
            select(hub_events).where(hub_events.c.seq > since).order_by(hub_events.c.seq)
        ).mappings().all()  # fmt: skip
        signups = connection.execute(
            select(hub_signups).where(hub_signups.c.seq > since).order_by(hub_signups.c.seq)
        ).mappings().all()  # fmt: skip
        lost = connection.execute(
            select(hub_signups).where(hub_signups.c.id.in_(report.lost))
        ).mappings().all() if report.lost else []  # fmt: skip
        others = {kind.name: records.since(connection, kind, since) for kind in records.KINDS}
        others_lost = {
            kind.name: records.by_ids(connection, kind, report.records_lost.get(kind.name, []))
            for kind in records.KINDS
        }
    last = max(
        [since, *(r["seq"] for r in events), *(r["seq"] for r in signups)]
        + [records.last_seq(rows) for rows in others.values()]
    )
    with local.begin() as session:
        for row in events:
            event = session.get(Event, row["id"]) or Event(id=row["id"])
            for name in EVENT_COLUMNS:
                setattr(event, name, _plain(row[name]))
            session.add(event)
            unwrap_into_keyring(row)  # its repeat-signer key, when another laptop keyed it
            report.events_pulled += 1
        session.flush()
        # The sign-ups this laptop has already, read in a few queries rather than one a row
        # (session.get would flush and ask for each); flushed once at the end.
        here = _already_here(session, Signup, [row["id"] for row in signups])
        with session.no_autoflush:
            for row in signups:
                report.pulled += _pull_signup(session, Signup, row, here.get(row["id"]))
        arrived = [row["id"] for row in signups if row["id"] not in here and not row["deleted"]]
        for row in lost:  # the hub's version, whatever this laptop's time says
            report.pulled += _pull_signup(
                session, Signup, row, session.get(Signup, row["id"]), force=True
            )
        session.flush()
        for kind in records.KINDS:
            for row in others[kind.name]:
                report.records_pulled += records.pull_one(session, kind, row)
            for row in others_lost[kind.name]:
                report.records_pulled += records.pull_one(session, kind, row, force=True)
        session.flush()
        # Someone this laptop signed in too, at another table before either synced.
        report.repeats_listed = list_repeats(session, arrived)
        set_state(session, PULLED_SEQ, str(last))
        now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0, tzinfo=None)
        set_state(session, LAST_SYNC, now.isoformat())


def _already_here(session: Session, model: Any, ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        found.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(chunk)))})
    return found


def _pull_signup(
    session: Session, signup_model: Any, row: Any, signup: Any, force: bool = False
) -> int:
    if signup is not None and not force and signup.synced_revision == row["revision"]:
        return 0  # this laptop's own version, or one already pulled
    if (
        signup is not None
        and not force
        and signup.synced_revision != signup.revision  # changed here, not yet pushed
        and (signup.updated_at, signup.revision) > (row["updated_at"], row["revision"])
    ):
        return 0  # this laptop's later change wins at its next push
    if signup is not None and force and _same(row, _signup_values(signup) | {"deleted": False}):
        return 0
    if row["deleted"]:
        if signup is None:
            return 0
        session.delete(signup)  # leaves a tombstone: pushing it back changes nothing
        return 1
    if signup is None:
        signup = signup_model(id=row["id"], event_id=row["event_id"], created_at=row["created_at"])
        session.add(signup)
    for name in CONTENT_NAMES:
        setattr(signup, name, _plain(row[name]))
    # Set, not counted: the pulled version is the hub's, with its count.
    signup.updated_at = row["updated_at"]
    signup.revision = signup.synced_revision = row["revision"]
    # Even when the count is the one already here: a value left out of the UPDATE would be
    # counted up (the column's onupdate), and the pulled version pushed back.
    flag_modified(signup, "revision")
    return 1
