"""A sealed bundle: one event's records on a USB stick, from laptop to laptop, no network.

The bundle holds what a hub sync carries for the event (the event, its sign-ups with their
sealed personal data, their letters and emails, their outbox messages, and the deletions
this laptop made), sealed whole to the organizer's public key: the file on the stick says
which event and how many records, nothing else. Beside it travels the organizer's key
record as every laptop keeps it (the private key locked by the passphrase), so a fresh
laptop can take it, as joining a hub does; importing asks for the passphrase.

Importing applies the same rules as a hub sync (desktop/hub/sync.py, records.py): the later
change of a sign-up wins, a printed letter stays printed, a sent message stays sent, a
deletion deletes; so importing twice, or importing what the hub already brought, changes
nothing. What is imported stays marked as not yet on the hub, so a laptop that later syncs
pushes it (a push of what the hub already has changes nothing there either).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.hub import records
from desktop.hub.errors import HubError
from desktop.hub.schema import CONTENT_NAMES
from desktop.hub.sync import EVENT_COLUMNS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.privacy.keys import KeyRecord
    from desktop.privacy.sealing import Opener

FORMAT = "tabling-bundle"
VERSION = 1
SIGNUP_COLUMNS = ("event_id", "created_at", "updated_at", "revision", *CONTENT_NAMES)


@dataclass
class BundleReport:
    event: str = ""
    signups: int = 0  # sign-ups added or changed here
    records: int = 0  # letters, emails and messages added or changed here
    deleted: int = 0
    unchanged: int = 0

    def line(self) -> str:
        return (
            f"Imported {self.event}: {self.signups} sign-up(s), {self.records} letter, email"
            f" and message record(s) and {self.deleted} deletion(s) changed this laptop;"
            f" {self.unchanged} record(s) it had already."
        )


# --- writing ---------------------------------------------------------------------------------


def export_bundle(session: Session, event_id: str, laptop: str) -> dict[str, Any]:
    """The bundle of one event as a JSON-ready document (see `write`)."""
    from desktop.organizer import require_key_record
    from desktop.privacy.sealing import Sealer
    from desktop.store.models import Action, Event, OutboxMessage, Signup, Stack, Tombstone, Visit

    event = session.get(Event, event_id)
    if event is None:
        raise HubError(f"There is no event {event_id!r}: see `tabling event list`.")
    keys = require_key_record(session)
    signups = list(session.scalars(select(Signup).where(Signup.event_id == event_id)))
    ids = [s.id for s in signups]
    actions = session.scalars(select(Action).where(Action.signup_id.in_(ids))).all()
    messages = session.scalars(
        select(OutboxMessage).where(OutboxMessage.event_id == event_id)
    ).all()
    stacks = session.scalars(select(Stack).where(Stack.event_id == event_id)).all()
    visits = session.scalars(select(Visit).where(Visit.event_id == event_id)).all()
    from desktop import secrets

    keyed = event.index_scheme == "keyring" and event.index_key_id
    index_key = secrets.get_index_key(event.index_key_id) if keyed and event.index_key_id else None
    payload = {
        "event": {"id": event.id, **{n: getattr(event, n) for n in EVENT_COLUMNS}},
        # The event's repeat-signer key, inside the seal: the other laptop recognises the
        # same repeat signers (desktop/privacy/event_index.py).
        "index_key": index_key,
        "signups": [{"id": s.id, **{n: getattr(s, n) for n in SIGNUP_COLUMNS}} for s in signups],
        "actions": [records.values(records.ACTIONS, a) for a in actions],
        "messages": [records.values(records.MESSAGES, m) for m in messages],
        "stacks": [records.values(records.STACKS, x) for x in stacks],
        "visits": [records.values(records.VISITS, v) for v in visits],
        # Every deletion this laptop made: ids only; one of another event changes nothing.
        "tombstones": [
            {"id": t.id, "kind": t.kind, "deleted_at": t.deleted_at}
            for t in session.scalars(select(Tombstone))
        ],
    }
    sealed = Sealer(keys.public_key).seal(json.dumps(_plain(payload), ensure_ascii=False))
    return {
        "format": FORMAT,
        "version": VERSION,
        "laptop": laptop,
        "made_at": dt.datetime.now(dt.UTC).replace(second=0, microsecond=0).isoformat(),
        "event": {"id": event.id, "name": event.name, "date": event.date.isoformat()},
        "counts": {
            "signups": len(signups),
            "actions": len(actions),
            "messages": len(messages),
            "stacks": len(stacks),
            "visits": len(visits),
        },
        "key": _plain(dataclasses.asdict(keys)),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }


def write(document: Mapping[str, Any], path: Path) -> None:
    """Write the bundle readable by its owner alone; a file is complete or not there."""
    from desktop.private_files import open_private_text

    partial = path.with_name(path.name + ".partial")
    with open_private_text(partial) as handle:
        json.dump(document, handle)
    partial.replace(path)


# --- reading ---------------------------------------------------------------------------------


def read(path: Path) -> dict[str, Any]:
    """The bundle's document; HubError naming the file and what to do when it is not one."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HubError(f"There is no file {path}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise HubError(
            f"{path} is not a tabling bundle, or it was damaged on the way (a stick pulled"
            " out while copying?): export it again on the laptop it came from."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HubError(f"{path} is not a tabling bundle.")
    if document.get("version") != VERSION:
        raise HubError(
            f"{path} was made by another version of the app (bundle version "
            f"{document.get('version')}): update the app on both laptops."
        )
    return document


