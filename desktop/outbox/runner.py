"""The sync runner: sends what the outbox holds, safely, when the laptop is online.

For each message: it moves to `sending` (committed) before it is handed to the server,
then to `sent` (with the time) or back to `queued` with a later retry time (a transient
error: exponential backoff with jitter), or to `failed` with the server's reason (a
permanent one). A crash between the two leaves it in `sending`; the next run sends it
again with the same Message-ID: at most one duplicate per crash, recognisably the same.
Each kind is built, held back and carried as kinds.py says; one connection per channel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.crashpoints import crash_point
from desktop.districts.dataset import Dataset
from desktop.outbox.builders import Building
from desktop.outbox.claims import CLAIMED_ELSEWHERE, Claims
from desktop.outbox.content import NotSendable, open_signup
from desktop.outbox.errors import PermanentError, ServerProblem, TransientError
from desktop.outbox.kinds import KINDS, Channel
from desktop.outbox.transport import TRANSPORTS, Transport
from desktop.store.sessions import SessionFactory

if TYPE_CHECKING:
    from desktop.campaigns import Campaign
    from desktop.outbox.crm import ActionNetwork
    from desktop.outbox.messages import Sender
    from desktop.outbox.smtp import SmtpSettings
    from desktop.privacy.sealing import Opener


@dataclass(frozen=True)
class SyncConfig:
    smtp: SmtpSettings | None  # None: emails wait
    sender: Sender | None
    crm: ActionNetwork | None  # None: CRM records wait (Action Network off)
    crm_tags: tuple[str, ...] = ()
    rate_limit: float = 1.0  # emails per second; 0: no limit
    max_attempts: int = 8
    backoff_seconds: float = 30.0  # the first retry's wait; doubles each time, at most an hour
    patience_seconds: float = 120.0  # how long one run waits for a retry before it stops


@dataclass(frozen=True)
class MessageStatus:
    message_id: str  # the outbox row's id (not the email's Message-ID)
    kind: str
    state: str  # sending | sent | queued (will retry) | failed | flagged (member left)
    detail: str = ""


EXIT_SENT, EXIT_FAILED, EXIT_SERVER = 0, 1, 2


@dataclass
class SyncReport:
    """How a run ended: sent, refused for good, left to retry, or stopped by a server problem."""

    sent: int = 0
    failed: int = 0
    retrying: int = 0  # deferred by the server itself (a 4xx): retried after a back-off
    flagged: int = 0  # not sent: the member left office (a kind's hold, kinds.py)
    withdrawn: int = 0  # not sent: the signer's consent is gone (see consent.py)
    statuses: list[MessageStatus] = field(default_factory=list)
    server_problem: str = ""  # what stopped the run, and what to fix; "" when nothing did
    waiting: int = 0  # messages still queued when a server problem stopped the run

    @property
    def exit_code(self) -> int:
        """0: everything due was sent; 1: some refused for good; 2: a server problem."""
        if self.server_problem:
            return EXIT_SERVER
        return EXIT_FAILED if self.failed else EXIT_SENT

    def headline(self) -> str:
        """One line for a status bar: the same words as `lines`, shortened."""
        if self.server_problem:
            return f"Stopped: {self.server_problem}"
        parts = [f"Sent {self.sent}"]
        if self.failed:
            parts.append(f"{self.failed} refused for good: see the Outbox")
        if self.retrying:
            parts.append(f"{self.retrying} deferred by the server, to retry later")
        return ", ".join(parts) + "."

    def lines(self) -> list[str]:
        """The summary the command prints and the window shows, in the same words."""
        lines = []
        if self.server_problem:
            lines.append(
                f"Stopped: {self.server_problem} No message was charged an attempt;"
                f" {self.waiting} wait for the next sync."
            )
        lines.append(f"Sent {self.sent}.")
        failed = [s for s in self.statuses if s.state == "failed"]
        if failed:
            lines.append(f"Refused for good: {len(failed)}.")
            lines += [f"  {s.kind} {s.message_id}: {s.detail}" for s in failed]
        if self.retrying:
            lines.append(f"Deferred by the server, to retry later: {self.retrying}.")
        if self.flagged:
            lines.append(f"Not sent, the member left office: {self.flagged} (see the Outbox).")
        if self.withdrawn:
            lines.append(f"Not sent, consent withdrawn: {self.withdrawn}.")
        return lines


class SyncRunner:
    def __init__(
        self,
        sessions: SessionFactory,
        dataset: Dataset,
        opener: Opener,
        campaign_for: Callable[[str], Campaign],
        config: SyncConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        claims: Claims | None = None,
    ) -> None:
        self.sessions, self.dataset, self.opener = sessions, dataset, opener
        self.claims = claims  # with a hub: only the laptop holding a message's claim sends it
        self.campaign_for, self.config, self.sleep = campaign_for, config, sleep
        self._transports: dict[Channel, Transport] = {}  # open for this run, by channel
        self._last_send = 0.0
        self.stopped: str = ""  # why the last run stopped early (the settings need fixing)

    # -- what is due ---------------------------------------------------------------------

    def _kinds(self) -> list[str]:
        """The kinds whose channel this run can reach (the others wait)."""
        reachable: set[Channel] = set()
        if self.config.smtp is not None and self.config.sender is not None:
            reachable.add("email")
        if self.config.crm is not None:
            reachable.add("crm")
        return [kind.name for kind in KINDS.values() if kind.channel in reachable]

    def due(self, now: dt.datetime) -> list[str]:
        from sqlalchemy import or_, select

        from desktop.store.models import OutboxMessage

        statement = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.state.in_(("queued", "sending")),
                OutboxMessage.kind.in_(self._kinds()),
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
            )
            .order_by(OutboxMessage.created_at, OutboxMessage.id)
        )
        with self.sessions() as session:
            return list(session.scalars(statement))

    def _next_retry(self) -> dt.datetime | None:
        from sqlalchemy import func, select

        from desktop.store.models import OutboxMessage

        with self.sessions() as session:
            return session.scalar(
                select(func.min(OutboxMessage.next_attempt_at)).where(
                    OutboxMessage.state == "queued", OutboxMessage.kind.in_(self._kinds())
                )
            )

    # -- one run -------------------------------------------------------------------------

    def run(
        self,
        progress: Callable[[MessageStatus], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        dry_run: bool = False,
    ) -> SyncReport:
        """Send everything due; wait for retries due within `patience_seconds`, then stop."""
        from desktop.store.models import utcnow

        report = SyncReport()
        self.stopped = ""
        deadline = time.monotonic() + self.config.patience_seconds
        try:
            if not dry_run and not self._server_ready(utcnow()):
                return self._tally(report)
            while True:
                for outbox_id in self.due(utcnow()):
                    if should_stop is not None and should_stop():
                        return self._tally(report)
                    status = self._preview(outbox_id) if dry_run else self._send_one(outbox_id)
                    report.statuses.append(status)
                    if progress is not None:
                        progress(status)
                    if self.stopped:
                        return self._tally(report)
                if dry_run:
                    return report
                retry = self._next_retry()
                if retry is None:
                    break
                wait = (retry - utcnow()).total_seconds()
                if time.monotonic() + wait > deadline:
                    break
                self.sleep(max(wait, 0.0))
        finally:
            self.close()
        return self._tally(report)

    def _tally(self, report: SyncReport) -> SyncReport:
        final = {s.message_id: s for s in report.statuses}
        report.sent = sum(s.state == "sent" for s in final.values())
        report.failed = sum(s.state == "failed" for s in final.values())
        report.retrying = sum(s.state == "queued" and s.detail != "" for s in final.values())
        report.flagged = sum(s.state == "flagged" for s in final.values())
        report.withdrawn = sum(s.state == "withdrawn" for s in final.values())
        report.server_problem = self.stopped
        if self.stopped:
            from desktop.store.models import utcnow

            report.waiting = len(self.due(utcnow()))
            report.retrying = 0
        return report

    def _server_ready(self, now: dt.datetime) -> bool:
        """Connect to the mail server before any email is marked sending: a server that
        cannot be reached, or refuses us, stops the run with every message untouched."""
        from desktop.store.models import OutboxMessage

        if self.config.smtp is None or self.config.sender is None:
            return True
        with self.sessions() as session:
            due = [session.get(OutboxMessage, i) for i in self.due(now)]
        if not any(m is not None and KINDS[m.kind].channel == "email" for m in due):
            return True
        try:
            self._transport_for("email")
        except ServerProblem as exc:
            self.stopped = str(exc)
            return False
        return True

    def close(self) -> None:
        """Let go of every connection: a broken one is never reused."""
        transports, self._transports = self._transports, {}
        for transport in transports.values():
            with contextlib.suppress(OSError):  # the connection is gone already
                transport.close()

    def _transport_for(self, channel: Channel) -> Transport:
        """The channel's transport, opened on first use in a run."""
        transport = self._transports.get(channel)
        if transport is None:
            transport = TRANSPORTS[channel](self.config)
            transport.open()
            self._transports[channel] = transport
        return transport

    def _preview(self, outbox_id: str) -> MessageStatus:
        from desktop.store.models import OutboxMessage

        with self.sessions() as session:
            message = session.get(OutboxMessage, outbox_id)
            assert message is not None
            return MessageStatus(outbox_id, message.kind, message.state, "would send")

    def _send_one(self, outbox_id: str) -> MessageStatus:
        from desktop.outbox import consent
        from desktop.outbox.messages import HeaderError
        from desktop.store.models import OutboxMessage, utcnow

        with self.sessions.begin() as session:  # committed before the server sees anything
            message = session.get(OutboxMessage, outbox_id)
            assert message is not None
            kind = message.kind
            if not consent.check(session, message):  # consent taken back since it was queued
                return MessageStatus(outbox_id, kind, consent.WITHDRAWN, "consent withdrawn")
            hold = KINDS[kind].hold
            left = hold(session, message, self.dataset) if hold is not None else ""
            if left:  # never to a former member: the volunteer re-targets or drops it
                message.state, message.last_error = "flagged", left
                return MessageStatus(outbox_id, kind, "flagged", left)
            if self.claims is not None and not self.claims.claim(outbox_id):
                return MessageStatus(outbox_id, kind, CLAIMED_ELSEWHERE, "another laptop has it")
            try:
                payload = self._build(session, message)
            except (NotSendable, HeaderError) as exc:  # no such message can be sent
                message.state, message.last_error = "failed", str(exc)[:500]
                return MessageStatus(outbox_id, kind, "failed", str(exc))
            message.state, message.attempts = "sending", message.attempts + 1
            attempts = message.attempts
        crash_point("sync_sending_committed")
        try:
            self._deliver(kind, payload)
        except ServerProblem as exc:
            # The server refused us, not the message (connection, TLS, login, tags): stop.
            return self._server_problem(outbox_id, kind, str(exc))
        except TransientError as exc:
            if not exc.deferred:  # the connection went, mid-message: try again at once
                self.close()
                return self._settle(outbox_id, kind, "queued", "")
            return self._retry_later(outbox_id, kind, attempts, exc)
        except OSError as exc:
            return self._retry_later(outbox_id, kind, attempts, exc)
        except PermanentError as exc:
            return self._settle(outbox_id, kind, "failed", exc.summary, raw=exc.reason)
        crash_point("sync_server_accepted")
        status = self._settle(outbox_id, kind, "sent", "", sent_at=utcnow())
        crash_point("sync_sent_committed")
        return status

    def _settle(
        self,
        outbox_id: str,
        kind: str,
        state: str,
        detail: str,
        sent_at: dt.datetime | None = None,
        retry_at: dt.datetime | None = None,
        raw: str = "",
    ) -> MessageStatus:
        """Record a message's new state. `detail` is stored and shown as it is, so it must
        hold nothing personal; `raw` (the server's own words) is stored only sealed."""
        from desktop.store.models import OutboxMessage

        with self.sessions.begin() as session:
            message = session.get(OutboxMessage, outbox_id)
            assert message is not None
            message.state, message.sent_at = state, sent_at
            message.last_error = detail[:500] or None
            message.error_sealed = self.opener.sealer.seal(raw) if raw else None
            message.next_attempt_at = retry_at
        if self.claims is not None:
            self.claims.settled(outbox_id)
        return MessageStatus(outbox_id, kind, state, detail)

    def _server_problem(self, outbox_id: str, kind: str, problem: str) -> MessageStatus:
        """Stop the run; the message goes back to the queue as it was, charged nothing."""
        from desktop.store.models import OutboxMessage

        self.stopped = problem
        self.close()
        with self.sessions.begin() as session:
            message = session.get(OutboxMessage, outbox_id)
            assert message is not None
            message.state, message.next_attempt_at = "queued", None
            message.attempts = max(message.attempts - 1, 0)
        if self.claims is not None:
            self.claims.settled(outbox_id)
        return MessageStatus(outbox_id, kind, "queued", "")

    def _retry_later(
        self, outbox_id: str, kind: str, attempts: int, error: BaseException
    ) -> MessageStatus:
        from desktop.store.models import utcnow

        self.close()  # a broken connection is not reused
        detail = getattr(error, "summary", None) or str(error) or type(error).__name__
        raw = str(getattr(error, "reason", "") or "")  # a server's words: sealed
        if attempts >= self.config.max_attempts:
            return self._settle(
                outbox_id, kind, "failed", f"gave up after {attempts}: {detail}", raw=raw
            )
        # Exponential backoff with jitter: many laptops coming online do not stampede.
        wait = min(self.config.backoff_seconds * 2 ** (attempts - 1), 3600.0)
        wait = wait / 2 + random.uniform(0, wait / 2)
        # A server that said how long to wait (Retry-After) is not asked again sooner.
        wait = max(wait, float(getattr(error, "retry_after", None) or 0.0))
        retry_at = utcnow() + dt.timedelta(seconds=wait)
        return self._settle(outbox_id, kind, "queued", detail, retry_at=retry_at, raw=raw)

    # -- building and delivering ---------------------------------------------------------

    def _build(self, session: Any, message: Any) -> Any:
        from desktop.store.models import Event, Signup

        signup = session.get(Signup, message.signup_id)
        building = Building(
            session, message, signup, session.get(Event, message.event_id),
            open_signup(signup, self.opener), self.dataset, self.campaign_for,
            self.config.sender, self.config.crm_tags, dt.datetime.now(dt.UTC),
        )  # fmt: skip
        return KINDS[message.kind].build(building)

    def _deliver(self, kind: str, payload: Any) -> None:
        channel = KINDS[kind].channel
        if channel == "email":
            self._pace()
        self._transport_for(channel).send(payload)

    def _pace(self) -> None:
        if self.config.rate_limit <= 0:
            return
        gap = 1.0 / self.config.rate_limit - (time.monotonic() - self._last_send)
        if gap > 0:
            self.sleep(gap)
        self._last_send = time.monotonic()
