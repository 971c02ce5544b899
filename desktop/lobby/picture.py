"""The event's picture for the window: the report's numbers and both maps as PNGs.

Run in a worker thread (plain data in, plain data out). The maps are drawn again only
when what they show changed: each district's class of sign-ups, the positions, or the
words (a new language). A sign-up that leaves every district in its class costs a count,
not a drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from desktop.districts.dataset import STATE_CHAMBERS, Dataset
from desktop.lobby.map_text import MapText, signup_class
from desktop.lobby.report import EventReport, build_report
from desktop.store.sessions import SessionFactory

SCREEN_DPI = 90
# The window shows one chamber at a time: each map gets the whole panel.
MAP_NAMES = tuple(
    f"{kind}:{chamber}" for kind in ("signups", "positions") for chamber in STATE_CHAMBERS
)


@dataclass(frozen=True)
class Picture:
    report: EventReport
    key: Hashable  # what the maps show; equal keys, equal maps
    maps: dict[str, bytes] | None  # MAP_NAMES -> PNG; None: as last drawn (the same key)


def map_key(report: EventReport, text: MapText) -> Hashable:
    classes = tuple(
        (chamber, row.district, signup_class(row.signups))
        for chamber in STATE_CHAMBERS
        for row in sorted(report.districts.get(chamber, []), key=lambda r: r.district)
    )
    positions = tuple(
        sorted((c, d, p) for c in STATE_CHAMBERS for d, p in report.district_positions(c).items())
    )
    return (classes, positions, repr(text))


def draw_picture(
    sessions: SessionFactory,
    dataset: Dataset,
    event_id: str,
    text: MapText,
    drawn_key: Hashable | None = None,
    progress: Callable[[str], None] | None = None,
    dpi: int = SCREEN_DPI,
) -> Picture:
    """The report, and both maps unless `drawn_key` says they are already drawn."""
    say = progress or (lambda _step: None)
    with sessions() as session:
        report = build_report(session, dataset, event_id)
    key = map_key(report, text)
    if key == drawn_key:
        return Picture(report, key, None)
    from desktop.lobby.maps import positions_map, signups_map  # matplotlib: only when drawn

    counts = {chamber: report.district_counts(chamber) for chamber in STATE_CHAMBERS}
    known = {chamber: report.district_positions(chamber) for chamber in STATE_CHAMBERS}
    maps: dict[str, bytes] = {}
    for chamber in STATE_CHAMBERS:
        say("signups")
        maps[f"signups:{chamber}"] = signups_map(dataset.path, counts, text, [chamber]).png(dpi)
    for chamber in STATE_CHAMBERS:
        say("positions")
        maps[f"positions:{chamber}"] = positions_map(dataset.path, known, text, [chamber]).png(dpi)
    return Picture(report, key, maps)
