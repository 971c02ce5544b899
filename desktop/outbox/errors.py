"""What a transport raises, shared by all of them: the runner knows only these three.

- `ServerProblem`: nothing can be sent until a setting is fixed (no connection, a refused
  login or key, an untrusted certificate, a tag that cannot be made): the run stops,
  costing no message an attempt.
- `TransientError`: try this message again. `deferred` when the server itself asked to
  wait (a 4xx, a 429): it waits in back-off, `retry_after` at least; otherwise (the
  connection went mid-message) it goes again at once.
- `PermanentError`: this message is refused for good.

Each has `summary`, words that hold nothing personal (stored in the clear and shown), and
`reason`, the server's own words (stored only sealed).
"""

from __future__ import annotations


class OutboxError(Exception):
    summary: str = ""
    reason: str = ""


class ServerProblem(OutboxError):
    """Stops the run: what to fix, in plain words."""


class TransientError(OutboxError):
    deferred: bool = True
    retry_after: float | None = None


class PermanentError(OutboxError):
    """Refused for good."""
