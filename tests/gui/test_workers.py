"""The one background helper: results, progress and cancel, on a real thread pool."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.workers import Cancelled, Handle, Task, ThreadPool, run_in_background


def test_progress_arrives_on_the_main_thread_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    pool = ThreadPool(1)
    main = threading.get_ident()
    seen: list[tuple[int, bool]] = []
    outcome: list[object] = []
    release = threading.Event()

    def work(task: Task) -> int:
        for step in range(1000):
            task.check()
            task.progress(step)
            if step == 3:
                release.wait(5)  # hold here until the test has pressed Cancel
        return -1

    handle = run_in_background(
        pool, work, outcome.append, outcome.append,
        on_progress=lambda step: seen.append((step, threading.get_ident() == main)),
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=5000)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled) and handle.cancelled
    assert all(on_main for _step, on_main in seen) and len(seen) < 10
    pool.wait(5000)


def test_a_failure_without_its_own_handler_is_logged_by_type_and_shown(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[type[BaseException]] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, _value, _trace: shown.append(kind))
    pool = ThreadPool(1)

    def fail(_task: Task) -> None:
        raise ValueError("jane@example.org is not here")  # a message may quote a signer

    run_in_background(pool, fail, lambda _result: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [ValueError]
    assert "background work failed: ValueError" in caplog.text
    assert "jane@example.org" not in caplog.text
    pool.wait(5000)


def test_a_handle_made_first_cancels_work_that_runs_at_once() -> None:
    from desktop.gui.workers import InlinePool

    handle = Handle()
    results: list[object] = []

    def work(task: Task) -> str:
        handle.cancel()  # as a Cancel pressed during an inline run
        task.check()
        return "finished"

    run_in_background(InlinePool(), work, results.append, results.append, handle=handle)
    assert isinstance(results[0], Cancelled)
