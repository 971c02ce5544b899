"""Letters and emails (actions) and outbox messages between a laptop and the hub.

They travel as sign-ups do (desktop/hub/sync.py): each counts its changes (`revision`)
beside the count the hub has (`synced_revision`); a push sends those that differ, a pull
takes what has a hub number above the last one seen, a deletion travels as a tombstone,
and a repeated or interrupted sync changes nothing twice.

One rule each decides between two laptops' versions, the same on both sides of a sync:
a letter printed (`done`) stays printed, and a message sent stays sent, whoever says
otherwise; apart from that the version pushed last is the hub's. A laptop whose version
lost takes the hub's at once. So a letter printed on one laptop is printed on no other
once they have synced, and a message sent by one is sent by no other (while they are
being sent, the claims in desktop/hub/claims.py keep two laptops apart).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm.attributes import flag_modified

from desktop.hub.schema import (
    ACTION_COLUMNS,
    MESSAGE_COLUMNS,
    STACK_COLUMNS,
    VISIT_COLUMNS,
    hub_actions,
    hub_messages,
    hub_stacks,
    hub_visits,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Kind:
    name: str  # the tombstones' kind
    table: Table
    columns: tuple[str, ...]
    model: Callable[[], type[Any]]  # the laptop's ORM class (imported when first used)
    # The state no other version undoes (printed, sent); None: the later change wins.
    final: str | None = None
    key: str = "id"  # the laptop's primary key (the hub's is always `id`)
    pusher: str = "laptop"  # the hub's column naming the laptop that pushed this version
    parent: str = "signup_id"  # what must exist here for a pulled record to be taken

    def beats(self, hub: Mapping[Any, Any], other: Mapping[Any, Any]) -> bool:
        """Whether the `hub` version stands against the `other` one: a printed letter stays
        printed, a sent message sent (else the version pushed last is the hub's); a record
        without such a state goes by the later change, as a sign-up does."""
        if self.final is not None:
            return bool(hub["state"] == self.final and other["state"] != self.final)
        return bool((hub["updated_at"], hub["revision"]) > (other["updated_at"], other["revision"]))


def _action() -> type[Any]:
    from desktop.store.models import Action

    return Action


def _message() -> type[Any]:
    from desktop.store.models import OutboxMessage

    return OutboxMessage


def _stack() -> type[Any]:
    from desktop.store.models import Stack

    return Stack


def _visit() -> type[Any]:
    from desktop.store.models import Visit

    return Visit


ACTIONS = Kind("action", hub_actions, ACTION_COLUMNS, _action, final="done")
MESSAGES = Kind("message", hub_messages, MESSAGE_COLUMNS, _message, final="sent")
# Lobby day: a stack's delivery (a wrong scan undone is a change like any other) and the
# visit reports; both belong to an event, not to a signer.
STACKS = Kind("stack", hub_stacks, STACK_COLUMNS, _stack, key="code", pusher="pushed_by",
              parent="event_id")  # fmt: skip
VISITS = Kind("visit", hub_visits, VISIT_COLUMNS, _visit, pusher="pushed_by", parent="event_id")
KINDS = (ACTIONS, MESSAGES, STACKS, VISITS)


def changed(session: Session, kind: Kind) -> list[dict[str, Any]]:
    """This laptop's records of `kind` the hub does not have as they are now."""
    model = kind.model()
    waiting = or_(model.synced_revision.is_(None), model.synced_revision != model.revision)
    return [values(kind, record) for record in session.scalars(select(model).where(waiting))]


def values(kind: Kind, record: Any) -> dict[str, Any]:
    return {
        "id": getattr(record, kind.key),
        "revision": record.revision,
        **{name: getattr(record, name) for name in kind.columns},
    }


CHANGED, SAME, LOST = "changed", "same", "lost"


_UNREAD = object()


def push_one(
    connection: Connection,
    kind: Kind,
    laptop: str,
    row: dict[str, Any],
    next_seq: Any,
    current: Any = _UNREAD,
) -> str:
    """Push one record (under the caller's push lock): CHANGED on the hub, the SAME as the
    hub had, or LOST when the hub's version stood (the laptop then takes it). `current`:
    the hub's row, locked already (None: it has none)."""
    table = kind.table
    if current is _UNREAD:
        current = (
            connection.execute(select(table).where(table.c.id == row["id"]).with_for_update())
            .mappings()
            .first()
        )
    full = {**row, kind.pusher: laptop, "deleted": False}
    if current is None:
        connection.execute(table.insert().values(seq=next_seq, **full))
        return CHANGED
    if current["deleted"]:
        return LOST  # deleted on another laptop: the deletion stands
    if all(_plain(current[n]) == _plain(full[n]) for n in ("revision", *kind.columns)):
        return SAME  # pushed before (or brought by another laptop): nothing changes twice
    if kind.beats(current, full):
        return LOST
    changes = {k: v for k, v in full.items() if k != "id"}
    connection.execute(
        table.update().where(table.c.id == row["id"]).values(seq=next_seq, **changes)
    )
    return CHANGED


def lock_and_add(
    connection: Connection,
    table: Table,
    pusher: str,
    laptop: str,
    rows: list[dict[str, Any]],
    next_seq: Callable[[], Any],
) -> dict[str, Any]:
    """Lock the hub's rows of these records in one query and add the ones it lacks in one
    statement (SQLAlchemy batches the rows into few round trips); the rows it had, by id,
    locked until the push commits, for the caller to decide one by one."""
    ids = [row["id"] for row in rows]
    current = {
        row["id"]: row
        for row in connection.execute(
            select(table).where(table.c.id.in_(ids)).with_for_update()
        ).mappings()
    }
    new = [{**row, pusher: laptop, "deleted": False} for row in rows if row["id"] not in current]
    if new:
        connection.execute(table.insert().values(seq=next_seq()), new)
    return current


def push_many(
    connection: Connection,
    kind: Kind,
    laptop: str,
    rows: list[dict[str, Any]],
    next_seq: Callable[[], Any],
) -> list[str]:
    """push_one for many records; the outcome of each, in order."""
    current = lock_and_add(connection, kind.table, kind.pusher, laptop, rows, next_seq)
    return [
        push_one(connection, kind, laptop, row, next_seq(), current[row["id"]])
        if row["id"] in current
        else CHANGED
        for row in rows
    ]


def push_deletion(
    connection: Connection, kind: Kind, laptop: str, record_id: str, next_seq: Any
) -> bool:
    table = kind.table
    current = (
        connection.execute(select(table).where(table.c.id == record_id).with_for_update())
        .mappings()
        .first()
    )
    if current is None or current["deleted"]:
        return False  # never reached the hub, or already gone
    if kind.final is not None and current["state"] == kind.final:
        return False  # printed or sent: it stands
    connection.execute(
        table.update()
        .where(table.c.id == record_id)
        .values(
            deleted=True, revision=current["revision"] + 1, seq=next_seq, **{kind.pusher: laptop}
        )
    )
    return True


def since(connection: Connection, kind: Kind, last: int) -> list[Any]:
    table = kind.table
    return list(
        connection.execute(select(table).where(table.c.seq > last).order_by(table.c.seq))
        .mappings()
        .all()
    )


def by_ids(connection: Connection, kind: Kind, ids: list[str]) -> list[Any]:
    if not ids:
        return []
    table = kind.table
    return list(connection.execute(select(table).where(table.c.id.in_(ids))).mappings().all())


def last_seq(rows: list[Any]) -> int:
    return max((int(r["seq"]) for r in rows), default=0)


def pull_one(session: Session, kind: Kind, row: Any, force: bool = False) -> int:
    """Take the hub's version of one record; 1 when something changed here."""
    from desktop.store.models import Event, Signup

    model = kind.model()
    record = session.get(model, row["id"])
    if record is not None and not force and record.synced_revision == row["revision"]:
        return 0  # this laptop's own version, or one pulled before
    if (
        record is not None
        and not force
        and record.synced_revision != record.revision  # changed here, not yet pushed
        and not kind.beats(row, values(kind, record))
    ):
        return 0  # this laptop's version goes to the hub at its next push
    if row["deleted"]:
        if record is None:
            return 0
        session.delete(record)  # its tombstone, pushed back, changes nothing
        return 1
    parent = Signup if kind.parent == "signup_id" else Event
    if session.get(parent, row[kind.parent]) is None:
        return 0  # its sign-up was deleted here: the deletion reaches the hub
    if record is None:
        record = model(**{kind.key: row["id"]})
        session.add(record)
    for name in kind.columns:
        setattr(record, name, _plain(row[name]))
    # Set, not counted (the pulled version is the hub's), and always in the UPDATE: left
    # out, the column's onupdate would count it up and the version be pushed back.
    record.revision = record.synced_revision = row["revision"]
    flag_modified(record, "revision")
    return 1


def mark_pushed(session: Session, model: Any, key: str, pushed: list[dict[str, Any]]) -> None:
    """Once the hub committed: these versions are the hub's (unless changed meanwhile), in
    one statement run for all. The change count and the time of the last change are set to
    themselves: left out, their onupdate would count a change that is none."""
    from sqlalchemy import bindparam, update

    if not pushed:
        return
    table = model.__table__
    values: dict[str, Any] = {
        "synced_revision": bindparam("pushed_revision"),
        "revision": bindparam("pushed_revision"),
    }
    if "updated_at" in table.c:
        values["updated_at"] = table.c.updated_at
    statement = (
        update(table)
        .where(
            table.c[key] == bindparam("pushed_id"),
            table.c.revision == bindparam("pushed_revision"),
        )
        .values(values)
    )
    session.connection().execute(
        statement,
        [{"pushed_id": row["id"], "pushed_revision": row["revision"]} for row in pushed],
    )


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def next_seq(sequence: str) -> Any:
    return func.nextval(sequence)
