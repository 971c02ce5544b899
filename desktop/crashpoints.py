"""Named crash points: the process kills itself at an exact step, for the crash tests.

`TABLING_CRASH_AT=signin_after_commit` kills the process the first time that point is
reached; `TABLING_CRASH_AT=import_row_saved:37` the 37th time. A test then checks that
nothing was lost or sent twice, at that step and no other, however fast the machine is
(a kill after a random sleep lands somewhere different on every machine). Unset, as it
always is outside the tests, a crash point costs one dictionary lookup.

The points: `signin_before_commit`, `signin_after_commit` (desktop/signin/service.py),
`import_row_saved` (after each row an import saved), `sync_sending_committed` (a message
marked sending, before the server sees it), `sync_server_accepted` (the server took the
message, before it is marked sent), `sync_sent_committed` (desktop/outbox/runner.py).
"""

from __future__ import annotations

import os
import signal
import sys

VARIABLE = "TABLING_CRASH_AT"
_hits: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Kill this process here if TABLING_CRASH_AT names this point (and this count)."""
    wanted = os.environ.get(VARIABLE)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] < (int(count) if count.isdigit() else 1):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no atexit: as a power cut
    os._exit(137)
