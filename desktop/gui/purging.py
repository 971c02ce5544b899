"""Purging what retention says must go (desktop/privacy/retention.py): soon after the
window opens and then daily while it runs, in the database thread, never in the way of
the form."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.gui.workers import Pool, logged, run_in_background
from desktop.store.sessions import SessionFactory

DAY_MS = 24 * 60 * 60 * 1000
# After the first signer's keystrokes and the database opening: nothing is urgent here.
FIRST_AFTER_MS = 5_000


class DailyPurge(QObject):
    purged = Signal(list)  # the events purged (retention.Purged), when any

    def __init__(self, sessions: SessionFactory, pool: Pool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.pool = sessions, pool
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.run)

    def start(self, first_after_ms: int = FIRST_AFTER_MS) -> None:
        QTimer.singleShot(first_after_ms, self, self.run)  # not after this object is gone
        self.timer.start()

    def run(self) -> None:
        from desktop import paths
        from desktop.geocoding.cache import GeocodeCache
        from desktop.privacy.retention import Purged, purge_due

        sessions = self.sessions

        def purge(_task: object) -> list[Purged]:
            return purge_due(sessions, cache=GeocodeCache(paths.geocode_cache_path()))

        def done(purged: list[Purged]) -> None:
            if purged:
                self.purged.emit(purged)

        run_in_background(self.pool, purge, done, logged("purging personal data"))
