"""A delivery batch of 600 letters into one PDF, beside bare platypus; and its memory.

Speed. 200 signers x 3 offices in rotation: names in Latin with diacritics, Chinese and
Cyrillic, every other signer with a personal note (a Chinese one now and then), three
offices so the batch has three cover sheets (603 pages). Ours is `render_batch`: campaign
text, safe markup, font fallback, fitting each letter to its page, footer and QR code.
The baseline is the bare thing: a platypus `SimpleDocTemplate` on US Letter with the
same margins, Helvetica, the same letters' texts already rendered to strings (outside
the timing) as the same paragraphs, a `PageBreak` after each: 600 pages. Both write a
file to the same temporary folder; timed in turn, round by round. We aim for within 2x.

Memory. Peak traced allocation (tracemalloc) while writing 150 and then 600 letters,
each after an untraced warm-up, for ours and for the bare baseline. ReportLab keeps every
finished page's content until it writes the file, so any PDF written this way grows in
memory with its pages; what matters is that we add nothing per letter on top. The row
compares how much the peak grows from 150 to 600 letters, ours against bare platypus;
anything of ours that outlived its page (flowables, markup, QR codes, fonts read again)
would push the ratio well above 1.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.timing import Measurement, paired_medians, time_once
from desktop.campaigns import Campaign, campaigns_dir, load_campaign
from desktop.letters.address import display_name, long_date, office_lines, signer_town
from desktop.letters.batch import render_batch
from desktop.letters.model import NOTE_LIMIT, LetterJob, Recipient, Signer

SIGNERS = 200
TARGET_RATIO = 2.0
MEMORY_TARGET = 2.0  # peak growth within 2x bare platypus' growth for the same pages
SEED = 20250504

_FIRST = ["Ana", "João", "Minh Khai", "小明", "Пётр", "Marie-Ange", "Luis", "Thị Hoa", "Fatima"]
_LAST = ["Lima", "Conceição", "Nguyễn", "王", "Ильич", "Jean-Baptiste", "Peña", "Trần", "Diallo"]
_TOWNS = ["Boston", "Chelsea", "Framingham", "Lynn", "Quincy", "Somerville", "Worcester"]
_NOTE = (
    "My family came here twelve years ago. My children go to school here and we want to "
    "feel safe calling the police when something happens in our neighborhood. "
)
_NOTE_ZH = "我们社区的每一个人都应该能够安心地报警和出庭\uff0c请支持这项法案。"
OFFICES = (
    Recipient("m-miranda", "Liz Miranda", "Miranda", "house", "5th Suffolk", "128",
              "Room 128, State House 24 Beacon St., Boston, MA 02133"),
    Recipient("m-balser", "Ruth Balser", "Balser", "house", "12th Middlesex", "136",
              "Room 136, State House 24 Beacon St., Boston, MA 02133"),
    Recipient("m-eldridge", "Jamie Eldridge", "Eldridge", "senate", "Middlesex and Worcester",
              "413-C", "Room 413-C, State House 24 Beacon St., Boston, MA 02133"),
)  # fmt: skip


def bench_jobs(signers: int, seed: int = SEED) -> list[LetterJob]:
    """`signers` signers, each writing to the three offices: 3 x `signers` letters."""
    rng = random.Random(seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    jobs = []
    for i in range(signers):
        signer = Signer(
            rng.choice(_FIRST), rng.choice(_LAST), f"{rng.randint(1, 400)} Main St.",
            rng.choice(_TOWNS), rng.choice(["", "02124", "Dorchester"]),
        )  # fmt: skip
        note = "" if i % 2 else (_NOTE_ZH * 4 if i % 10 == 0 else _NOTE * 2)[:NOTE_LIMIT]
        for office in OFFICES:
            code = "".join(rng.choice(alphabet) for _ in range(8))
            jobs.append(
                LetterJob(f"{code[:4]}-{code[4:]}", signer, office, dt.date(2025, 5, 4), note)
            )
    return jobs


def baseline_texts(jobs: list[LetterJob], campaign: Campaign) -> list[list[str]]:
    """Each letter's paragraphs as plain Latin-1 strings, escaped: what bare platypus prints."""

    def plain(text: str) -> str:
        return escape(text.encode("latin-1", "replace").decode("latin-1"))

    pages = []
    for job in jobs:
        signer, member = job.signer, job.recipient
        letter = campaign.letter_for(
            member.chamber, signer_name=display_name(signer),
            signer_first_name=signer.first_name, signer_town=signer_town(signer),
            signer_note=job.note, member_name=member.name,
            member_last_name=member.last_name, district=member.district,
        )  # fmt: skip
        lines = [display_name(signer), signer.street_address, signer_town(signer) + ", MA"]
        lines += [long_date(job.date), member.name, *office_lines(member), letter.subject]
        lines += [letter.salutation, *letter.paragraphs, *letter.closing, f"Letter {job.code}"]
        pages.append([plain(line) for line in lines])
    return pages


