"""Exactly one laptop sends each message the hub has: a claim with a lease.

Before sending, a laptop takes the message's claim on the hub with one conditional
UPDATE: it succeeds only when the message is not sent, not deleted (nor its sign-up), and
nobody else holds an unexpired claim; PostgreSQL locks the row for the update and checks
the condition again after any wait, so of two laptops asking at once exactly one gets it.
After sending (or failing, or being told to retry later) the laptop pushes the message's
new state and gives the claim back.

A laptop that dies mid-send leaves its claim to run out (`lease`); the message is then
sent again, by whichever laptop claims it next, with the same Message-ID, so a mail
server or a reader can tell the repeat. A laptop that cannot reach the hub sends only its
own messages the hub has never seen (nobody else can hold them); the others wait.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, func, literal, or_, select, update
from sqlalchemy.exc import DBAPIError

from desktop.hub import records
from desktop.hub.schema import SEQ, hub_messages, hub_signups
from desktop.hub.sync import SyncReport, lock, push

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from desktop.settings import Settings
    from desktop.store.sessions import SessionFactory

log = logging.getLogger(__name__)
LEASE = dt.timedelta(minutes=10)  # far longer than one message takes to send


class HubClaims:
    def __init__(
        self,
        sessions: SessionFactory,
        hub: Engine | None,
        laptop: str,
        lease: dt.timedelta = LEASE,
    ) -> None:
        self.sessions, self.hub, self.laptop, self.lease = sessions, hub, laptop, lease
        self.offline = hub is None  # after one failed attempt, for the rest of the run

    def claim(self, outbox_id: str) -> bool:
        from desktop.store.models import OutboxMessage

        with self.sessions() as session:
            message = session.get(OutboxMessage, outbox_id)
            if message is None:
                return False
            row = records.values(records.MESSAGES, message)
            known_to_hub = message.synced_revision is not None
        if not self.offline:
            try:
                return self._claim_on_hub(row)
            except DBAPIError as exc:
                log.warning("the hub cannot be reached to claim a message: %s", type(exc).__name__)
                self.offline = True
        return not known_to_hub

    def _claim_on_hub(self, row: dict[str, object]) -> bool:
        assert self.hub is not None
        table = hub_messages
        signup_gone = exists().where(
            hub_signups.c.id == table.c.signup_id, hub_signups.c.deleted.is_(True)
        )
        free = or_(
            table.c.claimed_by.is_(None),
            table.c.claimed_by == self.laptop,
            table.c.claim_expires < func.now(),
        )
        with self.hub.connect() as connection:
            present = connection.execute(select(literal(1)).where(table.c.id == row["id"])).first()
        if present is None:
            # Never pushed: push what this laptop has (the sign-up before its message, as a
            # sync does), so the claim is on the hub before anything is sent.
            push(self.sessions, self.hub, self.laptop, SyncReport())
        with self.hub.begin() as connection:
            claimed = connection.execute(
                update(table)
                .where(and_(table.c.id == row["id"], table.c.state != "sent",
                            table.c.deleted.is_(False), ~signup_gone, free))
                .values(claimed_by=self.laptop,
                        claim_expires=func.now() + self.lease)
                .returning(table.c.id)
            ).first()  # fmt: skip
        return claimed is not None

    def settled(self, outbox_id: str) -> None:
        from desktop.store.models import OutboxMessage

        if self.offline or self.hub is None:
            return  # the next sync pushes the new state
        with self.sessions() as session:
            message = session.get(OutboxMessage, outbox_id)
            if message is None:
                return
            row = records.values(records.MESSAGES, message)
        try:
            with self.hub.begin() as connection:
                lock(connection)
                taken = (
                    records.push_one(
                        connection, records.MESSAGES, self.laptop, row, records.next_seq(SEQ)
                    )
                    != records.LOST
                )
                connection.execute(
                    update(hub_messages)
                    .where(hub_messages.c.id == outbox_id,
                           hub_messages.c.claimed_by == self.laptop)
                    .values(claimed_by=None, claim_expires=None)
                )  # fmt: skip
        except DBAPIError as exc:
            log.warning("the hub cannot be reached to settle a message: %s", type(exc).__name__)
            self.offline = True
            return
        if taken:
            with self.sessions.begin() as session:
                records.mark_pushed(session, records.MESSAGES.model(), "id", [row])


def for_this_laptop(sessions: SessionFactory, settings: Settings) -> HubClaims | None:
    """The claims of a laptop that joined a hub; None for a laptop alone."""
    from desktop.hub.admin import laptop_engine
    from desktop.hub.errors import HubError
    from desktop.settings import HUB_ROLE, HUB_URL

    role = settings.get(HUB_ROLE)
    if not settings.get(HUB_URL) or not role:
        return None
    try:
        engine, role = laptop_engine(settings)
    except HubError as exc:  # joined, but its password is gone: send only its own
        log.warning("the hub's password is missing: %s", exc)
        return HubClaims(sessions, None, role)
    return HubClaims(sessions, engine, role)
