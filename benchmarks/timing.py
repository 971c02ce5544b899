"""Medians of repeated timings, and the record each measurement ends as.

A single timing on a shared machine says little; the median of several rounds
ignores the rounds another process stole. `interleaved_medians` alternates our code
and its baselines round by round, so a burst of load hurts both sides alike and the
ratio between them stays meaningful.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any


def median_of(sample: Callable[[], float], rounds: int) -> float:
    """The median of `rounds` values from `sample` (a timing it takes itself)."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    return statistics.median(sample() for _ in range(rounds))


def time_once(run: Callable[[], object]) -> float:
    """Seconds one call of `run` takes, by the monotonic high-resolution clock."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def median_time(run: Callable[[], object], rounds: int, warmup: int = 1) -> float:
    """Median seconds of `run` over `rounds` calls, after `warmup` untimed calls."""
    for _ in range(warmup):
        run()
    return median_of(lambda: time_once(run), rounds)


def interleaved_medians(samplers: Sequence[Callable[[], float]], rounds: int) -> list[float]:
    """Medians of several samplers taken in turn, round by round, in the order given."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    samples: list[list[float]] = [[] for _ in samplers]
    for _ in range(rounds):
        for sampler, taken in zip(samplers, samples, strict=True):
            taken.append(sampler())
    return [statistics.median(taken) for taken in samples]


def paired_medians(
    ours: Callable[[], float], baseline: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Medians of two samplers taken alternately, round by round: (ours, baseline)."""
    ours_median, baseline_median = interleaved_medians([ours, baseline], rounds)
    return ours_median, baseline_median


@dataclass(frozen=True)
class Measurement:
    """One row of the report: our median, the baseline's median, and their ratio."""

    name: str
    unit: str  # "ms" or "us", for both medians
    ours: float
    baseline: float
    baseline_name: str
    rounds: int
    target: str = ""  # what we aim for, in words; empty when there is no stated target
    target_met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline > 0 else float("inf")

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio}
