"""100 letters to a printer through Qt's print system, beside the same letters through `lp`.

Both print the same PDF (100 letters with their three cover sheets, rendered once, outside
the timing) to the same cups-pdf queue on the tests' private CUPS scheduler
(tests/cups_queue.py, which needs root). Timed: from the call until the print system has
accepted the job, which is what the volunteer waits for before the letters count as printed.
The lp path uploads the vector PDF; the Qt path renders every page at the printer's
resolution (600 dpi here, the most it takes) and spools the pictures, as on Windows. The
row's note gives the spooled job's size as CUPS counts it (lpstat), for both.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from benchmarks.letters_bench import bench_jobs
from benchmarks.timing import Measurement, paired_medians, time_once
from desktop.campaigns import campaigns_dir, load_campaign
from desktop.letters.batch import render_batch

LETTERS = 100


def _spooled_bytes(queue: object, job: int) -> int:
    """The job's size in CUPS's history: `lpstat -W all -o` gives "QUEUE-N USER BYTES DATE"."""
    from tests.cups_queue import CupsQueue

    assert isinstance(queue, CupsQueue)
    listing = queue.run(queue.tools.lpstat, "-W", "all", "-o", queue.printer)
    for line in listing.splitlines():
        fields = line.split()
        if fields and fields[0] == f"{queue.printer}-{job}":
            return int(fields[2])
    return 0


def print_measurements(rounds: int) -> list[Measurement]:
    name = f"{LETTERS} letters to a printer, Qt path"
    if os.geteuid() != 0:
        print(f"skipping {name}: the private CUPS scheduler needs root", file=sys.stderr)
        return []
    from tests.cups_queue import SetupError, find_tools, forget_cached_server, private_queue

    try:
        tools = find_tools()
    except BaseException as missing:  # pytest.fail's exception, outside pytest
        print(f"skipping {name}: {missing}", file=sys.stderr)
        return []
    from PySide6.QtGui import QGuiApplication

    from desktop.gui.qt_printing import QtBackend
    from desktop.printing.cups_backend import CupsBackend

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    campaign = load_campaign(campaigns_dir() / "safe-communities-act.yaml")
    jobs = bench_jobs(34)[:LETTERS]
    rounds = min(rounds, 3)  # a Qt round is tens of seconds
    with tempfile.TemporaryDirectory(prefix="tabling-print-bench-") as folder:
        pdf = Path(folder) / "letters.pdf"
        report = render_batch(jobs, campaign, pdf)
        try:
            setup = private_queue(tools)
            queue = setup.__enter__()
        except SetupError as error:
            print(f"skipping {name}: {error}", file=sys.stderr)
            return []
        try:
            if queue.server is not None:
                os.environ["CUPS_SERVER"] = queue.server
            forget_cached_server()
            sizes: dict[str, int] = {}

            def timed(backend: CupsBackend | QtBackend) -> float:
                seconds = time_once(lambda: backend.print_pdf(pdf, queue.printer))
                sizes[backend.name] = _spooled_bytes(queue, queue.latest_job())
                return seconds

            qt, lp = QtBackend(), CupsBackend()
            ours, baseline = paired_medians(lambda: timed(qt), lambda: timed(lp), rounds)
        finally:
            setup.__exit__(None, None, None)
    return [
        Measurement(
            name=name,
            unit="ms",
            ours=ours * 1000,
            baseline=baseline * 1000,
            baseline_name="the same PDF through lp",
            rounds=rounds,
            note=(
                f"{report.letters} letters, {report.pages} pages, until the job is accepted; "
                f"spooled {sizes.get('qt', 0) / 1e6:.1f} MB as pictures of the pages "
                f"vs {sizes.get('cups', 0) / 1e6:.2f} MB of vector PDF"
            ),
        )
    ]