def key_record(document: Mapping[str, Any]) -> KeyRecord:
    from desktop.privacy.keys import KeyRecord

    key = document["key"]
    names = [f.name for f in dataclasses.fields(KeyRecord)]
    values: dict[str, Any] = {
        n: base64.b64decode(key[n]) if isinstance(key[n], str) else key[n] for n in names
    }
    return KeyRecord(**values)


def take_key(session: Session, document: Mapping[str, Any]) -> None:
    """A fresh laptop takes the bundle's organizer key; one with another key refuses."""
    from desktop.organizer import adopt
    from desktop.organizer import key_record as own_key

    theirs = key_record(document)
    own = own_key(session)
    if own is None:
        adopt(session, theirs)
    elif own.public_key != theirs.public_key:
        raise HubError(
            "This bundle is sealed to another organizer's key than this laptop's: only a "
            "laptop of the same coalition can import it."
        )


def import_bundle(session: Session, document: Mapping[str, Any], opener: Opener) -> BundleReport:
    """Apply the bundle to this laptop's database; the caller commits."""
    from desktop.privacy.sealing import CannotOpen
    from desktop.store.models import Event, Signup

    try:
        payload = json.loads(opener.open(base64.b64decode(document["sealed"])))
    except (CannotOpen, ValueError, KeyError):
        raise HubError(
            "The bundle cannot be opened with this organizer key: it is damaged, or it was"
            " made for another coalition."
        ) from None
    report = BundleReport(event=str(document.get("event", {}).get("name", "")))
    event_row = _typed(payload["event"], Event)
    event = session.get(Event, event_row["id"]) or Event(id=event_row["id"])
    for name in EVENT_COLUMNS:
        setattr(event, name, event_row[name])
    session.add(event)
    session.flush()
    _keep_index_key(event_row, payload.get("index_key"))
    for row in payload["signups"]:
        changed = _import_signup(session, _typed(row, Signup))
        report.signups += changed
        report.unchanged += not changed
    for kind, rows in ((records.ACTIONS, payload["actions"]),
                       (records.MESSAGES, payload["messages"]),
                       (records.STACKS, payload.get("stacks", [])),
                       (records.VISITS, payload.get("visits", []))):  # fmt: skip
        model = kind.model()
        for row in rows:
            changed = _import_record(session, kind, _typed(row, model))
            report.records += changed
            report.unchanged += not changed
    session.flush()
    known: dict[str, type[Any]] = {
        "signup": Signup, "action": records.ACTIONS.model(), "message": records.MESSAGES.model(),
    }  # fmt: skip
    for tombstone in payload["tombstones"]:
        gone = known.get(tombstone["kind"])
        record = session.get(gone, tombstone["id"]) if gone is not None else None
        if record is not None:
            session.delete(record)  # leaves a tombstone here too, for the hub
            report.deleted += 1
    return report


def _keep_index_key(event: Mapping[str, Any], key: str | None) -> None:
    """The event's repeat-signer key into this keyring, unless it is there already."""
    from desktop import secrets

    if not key or not event.get("index_key_id"):
        return
    here = secrets.get_index_key(event["index_key_id"])
    if here is None and secrets.secure_keyring_available():
        secrets.set_index_key(event["index_key_id"], base64.b64decode(key))


def _import_signup(session: Session, row: dict[str, Any]) -> bool:
    from desktop.store.models import Signup

    signup = session.get(Signup, row["id"])
    if signup is not None and (signup.updated_at, signup.revision) >= (
        row["updated_at"],
        row["revision"],
    ):
        return False  # the same version, or a later one made here
    if signup is None:
        signup = Signup(id=row["id"], event_id=row["event_id"], created_at=row["created_at"])
        session.add(signup)
    for name in CONTENT_NAMES:
        setattr(signup, name, row[name])
    signup.updated_at = row["updated_at"]
    _set_revision(signup, row["revision"])
    return True


def _import_record(session: Session, kind: records.Kind, row: dict[str, Any]) -> bool:
    from desktop.store.models import Event, Signup

    record = session.get(kind.model(), row["id"])
    if record is not None:
        here = records.values(kind, record)
        if here == row or kind.beats(here, row) or record.revision > row["revision"]:
            return False  # the same, printed or sent here, or changed here since
    parent = Signup if kind.parent == "signup_id" else Event
    if session.get(parent, row[kind.parent]) is None:
        return False  # its sign-up was deleted here
    if record is None:
        record = kind.model()(**{kind.key: row["id"]})
        session.add(record)
    for name in kind.columns:
        setattr(record, name, row[name])
    _set_revision(record, row["revision"])
    return True


def _set_revision(record: Any, revision: int) -> None:
    """The bundle's count of changes, not counted up again, and not yet on the hub: the
    next sync pushes it (where the hub has it already, that changes nothing)."""
    from sqlalchemy.orm.attributes import flag_modified

    record.revision = revision
    record.synced_revision = None
    flag_modified(record, "revision")


# --- JSON ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready: bytes as base64, dates and times as ISO text."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _typed(row: Mapping[str, Any], model: type[Any]) -> dict[str, Any]:
    """A row read back from JSON with the model's types: bytes, dates and times again."""
    from sqlalchemy import Date, DateTime, LargeBinary

    columns = model.__table__.columns
    typed: dict[str, Any] = {}
    for name, value in row.items():
        column = columns.get(name)
        if value is None or column is None:
            typed[name] = value
        elif isinstance(column.type, LargeBinary):
            typed[name] = base64.b64decode(value)
        elif isinstance(column.type, DateTime):
            typed[name] = dt.datetime.fromisoformat(value)
        elif isinstance(column.type, Date):
            typed[name] = dt.date.fromisoformat(value)
        else:
            typed[name] = value
    return typed
