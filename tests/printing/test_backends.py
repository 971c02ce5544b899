"""Both print back ends, CUPS's `lp` and Qt's print system, against the same cups-pdf queue.

The Qt back end is what Windows laptops print through; here it drives the same CUPS queue
through Qt's own CUPS plugin, so the path tested is Qt's, not lp's. Each printed file is
compared with the letters' PDF page by page at 100 dpi.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from desktop.campaigns import Campaign, campaigns_dir, load_campaign
from desktop.letters.batch import BatchCancelled, render_batch
from desktop.letters.model import LetterJob
from desktop.printing.backend import PrintBackend, PrintCancelled, PrintError, PrintOptions
from desktop.printing.cups_backend import CupsBackend
from desktop.signin.printing import JOB_TITLE, print_letters
from tests.cups_queue import CupsQueue
from tests.letters.conftest import SIGNERS, event_letters

BACKENDS = ("cups", "qt")


def make_backend(name: str) -> PrintBackend:
    if name == "cups":
        return CupsBackend()
    from desktop.gui.qt_printing import QtBackend

    return QtBackend()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, qapp: object) -> Iterator[PrintBackend]:
    yield make_backend(request.param)


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    return load_campaign(campaigns_dir() / "safe-communities-act.yaml")


@pytest.fixture
def jobs() -> list[LetterJob]:
    """Six signers in five scripts, each to two of three offices: 12 letters, 3 stacks."""
    return event_letters()


def pages_at_100_dpi(pdf: Path, folder: Path) -> list[np.ndarray]:
    """Each page as a grey image, as pdftoppm renders it."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "100", "-gray", str(pdf), str(folder / "page")], check=True)
    return [_read_pgm(path) for path in sorted(folder.glob("page-*.pgm"))]


def _read_pgm(path: Path) -> np.ndarray:
    data = path.read_bytes()
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    return np.frombuffer(pixels, dtype=np.uint8).reshape(int(height), int(width))


def _blurred(image: np.ndarray) -> np.ndarray:
    """A 3 by 3 box blur: anti-aliased edges and hairlines come out alike from any renderer."""
    padded = np.pad(image.astype(np.float32), 1, mode="edge")
    height, width = image.shape
    return (
        sum(  # type: ignore[return-value]
            padded[1 + dy : 1 + dy + height, 1 + dx : 1 + dx + width]
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
        )
        / 9
    )


def differing(a: np.ndarray, b: np.ndarray) -> float:
    """The share of pixels that differ by more than 96 of 255 grey levels, after a light
    blur and at the best alignment within one pixel (0.25 mm at 100 dpi).

    A page rasterised for the printer and re-rendered by cups-pdf keeps every glyph where
    it was, but its thin rules come out lighter and it may sit a pixel lower: that is 0 here.
    Two letters that differ only in the signer's name and address differ by 0.4 % or more.
    """
    assert a.shape == b.shape
    blurred_a, blurred_b = _blurred(a), _blurred(b)
    return min(
        float(np.mean(np.abs(blurred_a - np.roll(blurred_b, (dy, dx), axis=(0, 1))) > 96))
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
    )


def printed_file(cups_pdf: CupsQueue, job_number: int | None, before: int, since: float) -> Path:
    """What cups-pdf wrote for the job: Qt's path gives no job number, so the newest one."""
    if job_number is None:
        deadline = time.monotonic() + 30
        while cups_pdf.latest_job() == before and time.monotonic() < deadline:
            time.sleep(0.1)
        job_number = cups_pdf.latest_job()
    assert job_number > before
    return cups_pdf.wait_for_output(job_number, since)


def test_letters_print_page_for_page_with_a_generic_title(
    backend: PrintBackend,
    cups_pdf: CupsQueue,
    campaign: Campaign,
    jobs: list[LetterJob],
    tmp_path: Path,
) -> None:
    source = tmp_path / "letters.pdf"
    report = render_batch(jobs, campaign, source)
    before, since = cups_pdf.latest_job(), time.time()
    sent: list[tuple[int, int]] = []

    printed = print_letters(
        jobs, campaign, cups_pdf.printer, backend, covers=True, sending=lambda *s: sent.append(s)
    )

    assert printed.job.printer == cups_pdf.printer
    output = printed_file(cups_pdf, printed.job.number, before, since)
    assert cups_pdf.page_count(output) == report.pages == 15  # 12 letters, 3 cover sheets
    assert "612 x 792 pts (letter)" in cups_pdf.page_size(output)
    expected = pages_at_100_dpi(source, tmp_path / "source")
    got = pages_at_100_dpi(output, tmp_path / "printed")
    assert len(got) == len(expected)
    for number, (want, have) in enumerate(zip(expected, got, strict=True), start=1):
        assert differing(want, have) < 0.001, f"page {number} differs"
    # The job's name in CUPS's log (and cups-pdf's file name) is generic: no signer's name.
    line = cups_pdf.page_log_line(cups_pdf.latest_job())
    if line is not None:
        assert f" {JOB_TITLE} " in line
    for signer in SIGNERS:
        assert signer.last_name not in output.name and signer.first_name not in output.name
    if backend.name == "qt":
        assert sent[-1] == (15, 15)  # pages handed to the printer one at a time


