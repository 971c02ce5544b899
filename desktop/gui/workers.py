"""Background work through one helper, results delivered back on the main thread.

`run_in_background(fn, on_done, on_error, pool=...)` runs `fn` on a QThreadPool and
calls `on_done(result)` or `on_error(exception)` on the main thread. Database writes
go through a pool of one thread (writes stay in order); network work through another.
Tests swap in `InlinePool`, which runs the work at once, on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Pool(Protocol):
    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_error; never lost in a thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class ThreadPool:
    """A QThreadPool whose results come back through queued signals."""

    def __init__(self, max_threads: int) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()  # lives in the main thread: its slots run there
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Task(fn, relay))

    def wait(self, milliseconds: int = -1) -> bool:
        return bool(self._pool.waitForDone(milliseconds))


class InlinePool:
    """Runs work at once on the calling thread: for tests and the command line."""

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)


class Pools:
    """The app's two pools: database writes, one at a time; network work."""

    def __init__(self, database: Pool | None = None, network: Pool | None = None) -> None:
        self.database = database or ThreadPool(1)
        self.network = network or ThreadPool(4)

    @classmethod
    def inline(cls) -> Pools:
        return cls(InlinePool(), InlinePool())

    def wait(self, milliseconds: int) -> None:
        """Let running work finish (at quit), so no result arrives at a deleted object."""
        for pool in (self.database, self.network):
            if isinstance(pool, ThreadPool):
                pool.wait(milliseconds)


def run_in_background(
    pool: Pool,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    def report(exc: BaseException) -> None:
        log.error("background work failed: %s", type(exc).__name__)
        raise exc

    pool.submit(fn, on_done, on_error or report)
