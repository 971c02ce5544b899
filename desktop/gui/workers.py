"""Background work through one helper: results, progress and errors back on the main thread.

`run_in_background(pool, fn, on_done, on_error=None, on_progress=None)` runs `fn(task)` on
a QThreadPool and calls `on_done(result)` or `on_error(exception)` on the main thread;
`task.progress(value)` in the worker arrives as `on_progress(value)` on the main thread,
and the returned `Handle`'s `cancel()` makes `task.cancelled` true (work checks it at its
own safe points, or calls `task.check()`, which raises `Cancelled`). Without an
`on_error`, a failure is logged (its type, never its message: it may quote what a signer
typed) and shown by the exception hook's dialog. Database writes go through a pool of one
thread (writes stay in order); network work through another. Tests swap in `InlinePool`,
which runs the work at once, on the calling thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The work stopped because it was asked to (Handle.cancel)."""


class Task:
    """What background work gets: a way to report progress and to learn it was cancelled."""

    def __init__(self, report: Callable[[Any], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the work was asked to stop: call it at safe points."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, value: Any) -> None:
        """Report progress (delivered to on_progress on the main thread)."""
        if self._report is not None:
            self._report(value)


class Handle:
    """The caller's side of background work: cancel it.

    Made by run_in_background, or by the caller beforehand and passed in (`handle=`), so
    that a Cancel pressed while the work runs on this very thread (an inline pool, in
    tests) already has something to cancel.
    """

    def __init__(self, task: Task | None = None) -> None:
        self._task = task if task is not None else Task()

    def cancel(self) -> None:
        self._task._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled


Work = Callable[[Task], Any]
Report = Callable[[Any], None]


class Pool(Protocol):
    def _start(
        self,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Report | None,
    ) -> None: ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Report], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work(self.relay.progressed.emit)  # emitted here, delivered there
        except BaseException as exc:  # delivered to on_error; never lost in a thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class ThreadPool:
    """A QThreadPool whose results and progress come back through queued signals."""

    def __init__(self, max_threads: int) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def _start(
        self,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Report | None,
    ) -> None:
        relay = _Relay()  # lives in the main thread: its slots run there
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # its window closed while the work ran: nobody is left to tell
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self._pool.start(_Task(work, relay))

    def wait(self, milliseconds: int = -1) -> bool:
        return bool(self._pool.waitForDone(milliseconds))


class InlinePool:
    """Runs work at once on the calling thread: for tests and the command line."""

    def _start(
        self,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Report | None,
    ) -> None:
        try:
            result = work(on_progress or (lambda _value: None))
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


def _report(exc: BaseException) -> None:
    """The default on_error: log the type (never the message) and show the dialog."""
    if isinstance(exc, Cancelled):
        return
    log.error("background work failed: %s", type(exc).__name__)
    sys.excepthook(type(exc), exc, exc.__traceback__)


def logged(what: str) -> Callable[[BaseException], None]:
    """An on_error for work whose failure the person at the screen need not see (a warm-up,
    a retry that comes again): logged by type, never silently dropped."""

    def log_it(exc: BaseException) -> None:
        log.warning("%s failed: %s", what, type(exc).__name__)

    return log_it


def run_in_background(
    pool: Pool,
    fn: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Report | None = None,
    handle: Handle | None = None,
) -> Handle:
    """Run `fn(task)` in `pool`; its result, failure and progress come back on this thread."""
    handle = handle if handle is not None else Handle()
    task = handle._task

    def work(report: Report) -> Any:
        task._report = report
        return fn(task)

    pool._start(work, on_done, on_error or _report, on_progress)
    return handle