def test_the_page_comparison_tells_two_letters_apart(
    campaign: Campaign, jobs: list[LetterJob], tmp_path: Path
) -> None:
    """Letters to one office differ only in the signer: the comparison must see that (else a
    printed page matching its source would prove nothing)."""
    source = tmp_path / "letters.pdf"
    render_batch(jobs, campaign, source)
    pages = pages_at_100_dpi(source, tmp_path / "pages")
    cover, first, second = pages[0], pages[1], pages[2]  # one stack: its cover, two letters
    assert differing(first, second) > 0.002
    assert differing(cover, first) > 0.002
    assert differing(first, first) == 0


def test_cancel_mid_batch_prints_nothing(
    backend: PrintBackend,
    cups_pdf: CupsQueue,
    campaign: Campaign,
    jobs: list[LetterJob],
) -> None:
    before = cups_pdf.latest_job()
    rendered: list[int] = []

    with pytest.raises(BatchCancelled):
        print_letters(
            jobs,
            campaign,
            cups_pdf.printer,
            backend,
            covers=True,
            progress=lambda done, _total: rendered.append(done),
            cancelled=lambda: len(rendered) >= 4,
        )

    assert 4 <= len(rendered) < len(jobs)
    time.sleep(1)  # a job, had one been sent, would be listed at once
    assert cups_pdf.latest_job() == before


def test_cancel_once_rendered_still_sends_nothing(
    backend: PrintBackend, cups_pdf: CupsQueue, tmp_path: Path
) -> None:
    from tests.printing.sample_pdf import make_pdf

    path = tmp_path / "letters.pdf"
    path.write_bytes(make_pdf(["One", "Two"]))
    before = cups_pdf.latest_job()
    with pytest.raises(PrintCancelled):
        backend.print_pdf(path, cups_pdf.printer, cancelled=lambda: True)
    time.sleep(1)
    assert cups_pdf.latest_job() == before


def _refusal(backend: PrintBackend, path: Path, printer: str) -> PrintError:
    with pytest.raises(PrintError) as raised:
        backend.print_pdf(path, printer)
    return raised.value


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    from tests.printing.sample_pdf import make_pdf

    path = tmp_path / "letters.pdf"
    path.write_bytes(make_pdf(["Page one"]))
    return path


@pytest.mark.parametrize(
    ("command", "reason", "words"),
    [
        ("cupsdisable", "paused", 'is paused or not ready, so nothing would print. '
         'The printer says: "Out of paper".'),
        # Qt alone lists such a queue as idle, and its job then vanishes without an error.
        ("cupsreject", "not-accepting", 'is not accepting jobs right now. '
         'The printer says: "Out of paper".'),
    ],
)  # fmt: skip
def test_a_printer_that_would_not_print_gets_the_same_words_on_both_and_nothing_is_sent(
    command: str, reason: str, words: str, cups_pdf: CupsQueue, sample: Path, qapp: object
) -> None:
    cups_pdf.run(getattr(cups_pdf.tools, command), "-r", "Out of paper", cups_pdf.printer)
    before = cups_pdf.latest_job()

    errors = [_refusal(make_backend(name), sample, cups_pdf.printer) for name in BACKENDS]

    assert [e.reason for e in errors] == [reason, reason]
    assert str(errors[0]) == str(errors[1])
    assert f'The printer "{cups_pdf.printer}" {words}' in str(errors[0])
    assert cups_pdf.latest_job() == before


def test_a_missing_printer_gets_the_same_words_on_both(
    cups_pdf: CupsQueue, sample: Path, qapp: object
) -> None:
    errors = [_refusal(make_backend(name), sample, "NoSuchPrinter") for name in BACKENDS]

    assert [e.reason for e in errors] == ["no-printer", "no-printer"]
    assert str(errors[0]) == str(errors[1])
    assert str(errors[0]).startswith('There is no printer named "NoSuchPrinter"')


def test_no_printer_at_all_lists_none_and_refuses_plainly(
    sample: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.cups_queue import forget_cached_server

    monkeypatch.setenv("CUPS_SERVER", "/nonexistent/cups.sock")  # no scheduler, no printer
    monkeypatch.delenv("LPDEST", raising=False)
    monkeypatch.delenv("PRINTER", raising=False)
    forget_cached_server()
    try:
        for name in BACKENDS:
            backend = make_backend(name)
            assert backend.printers() == []
            error = _refusal(backend, sample, "")
            assert error.reason in ("no-printer", "cups-unavailable")
            assert "Traceback" not in str(error) and str(error).endswith(".")
    finally:
        monkeypatch.undo()
        forget_cached_server()


def test_copies_reach_the_queue(
    backend: PrintBackend, cups_pdf: CupsQueue, sample: Path, qtbot: QtBot
) -> None:
    before, since = cups_pdf.latest_job(), time.time()
    printed = backend.print_pdf(sample, cups_pdf.printer, options=PrintOptions(copies=2))
    printed_file(cups_pdf, printed.number, before, since)
    line = cups_pdf.page_log_line(cups_pdf.latest_job())
    if line is not None:  # None: the machine's scheduler, whose page log is not ours
        assert " total 2 " in line
