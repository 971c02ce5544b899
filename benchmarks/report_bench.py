"""The event's picture for a 20,000-signer event: the report and both maps, and its PDF.

The event is made up, with a fixed seed, in a fresh SQLite file: 20,000 sign-ups spread
over the dataset's precincts (a big city's precincts drawn more often, as a coalition's
table sees), one in twenty pending in a split town; two letters each, four in five
printed; half emailed both members, a third sent to the CRM; a delivered stack per
district with letters, and visit reports for 60 districts.

Picture. Ours is `draw_picture` as the Report tab runs it: count the event
(build_report) and draw both maps (sign-ups and positions, each for the House and the
Senate: four PNGs at screen resolution, each with a Greater Boston inset, legend and
titles). The note gives the share of that time spent drawing (the counting timed alone in
the same round). The baseline is the same maps drawn bare with matplotlib: the same
polygons already read, one PatchCollection per chamber with the same fills, no inset,
legend or titles, the same four PNGs at the same resolution. Target: within 4x (the
insets draw every polygon again).

PDF. Ours is the report's PDF (`write_report`: counts, both maps at 150 dpi, the tables);
the baseline is the bare maps at 150 dpi, both chambers to a PNG as the PDF has them.
Target: within 5x.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from sqlalchemy import insert

from benchmarks.timing import Measurement, interleaved_medians, time_once
from desktop import paths
from desktop.districts.dataset import STATE_CHAMBERS, Dataset
from desktop.lobby.map_shapes import district_shapes
from desktop.lobby.map_text import CLASS_COLOURS, MapText, signup_class
from desktop.lobby.picture import SCREEN_DPI, draw_picture
from desktop.lobby.report import build_report
from desktop.lobby.report_files import write_report
from desktop.store.engine import open_database
from desktop.store.models import (
    VISIT_POSITIONS,
    Action,
    Event,
    OutboxMessage,
    Signup,
    Stack,
    Visit,
    new_id,
)
from desktop.store.sessions import SessionFactory

SIGNUPS = 20_000
SEED = 20260520
PICTURE_TARGET = 4.0
PDF_TARGET = 5.0
PDF_DPI = 150
_BIG_CITIES = ("Boston", "Worcester", "Springfield", "Lowell", "Brockton", "Lynn", "Chelsea")
_LANGUAGES = ("en", "es", "pt", "ht", "zh", "vi")


def make_event(
    sessions: SessionFactory, dataset: Dataset, count: int, seed: int, event_id: str | None = None
) -> str:
    """An event of `count` made-up sign-ups with their letters, messages, stacks, visits;
    into the event `event_id` if given (tools/report_demo.py), else a new one."""
    rng = random.Random(seed)
    existing, event_id = event_id is not None, event_id or new_id()
    places = [(town, e) for town, entries in dataset.precincts.items() for e in entries]
    weights = [8.0 if town in _BIG_CITIES else 1.0 for town, _ in places]
    signups, actions, messages = [], [], []
    letters: dict[tuple[str, str], int] = {}
    for town, entry in rng.choices(places, weights, k=count):
        signup_id = new_id()
        pending = dataset.is_split(town) and rng.random() < 0.05
        signups.append(
            {
                "id": signup_id, "event_id": event_id, "language": rng.choice(_LANGUAGES),
                "status": "pending" if pending else "resolved", "town": town,
                "house_district": None if pending else entry.house,
                "senate_district": None if pending else entry.senate,
            }
        )  # fmt: skip
        if pending:
            continue
        for chamber in STATE_CHAMBERS:
            done = rng.random() < 0.8
            district = entry.district(chamber)
            actions.append(
                {"id": new_id(), "signup_id": signup_id, "kind": "letter", "chamber": chamber,
                 "district": district, "state": "done" if done else "ready"}
            )  # fmt: skip
            if done:
                letters[chamber, district] = letters.get((chamber, district), 0) + 1
        kinds = ["legislator_email"] * 2 if rng.random() < 0.5 else []
        kinds += ["crm_signup"] if rng.random() < 0.33 else []
        messages += [
            {"id": new_id(), "event_id": event_id, "signup_id": signup_id, "kind": kind,
             "state": "sent"}
            for kind in kinds
        ]  # fmt: skip
    with sessions() as session, session.begin():
        if not existing:
            session.add(
                Event(
                    id=event_id, name="Lobby Day", date=dt.date(2026, 5, 20),
                    place="State House", campaign_id="safe-communities",
                    actions=["letter", "email"], languages=list(_LANGUAGES),
                )
            )  # fmt: skip
        session.flush()
        for table, rows in ((Signup, signups), (Action, actions), (OutboxMessage, messages)):
            session.execute(insert(table), rows)
        session.add_all(
            Stack(
                code=f"S{i:05d}", event_id=event_id, day=dt.date(2026, 5, 20), chamber=chamber,
                district=district, member_id=f"m-{i}", member_name="A Member", letters=n,
                delivered_at=dt.datetime(2026, 5, 20, 12) if i % 4 else None,
            )
            for i, ((chamber, district), n) in enumerate(sorted(letters.items()))
        )  # fmt: skip
        visited = rng.sample(sorted(letters), 60)
        session.add_all(
            Visit(
                event_id=event_id, visited_on=dt.date(2026, 5, 20), chamber=chamber,
                district=district, member_id="m", member_name="A Member", met="member",
                position=rng.choice(VISIT_POSITIONS),
            )
            for chamber, district in visited
        )  # fmt: skip
    return event_id


def bare_maps(
    dataset_path: Path, counts: dict[str, dict[str, int]], dpi: int, *, per_chamber: bool
) -> int:
    """The two maps drawn bare: one PatchCollection per chamber, the fills given; a PNG per
    chamber (as the window shows them) or per map (as the PDF does)."""
    size = 0
    layouts = [[c] for c in STATE_CHAMBERS] if per_chamber else [list(STATE_CHAMBERS)]
    for _map, chambers in [(m, c) for m in ("signups", "positions") for c in layouts]:
        figure = Figure(figsize=(7.0, 3.5) if per_chamber else (9.0, 9.5))  # as ours
        FigureCanvasAgg(figure)
        axes = figure.subplots(len(chambers), 1, squeeze=False)[:, 0]
        for ax, chamber in zip(axes, chambers, strict=True):
            shapes = district_shapes(dataset_path, chamber)
            fills = [CLASS_COLOURS[signup_class(counts[chamber].get(n, 0))] for n in shapes.names]
            ax.add_collection(
                PatchCollection(
                    [PathPatch(p) for p in shapes.paths], facecolors=fills, linewidths=0.3
                )
            )
            ax.autoscale_view()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi)
        size += len(buffer.getvalue())
    return size


def report_measurements(rounds: int, seed: int = SEED, signups: int = SIGNUPS) -> list[Measurement]:
    dataset = Dataset(paths.dataset_path())
    with tempfile.TemporaryDirectory() as folder:
        sessions = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        event_id = make_event(sessions, dataset, signups, seed)
        with sessions() as session:
            report = build_report(session, dataset, event_id)
        counts = {chamber: report.district_counts(chamber) for chamber in STATE_CHAMBERS}
        text = MapText()
        counting: list[float] = []

        def picture() -> float:
            with sessions() as session:
                counting.append(time_once(lambda: build_report(session, dataset, event_id)))
            return time_once(lambda: draw_picture(sessions, dataset, event_id, text))

        def pdf() -> float:
            out = Path(folder) / "report.pdf"
            with sessions() as session:
                made = build_report(session, dataset, event_id)
            return time_once(lambda: write_report(made, dataset.path, out, "pdf"))

        def bare(dpi: int, per_chamber: bool) -> float:
            return time_once(lambda: bare_maps(dataset.path, counts, dpi, per_chamber=per_chamber))

        picture(), pdf(), bare(SCREEN_DPI, True)  # warm: the shapes read, the fonts loaded
        ours, baseline = interleaved_medians([picture, lambda: bare(SCREEN_DPI, True)], rounds)
        pdf_ours, pdf_bare = interleaved_medians([pdf, lambda: bare(PDF_DPI, False)], rounds)
    counted = sorted(counting)[len(counting) // 2]
    drawing_share = max(0.0, 1 - counted / ours)
    return [
        Measurement(
            f"report + both maps ({signups:,} sign-ups)", "ms", ours * 1000, baseline * 1000,
            "both maps bare with matplotlib", rounds, f"within {PICTURE_TARGET:g}x",
            ours <= PICTURE_TARGET * baseline,
            f"{ours:.2f} s, {drawing_share:.0%} of it drawing the maps "
            f"(counting alone {counted * 1000:.0f} ms); PNGs at {SCREEN_DPI} dpi",
        ),
        Measurement(
            f"report PDF ({signups:,} sign-ups)", "ms", pdf_ours * 1000, pdf_bare * 1000,
            f"both maps bare at {PDF_DPI} dpi", rounds, f"within {PDF_TARGET:g}x",
            pdf_ours <= PDF_TARGET * pdf_bare,
            f"{pdf_ours:.2f} s: counts, both maps at {PDF_DPI} dpi, district and town tables",
        ),
    ]  # fmt: skip


if __name__ == "__main__":  # `python -m benchmarks.report_bench [ROUNDS]`: these rows alone
    import sys

    from benchmarks.report import table

    print(table(report_measurements(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))
