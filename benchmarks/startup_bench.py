"""Open plus first answer: what a person waits for the first time they ask.

Each run is a fresh interpreter (`sys.executable -c ...`), so nothing is imported or
cached in memory beforehand. The child measures itself with `time.perf_counter`
from just before `import desktop...` to the first `lookup` answer, and prints it;
interpreter start-up is left out, since no code of ours can change it. The first
run of each kind is discarded (it may compile bytecode or read a cold disk).

The baseline is the least any app could do with the same file in the same kind of
process: import sqlite3, open the dataset read-only and fetch one precincts row.
Ours adds reading the tables into dictionaries and, for a point, importing numpy
and shapely and reading and indexing every polygon.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.timing import Measurement, paired_medians
from desktop import paths

TARGET_SECONDS = 0.150

_OURS = """\
import time
start = time.perf_counter()
import desktop.paths
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
result = lookup(Dataset(desktop.paths.dataset_path()), {query})
elapsed = time.perf_counter() - start
print(repr(elapsed), result.status)
"""

_BASELINE = """\
import time
start = time.perf_counter()
import sqlite3
import sys
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro&immutable=1", uri=True)
row = connection.execute("SELECT * FROM precincts LIMIT 1").fetchone()
elapsed = time.perf_counter() - start
print(repr(elapsed), "row" if row else "empty")
"""

TOWN_QUERY = 'LookupQuery(town="Somerville")'
POINT_QUERY = "LookupQuery(lat=42.3876, lon=-71.0995)"  # Somerville City Hall


def run_child(code: str, dataset: Path) -> tuple[float, str]:
    """Seconds a fresh interpreter reports for `code`, and the word it printed after them."""
    completed = subprocess.run(
        [sys.executable, "-c", code, str(dataset)],
        cwd=paths.project_root(),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{completed.stderr.strip()}")
    seconds, word = completed.stdout.split()[-2:]
    return float(seconds), word


def measure_startup(name: str, query: str, runs: int) -> Measurement:
    """Median milliseconds to the first answer of `query`, beside the bare-sqlite baseline."""
    dataset = paths.dataset_path()
    ours_code = _OURS.format(query=query)
    answers: set[str] = set()

    def ours() -> float:
        seconds, status = run_child(ours_code, dataset)
        answers.add(status)
        return seconds

    def baseline() -> float:
        return run_child(_BASELINE, dataset)[0]

    ours()  # warm-up: bytecode caches, disk cache
    baseline()
    answers.clear()
    ours_median, baseline_median = paired_medians(ours, baseline, runs)
    return Measurement(
        name=name,
        unit="ms",
        ours=ours_median * 1000,
        baseline=baseline_median * 1000,
        baseline_name="sqlite3 import + open + 1 row",
        rounds=runs,
        target=f"< {TARGET_SECONDS * 1000:.0f} ms",
        target_met=ours_median < TARGET_SECONDS,
        note=f"{query} -> {'/'.join(sorted(answers))}; fresh interpreter per run",
    )


def startup_measurements(runs: int) -> list[Measurement]:
    return [
        measure_startup("open + first answer", TOWN_QUERY, runs),
        measure_startup("open + first point answer", POINT_QUERY, runs),
    ]