def bare_platypus(pages: list[list[str]], out: Path) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=13.8, spaceAfter=7)
    story = []
    for page in pages:
        story += [Paragraph(text, style) for text in page]
        story.append(PageBreak())
    doc = SimpleDocTemplate(str(out), pagesize=LETTER, leftMargin=54, rightMargin=54,
                            topMargin=46, bottomMargin=82)  # fmt: skip
    doc.build(story)


def measure_speed(campaign: Campaign, rounds: int, folder: Path) -> Measurement:
    jobs = bench_jobs(SIGNERS)
    pages = baseline_texts(jobs, campaign)
    ours_out, base_out = folder / "ours.pdf", folder / "bare.pdf"

    def ours() -> None:
        render_batch(jobs, campaign, ours_out)

    def bare() -> None:
        bare_platypus(pages, base_out)

    ours()  # warm-up: fonts registered, modules imported
    bare()
    ours_s, bare_s = paired_medians(lambda: time_once(ours), lambda: time_once(bare), rounds)
    size = ours_out.stat().st_size
    return Measurement(
        name=f"{len(jobs)} letters to one PDF",
        unit="ms",
        ours=ours_s * 1e3,
        baseline=bare_s * 1e3,
        baseline_name="bare platypus, Helvetica, same texts",
        rounds=rounds,
        target=f"<= {TARGET_RATIO:g}x baseline",
        target_met=ours_s <= TARGET_RATIO * bare_s,
        note=(
            f"{SIGNERS} signers x {len(OFFICES)} offices, with cover sheets ({len(jobs) + 3} "
            f"pages, {size / 1e6:.2f} MB); baseline {len(pages)} pages; seed {SEED}"
        ),
    )


def peak_bytes(run: Callable[[], object]) -> int:
    """Peak traced bytes allocated while `run` runs, above what was allocated before."""
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


def measure_memory(campaign: Campaign, folder: Path) -> Measurement:
    small, large = bench_jobs(SIGNERS // 4), bench_jobs(SIGNERS)
    peaks: dict[str, list[int]] = {"ours": [], "bare": []}
    sizes: dict[str, list[int]] = {"ours": [], "bare": []}
    for jobs in (small, large):
        pages = baseline_texts(jobs, campaign)
        runs: dict[str, Callable[[], object]] = {
            "ours": partial(render_batch, jobs, campaign, folder / "ours.pdf"),
            "bare": partial(bare_platypus, pages, folder / "bare.pdf"),
        }
        for side, run in runs.items():
            if jobs is small:
                run()  # warm-up: fonts, caches, imports
            peaks[side].append(peak_bytes(run))
            sizes[side].append((folder / f"{side}.pdf").stat().st_size)
    mb = 1e6
    ours, bare = (peaks[side][1] - peaks[side][0] for side in ("ours", "bare"))

    def detail(side: str) -> str:
        return " -> ".join(
            f"{peak / mb:.1f} MB peak ({size / mb:.2f} MB PDF)"
            for peak, size in zip(peaks[side], sizes[side], strict=True)
        )

    return Measurement(
        name=f"memory growth {len(small)} -> {len(large)} letters",
        unit="MB",
        ours=ours / mb,
        baseline=bare / mb,
        baseline_name="bare platypus, same growth",
        rounds=1,
        target=f"<= {MEMORY_TARGET:g}x baseline",
        target_met=ours <= MEMORY_TARGET * bare,
        note=f"tracemalloc; ours {detail('ours')}; bare {detail('bare')}",
    )


def letters_measurements(rounds: int) -> list[Measurement]:
    campaign = load_campaign(campaigns_dir() / "safe-communities-act.yaml")
    with tempfile.TemporaryDirectory(prefix="letters-bench-") as name:
        folder = Path(name)
        return [measure_speed(campaign, rounds, folder), measure_memory(campaign, folder)]


if __name__ == "__main__":
    from benchmarks.report import table

    print(table(letters_measurements(5)))
