"""Looking up the pending sign-ups' street addresses from the volunteer view, in the background.

Runs when the volunteer unlocks, when the connection returns, and on the button. The
addresses are opened with the organizer's key only for the lookup, on a worker thread;
the result is a sentence for the volunteer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.districts.resolver import AddressResolver
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.workers import Pool, run_in_background
from desktop.privacy.sealing import Opener
from desktop.signin.pending import Outcome, PendingResolver
from desktop.store.sessions import SessionFactory

# What to do about a sign-up an address did not decide, for the volunteer.
CONTEXT = "PendingLookup"
STILL_OPEN = {
    "no_street_data": QT_TRANSLATE_NOOP("PendingLookup", "no street ranges for the place"),
    "street_not_found": QT_TRANSLATE_NOOP("PendingLookup", "street not found"),
    "number_out_of_range": QT_TRANSLATE_NOOP("PendingLookup", "house number not on the street's ranges"),
    "other_town": QT_TRANSLATE_NOOP("PendingLookup", "the address is in another town"),
    "near_boundary": QT_TRANSLATE_NOOP("PendingLookup", "too near a district boundary"),
    "several_matches": QT_TRANSLATE_NOOP("PendingLookup", "the street is in several parts of town (add the ZIP code)"),
    "no_match": QT_TRANSLATE_NOOP("PendingLookup", "not found online"),
    "unavailable": QT_TRANSLATE_NOOP("PendingLookup", "the online lookup did not answer"),
}  # fmt: skip


def _still_open(miss: str) -> str:
    known = STILL_OPEN.get(miss)
    return QCoreApplication.translate(CONTEXT, known) if known is not None else miss


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
        self.finished.emit(self.summary(outcomes), sum(o.resolved for o in outcomes))

    def summary(self, outcomes: Sequence[Outcome]) -> str:
        """The sentence for the volunteer, in their language."""
        if not outcomes:
            return self.tr("No pending sign-up has a street address to look up.")
        decided = sum(o.resolved for o in outcomes)
        text = self.tr(
            "Found the districts of %1 of %n pending sign-up(s).", "", len(outcomes)
        ).replace("%1", str(decided))
        misses = Counter(o.miss for o in outcomes if not o.resolved and o.miss)
        if misses:
            why = self.tr("%1 %2", "a count, then why: 2 street not found")
            reasons = ", ".join(
                why.replace("%2", _still_open(str(m))).replace("%1", str(n))
                for m, n in misses.most_common()
            )
            text += " " + self.tr(
                "Still open: %1. Choose their ward and precinct, or correct the address."
            ).replace("%1", reasons)
        return text

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.finished.emit(
            self.tr("Could not look up the pending addresses: %1").replace("%1", str(error)), 0
        )
