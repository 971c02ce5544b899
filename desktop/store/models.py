"""The tables of the user's database.

Personal fields (names, street address, email, phone, a personal note, and any field the
field table adds) exist only inside one sealed record per sign-up (`personal_sealed`,
see desktop/privacy/sealed_record.py) and as slow blind-index digests for recognising a
repeat signer (`*_index`). tests/store/test_models.py checks the columns and the field
table against an allow-list: there is no place for immigration status, a birth date or an
ID number.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    event,
    false,
    insert,
    literal_column,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import (
    DeclarativeBase,
    InstrumentedAttribute,
    Mapped,
    mapped_column,
    relationship,
)
from sqlalchemy.sql.elements import ColumnClause


def new_id() -> str:
    """A UUID made on this laptop: unique without asking any server."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def utc_minute() -> dt.datetime:
    """Now, to the minute: when a sign-up was made is kept no finer than this (issue 14)."""
    return utcnow().replace(second=0, microsecond=0)


class Base(DeclarativeBase):
    pass


DEFAULT_RETENTION_DAYS = 30


class OrganizerKey(Base):
    """The organizer's key pair: the public half in clear, the private half under the passphrase."""

    __tablename__ = "organizer_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    encrypted_private_key: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary)
    opslimit: Mapped[int] = mapped_column(Integer)
    memlimit: Mapped[int] = mapped_column(Integer)
    index_salt: Mapped[bytes] = mapped_column(LargeBinary)
    # The blind index's Argon2id cost, kept with its salt: digests made at one cost match
    # only digests made at the same cost.
    index_opslimit: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    index_memlimit: Mapped[int] = mapped_column(
        Integer, default=16 * 1024 * 1024, server_default=str(16 * 1024 * 1024)
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AppState(Base):
    """Small facts about this installation, such as the current event."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class Event(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    campaign_id: Mapped[str] = mapped_column(String(100))
    actions: Mapped[list[str]] = mapped_column(JSON)  # letter, email, call
    languages: Mapped[list[str]] = mapped_column(JSON)  # en, es, pt, ht, zh, vi
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # How this event's repeat signers are recognised (desktop/privacy/event_index.py):
    # "keyring" (a key in the OS keyring, named by index_key_id), "argon2id" (this event's
    # salt and cost below) or "installation" (events made before digests were per event).
    index_scheme: Mapped[str] = mapped_column(
        String(20), default="installation", server_default="installation"
    )
    index_key_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    index_salt: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    index_opslimit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    index_memlimit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Days the sign-ups' personal data is kept after everything the event queued was sent
    # and printed (desktop/privacy/retention.py), and when it was last purged.
    retention_days: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_RETENTION_DAYS, server_default=str(DEFAULT_RETENTION_DAYS)
    )
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    signups: Mapped[list[Signup]] = relationship(back_populates="event")


class EventCount(Base):
    """What is left of an event's purged sign-ups: counts that identify no one.

    kind: signups (key "all"), district ("house:4th Hampden"), action ("letter"),
    language ("es"), message ("legislator_email:sent"); added to at each purge.
    """

    __tablename__ = "event_counts"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SignupContent:
    """What a sign-up holds, declared once: the sign-up itself and its saved earlier versions.

    A merge keeps the version before it and the one it merged in (SignupSnapshot), so a
    volunteer can split the two back apart with nothing lost.
    """

    source: Mapped[str] = mapped_column(String(20), default="kiosk")  # kiosk | import
    status: Mapped[str] = mapped_column(String(20))  # resolved | pending
    language: Mapped[str] = mapped_column(String(8))
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_updates_email: Mapped[bool] = mapped_column(Boolean, default=False)  # email me updates
    consent_updates_text: Mapped[bool] = mapped_column(  # text me updates
        Boolean, default=False, server_default=false()
    )

    # Where the signer votes: a town and districts, which many people share.
    town: Mapped[str | None] = mapped_column(String(100))
    ward: Mapped[str | None] = mapped_column(String(8))
    precinct: Mapped[str | None] = mapped_column(String(8))
    house_district: Mapped[str | None] = mapped_column(String(100))
    senate_district: Mapped[str | None] = mapped_column(String(100))
    congress_district: Mapped[str | None] = mapped_column(String(4))

    # The personal fields (desktop/signin/fields.py), one sealed record sealed with the
    # organizer's public key (desktop/privacy/sealed_record.py). None only for a sign-up
    # saved before 0006 whose fields the organizer has not yet unlocked to re-seal.
    personal_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Whether the record holds an email and a phone: a locked kiosk queues a confirmation
    # and a CRM record by these, without opening anything.
    has_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    has_phone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # Slow salted digests, so a locked kiosk can recognise the same person twice.
    email_index: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_index: Mapped[str | None] = mapped_column(String(64), index=True)
    name_index: Mapped[str | None] = mapped_column(String(64), index=True)
    name_address_index: Mapped[str | None] = mapped_column(String(64), index=True)


# The columns a merge copies and a split puts back.
CONTENT_COLUMNS = tuple(name for name in SignupContent.__annotations__ if not name.startswith("_"))


class Signup(SignupContent, Base):
    __tablename__ = "signups"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    # To the minute (utc_minute), so the time says less about who stood at the table;
    # lists break ties in the order the sign-ups were saved (SIGNUP_ORDER).
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_minute)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_minute, onupdate=utc_minute
    )
    # Counts the changes made to this sign-up (every update adds one), and the count the
    # coalition hub has (desktop/hub/sync.py): they differ while a change waits to be
    # pushed. Times are kept to the minute, so they cannot say what changed since.
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("signups.revision + 1")
    )
    synced_revision: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="signups")
    actions: Mapped[list[Action]] = relationship(
        back_populates="signup", cascade="all, delete-orphan", order_by="Action.created_at"
    )


class Tombstone(Base):
    """A sign-up, letter or email (action) or outbox message deleted on this laptop, so the
    deletion reaches the coalition hub too (desktop/hub/sync.py): it holds the id, the
    kind and the time, nothing of the person."""

    __tablename__ = "tombstones"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the record's
    kind: Mapped[str] = mapped_column(String(10), default="signup", server_default="signup")
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


def _leave_a_tombstone(kind: str, connection: Connection, record_id: str) -> None:
    # In the deleting transaction: the deletion and its tombstone commit or fail together.
    connection.execute(
        insert(Tombstone)
        .values(id=record_id, kind=kind, deleted_at=utcnow())
        .prefix_with("OR REPLACE")
    )


@event.listens_for(Signup, "after_delete")
def _signup_deleted(_mapper: object, connection: Connection, target: Signup) -> None:
    _leave_a_tombstone("signup", connection, target.id)


# Sign-ups in the order they were saved: by time (to the minute), then by SQLite's rowid
# (which only grows, and which VACUUM renumbers in the same order).
SIGNUP_ORDER: tuple[InstrumentedAttribute[dt.datetime], ColumnClause[Any]] = (
    Signup.created_at,
    literal_column("signups.rowid"),
)


class Merge(Base):
    """One sign-up merged into another: undone by a split, which puts both back."""

    __tablename__ = "merges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    signup_id: Mapped[str] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"), index=True)
    # email | phone | name_address (a repeat recognised) | volunteer (chosen in the view)
    reason: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The merged-in sign-up's printed letters and sent messages, moved to this one: a
    # split moves them back. {"actions": [ids], "messages": [ids]}
    moved: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)

    snapshots: Mapped[list[SignupSnapshot]] = relationship(
        back_populates="merge", cascade="all, delete-orphan"
    )


class SignupSnapshot(SignupContent, Base):
    """A sign-up as it was before a merge (`before`), or the sign-in merged into it (`incoming`)."""

    __tablename__ = "signup_snapshots"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    merge_id: Mapped[str] = mapped_column(ForeignKey("merges.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # before | incoming
    signed_in_at: Mapped[dt.datetime] = mapped_column(DateTime)
    original_id: Mapped[str | None] = mapped_column(String(36))  # the sign-up it was, if any

    merge: Mapped[Merge] = relationship(back_populates="snapshots")


class DuplicateSuggestion(Base):
    """Two sign-ups that may be one person: the volunteer decides, nothing merges by itself."""

    __tablename__ = "duplicate_suggestions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    signup_id: Mapped[str] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[str] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"), index=True)
    # same_name | shared_email | shared_phone | similar (names and addresses alike)
    reason: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decision: Mapped[str | None] = mapped_column(String(10))  # separate | merged
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportedRow(Base):
    """A line of an imported file already saved: a rerun of the same file skips it.

    `file_digest` is the SHA-256 of the whole file: it names the file, not a person.
    """

    __tablename__ = "imported_rows"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    file_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    signup_id: Mapped[str | None] = mapped_column(
        ForeignKey("signups.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Action(Base):
    """One thing a signer asked for, towards one legislator: a letter, an email, a call."""

    __tablename__ = "actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signup_id: Mapped[str] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # letter | email | call
    chamber: Mapped[str] = mapped_column(String(10))  # house | senate | congress | us_senate
    district: Mapped[str | None] = mapped_column(String(100))
    member_id: Mapped[str | None] = mapped_column(String(100))
    member_name: Mapped[str | None] = mapped_column(String(200))
    # waiting (district not decided yet) | ready | done | skipped
    state: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Changes counted for the coalition hub, as a sign-up's are (desktop/hub/sync.py).
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("actions.revision + 1")
    )
    synced_revision: Mapped[int | None] = mapped_column(Integer)

    signup: Mapped[Signup] = relationship(back_populates="actions")


@event.listens_for(Action, "after_delete")
def _action_deleted(_mapper: object, connection: Connection, target: Action) -> None:
    _leave_a_tombstone("action", connection, target.id)


class OutboxMessage(Base):
    """Something to send when online: an email in a signer's name, their confirmation, a CRM record.

    The content is built at sending time from the sealed sign-up; what is fixed when it
    is queued (in the sign-up's own transaction) is what it is and its Message-ID, so a
    message sent twice after a crash is recognisably the same message.
    """

    __tablename__ = "outbox"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    signup_id: Mapped[str] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # legislator_email | confirmation | crm_signup
    chamber: Mapped[str | None] = mapped_column(String(10))
    member_id: Mapped[str | None] = mapped_column(String(100))
    message_id: Mapped[str | None] = mapped_column(String(200))
    # held (district not decided) | queued | sending | sent | failed
    state: Mapped[str] = mapped_column(String(10), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Why it is not sent, in words that hold nothing personal ("recipient refused (550 5.1.1)");
    # the server's own reply, which may repeat the address, only sealed.
    last_error: Mapped[str | None] = mapped_column(String(500))
    error_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Changes counted for the coalition hub, as a sign-up's are (desktop/hub/sync.py).
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("outbox.revision + 1")
    )
    synced_revision: Mapped[int | None] = mapped_column(Integer)


@event.listens_for(OutboxMessage, "after_delete")
def _message_deleted(_mapper: object, connection: Connection, target: OutboxMessage) -> None:
    _leave_a_tombstone("message", connection, target.id)


# Lobby day (issue 16). A stack is one office's letters printed together, under a cover
# sheet that carries the stack's code; scanning that code marks the stack delivered.
VISIT_MET = ("member", "staff", "nobody")
VISIT_POSITIONS = ("supports", "undecided", "opposes", "not_said")


class Stack(Base):
    """One office's letters printed under one cover sheet, and whether it was delivered."""

    __tablename__ = "stacks"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)  # the lobby day it was printed for
    chamber: Mapped[str] = mapped_column(String(10))  # house | senate
    district: Mapped[str | None] = mapped_column(String(100))
    member_id: Mapped[str] = mapped_column(String(100))
    member_name: Mapped[str] = mapped_column(String(200))
    room: Mapped[str | None] = mapped_column(String(100))  # as the roster writes it
    letters: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    laptop: Mapped[str | None] = mapped_column(String(63))
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    delivered_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("stacks.revision + 1")
    )
    synced_revision: Mapped[int | None] = mapped_column(Integer)


class StackLetter(Base):
    """Which letters a stack holds (no foreign key: a purge deletes the letters, not this)."""

    __tablename__ = "stack_letters"

    stack_code: Mapped[str] = mapped_column(
        ForeignKey("stacks.code", ondelete="CASCADE"), primary_key=True
    )
    action_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class Visit(Base):
    """A visit to a legislator's office on lobby day: who was met and where they stand."""

    __tablename__ = "visits"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date)
    chamber: Mapped[str] = mapped_column(String(10))
    district: Mapped[str | None] = mapped_column(String(100))
    member_id: Mapped[str] = mapped_column(String(100))
    member_name: Mapped[str] = mapped_column(String(200))
    met: Mapped[str] = mapped_column(String(10))  # VISIT_MET
    staffer: Mapped[str | None] = mapped_column(String(200))  # the staffer met, if named
    position: Mapped[str] = mapped_column(String(12))  # VISIT_POSITIONS
    commitment: Mapped[str | None] = mapped_column(Text)  # in the member's words
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    laptop: Mapped[str | None] = mapped_column(String(63))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("visits.revision + 1")
    )
    synced_revision: Mapped[int | None] = mapped_column(Integer)
