"""What this laptop holds about people, per event: to answer a data demand honestly.

`holdings()` says, for every event, how many sign-ups hold personal data, the oldest,
what of it is sealed (readable only with the organizer's passphrase), what is plain
(readable by anyone holding the file), and when it will be purged (retention.py). It
reads counts and times only: nothing here opens a sealed record.
`tabling holdings` prints it; the volunteer view's Holdings tab shows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from desktop.privacy.retention import Retention, retentions

if TYPE_CHECKING:
    from desktop.store.sessions import SessionFactory

# Plain beside each sign-up: where the signer votes, the language, the consents, the time.
PLAIN = (
    "town", "ward", "precinct", "house district", "senate district", "congress district",
    "language", "consents", "sign-in time (to the minute)",
)  # fmt: skip
# Slow salted digests that recognise a repeat signer (they do not give the values back).
DIGESTS = ("email", "phone", "name", "name and address")


@dataclass(frozen=True)
class EventHolding:
    event_id: str
    name: str
    date: dt.date
    signups: int  # sign-ups holding personal data
    oldest: dt.datetime | None
    sealed: tuple[str, ...]  # the fields inside each sign-up's sealed record
    plain: tuple[str, ...]
    digests: tuple[str, ...]
    retention_days: int
    messages_waiting: int
    letters_waiting: int
    purge_at: dt.datetime | None  # None: nothing held, or something still waits
    purged_at: dt.datetime | None
    purged_signups: int  # sign-ups already purged (only counts remain of them)

    @property
    def when_purged(self) -> str:
        """When its personal data goes, in words."""
        if not self.signups:
            return "nothing held"
        if self.messages_waiting or self.letters_waiting:
            return (
                f"after {self.messages_waiting} messages are sent and {self.letters_waiting}"
                f" letters printed, then {self.retention_days} days"
            )
        assert self.purge_at is not None
        return f"{self.purge_at:%Y-%m-%d %H:%M} UTC"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, dt.date | dt.datetime):
                data[key] = value.isoformat()
        data["when_purged"] = self.when_purged
        return data


def _holding(state: Retention, purged_signups: int) -> EventHolding:
    from desktop.signin.fields import sealed_fields

    return EventHolding(
        state.event_id, state.name, state.date, state.signups, state.oldest,
        tuple(f.name for f in sealed_fields()), PLAIN, DIGESTS, state.retention_days,
        state.messages_waiting, state.letters_waiting, state.purge_at, state.purged_at,
        purged_signups,
    )  # fmt: skip


def holdings(sessions: SessionFactory) -> list[EventHolding]:
    from sqlalchemy import select

    from desktop.store.models import EventCount

    with sessions() as session:
        rows = session.execute(
            select(EventCount.event_id, EventCount.count).where(
                EventCount.kind == "signups", EventCount.key == "all"
            )
        )
        purged = {str(event_id): int(count) for event_id, count in rows}
        return [_holding(state, purged.get(state.event_id, 0)) for state in retentions(session)]
