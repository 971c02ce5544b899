"""Pacing requests to a web API: a rate limit shared by every caller, and Retry-After.

Split from crm.py so the Action Network client stays about the API itself.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """At most `per_second` starts in any one-second window, across threads.

    A minimum interval between starts, not a token bucket: a bucket that holds 4 tokens
    and refills 4 a second lets 7 requests through in one second after an idle spell,
    which is exactly what Action Network's limit forbids. Slots are handed out under a lock
    and slept for outside it, so a waiting thread never blocks the others from queueing.
    """

    def __init__(
        self,
        per_second: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not per_second > 0:
            raise ValueError("the rate limit must be a positive number of requests per second")
        self.interval = 0.0 if math.isinf(per_second) else 1.0 / per_second
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_free = -math.inf

    def acquire(self) -> None:
        """Wait for this caller's turn."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_free)
            self._next_free = start + self.interval
        if start > now:
            self._sleep(start - now)

    def hold(self, seconds: float) -> None:
        """Start nothing for `seconds`: the server asked every caller, not one, to wait."""
        with self._lock:
            self._next_free = max(self._next_free, self._clock() + seconds)


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date (RFC 9110).

    None when absent or unreadable; a date in the past means no wait.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" and obsolete zones: HTTP dates are GMT
        when = when.replace(tzinfo=dt.UTC)
    current = now if now is not None else dt.datetime.now(dt.UTC)
    return max(0.0, (when - current).total_seconds())
