"""Looking up the pending sign-ups' street addresses from the volunteer view, in the background.

Runs when the volunteer unlocks, when the connection returns, and on the button. The
addresses are opened with the organizer's key only for the lookup, on a worker thread;
the result is a sentence for the volunteer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.districts.resolver import AddressResolver
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.sealing import Opener
from desktop.signin.pending import Outcome, PendingResolver
from desktop.store.sessions import SessionFactory

# What to do about a sign-up an address did not decide, for the volunteer.
STILL_OPEN = {
    "no_street_data": "no street ranges for the place",
    "street_not_found": "street not found",
    "number_out_of_range": "house number not on the street's ranges",
    "other_town": "the address is in another town",
    "near_boundary": "too near a district boundary",
    "several_matches": "the street is in several parts of town (add the ZIP code)",
    "no_match": "not found online",
    "unavailable": "the online lookup did not answer",
}


def summary(outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return "No pending sign-up has a street address to look up."
    decided = sum(o.resolved for o in outcomes)
    text = f"Found the districts of {decided} of {len(outcomes)} pending sign-ups."
    misses = Counter(o.miss for o in outcomes if not o.resolved and o.miss)
    if misses:
        reasons = ", ".join(f"{n} {STILL_OPEN.get(str(m), m)}" for m, n in misses.most_common())
        text += f" Still open: {reasons}. Choose their ward and precinct, or correct the address."
    return text


class PendingLookup(QObject):
    finished = Signal(str, int)  # the sentence for the volunteer, how many were decided

    def __init__(
        self,
        sessions: SessionFactory,
        event_id: str,
        pool: Pool,
        resolver: Callable[[], AddressResolver],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.event_id, self.pool, self.resolver = sessions, event_id, pool, resolver
        self.running = False

    def start(self, opener: Opener) -> bool:
        if self.running:
            return False
        self.running = True

        def work() -> list[Outcome]:
            pending = PendingResolver(self.sessions, self.resolver())
            return pending.resolve_all(self.event_id, opener)

        run_in_background(self.pool, lambda _task: work(), self._done, self._failed)
        return True

    def _done(self, outcomes: list[Outcome]) -> None:
        self.running = False
        self.finished.emit(summary(outcomes), sum(o.resolved for o in outcomes))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.finished.emit(f"Could not look up the pending addresses: {error}", 0)
