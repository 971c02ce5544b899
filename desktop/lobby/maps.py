"""The report's two maps of Massachusetts, drawn with matplotlib from the dataset's polygons.

The sign-ups map shades each House and Senate district by its class of sign-ups; the
positions map colours each district by where its member stands after the last visit.
Each chamber has an inset for Greater Boston, where the districts are too small to see.
Drawn on a plain `Figure` with the Agg canvas (no pyplot, no GUI backend), so it can run
in a worker thread and on a machine with no display; matplotlib is imported only here,
off the start-up path.

The lowest class is "fewer than 5" (none included): the map is exported in the PDF, and
it must not show a district where one or two people signed.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib import font_manager, rcParams
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from desktop.districts.dataset import STATE_CHAMBERS
from desktop.letters.fonts import fonts_dir
from desktop.lobby.map_shapes import district_shapes
from desktop.lobby.map_text import (
    CLASS_COLOURS,
    NOT_VISITED_COLOUR,
    POSITION_COLOURS,
    MapText,
    signup_class,
)
from desktop.store.models import VISIT_POSITIONS

EDGE_COLOUR = "#606060"
# Greater Boston: Boston, Cambridge, Somerville, Chelsea, Everett, Brookline, Quincy...
BOSTON_LON = (-71.25, -70.93)
BOSTON_LAT = (42.22, 42.45)
# A degree of longitude is shorter than one of latitude here (cos 42.3°).
ASPECT = 1 / 0.7396


# The letters' own fonts (resources/fonts/), so the maps' words print in every language
# the window speaks: DejaVu Sans, then Droid Sans Fallback for Chinese (matplotlib falls
# back glyph by glyph along the list). matplotlib's own fonts are left out of the bundle.
for _file in ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf"):
    font_manager.fontManager.addfont(str(fonts_dir() / _file))
rcParams["font.family"] = ["DejaVu Sans", "Droid Sans Fallback"]


# matplotlib is not thread-safe (its fonts are shared, cached objects), and the window may
# draw the tab's maps while a PDF is saved: one drawing at a time, whatever the thread.
_drawing = threading.RLock()


@dataclass(frozen=True)
class MapLayer:
    """One chamber as drawn: `names[i]` is the district filled by entry i of both collections."""

    names: tuple[str, ...]
    main: PatchCollection
    inset: PatchCollection


@dataclass(frozen=True)
class DrawnMap:
    figure: Figure
    layers: dict[str, MapLayer]

    def png(self, dpi: int = 100) -> bytes:
        buffer = io.BytesIO()
        with _drawing:
            self.figure.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()


def signups_map(
    dataset_path: Path,
    counts: Mapping[str, Mapping[str, int]],
    text: MapText | None = None,
    chambers: Sequence[str] = STATE_CHAMBERS,
) -> DrawnMap:
    """`counts`: chamber -> district -> sign-ups (a district not named has none).
    `chambers`: both, one above the other (the PDF's page), or one (the window's)."""
    text = text or MapText()

    def fills(chamber: str, names: Sequence[str]) -> list[str]:
        return [CLASS_COLOURS[signup_class(counts.get(chamber, {}).get(n, 0))] for n in names]

    legend = [Patch(facecolor=c, edgecolor=EDGE_COLOUR) for c in CLASS_COLOURS]
    return _draw(
        dataset_path, chambers, text.signups_title, text, fills, legend, list(text.classes)
    )


def positions_map(
    dataset_path: Path,
    positions: Mapping[str, Mapping[str, str]],
    text: MapText | None = None,
    chambers: Sequence[str] = STATE_CHAMBERS,
) -> DrawnMap:
    """`positions`: chamber -> district -> the position its last visit reported."""
    text = text or MapText()

    def fills(chamber: str, names: Sequence[str]) -> list[str]:
        known = positions.get(chamber, {})
        return [POSITION_COLOURS.get(known.get(n, ""), NOT_VISITED_COLOUR) for n in names]

    colours = [*(POSITION_COLOURS[p] for p in VISIT_POSITIONS), NOT_VISITED_COLOUR]
    labels = [*(text.positions[p] for p in VISIT_POSITIONS), text.not_visited]
    legend = [Patch(facecolor=c, edgecolor=EDGE_COLOUR) for c in colours]
    return _draw(dataset_path, chambers, text.positions_title, text, fills, legend, labels)


def _draw(
    dataset_path: Path,
    chambers: Sequence[str],
    title: str,
    text: MapText,
    fills: Callable[[str, Sequence[str]], list[str]],
    legend: list[Patch],
    labels: list[str],
) -> DrawnMap:
    with _drawing:  # the figure is made and laid out in one go
        # One chamber (the window's panel, where the choice of map names it): the legend at
        # the side, so the picture stays as low as the panel. Both (a PDF page): stacked, titled.
        single = len(chambers) == 1
        figure = Figure(figsize=(7.0, 3.5) if single else (9.0, 9.5), layout="constrained")
        FigureCanvasAgg(figure)
        if not single:
            figure.suptitle(title, fontsize=14)
        axes = figure.subplots(len(chambers), 1, squeeze=False)[:, 0]
        layers = {}
        for ax, chamber in zip(axes, chambers, strict=True):
            shapes = district_shapes(dataset_path, chamber)
            colours = fills(chamber, shapes.names)
            main = _collection(shapes.paths, colours, 0.3)
            ax.add_collection(main)
            lon0, lat0, lon1, lat1 = shapes.bounds
            ax.set_xlim(lon0 - 0.02, lon1 + 0.02)
            ax.set_ylim(lat0 - 0.02, lat1 + 0.02)
            _bare(ax, text.chambers.get(chamber, chamber))
            # Lower left: Connecticut and Rhode Island, where Massachusetts draws nothing.
            inset_ax = ax.inset_axes((0.0, 0.0, 0.3, 0.44))
            inset = _collection(shapes.paths, colours, 0.5)
            inset_ax.add_collection(inset)
            inset_ax.set_xlim(*BOSTON_LON)
            inset_ax.set_ylim(*BOSTON_LAT)
            _bare(inset_ax, text.inset, framed=True, size=9)
            ax.indicate_inset_zoom(inset_ax, edgecolor="#303030")
            layers[chamber] = MapLayer(shapes.names, main, inset)
        if single:
            figure.legend(legend, labels, loc="outside right upper")
        else:
            figure.legend(legend, labels, loc="outside lower center", ncols=min(len(labels), 6))
        return DrawnMap(figure, layers)


def _collection(paths: Sequence[MplPath], colours: list[str], width: float) -> PatchCollection:
    patches = [PathPatch(path) for path in paths]
    return PatchCollection(
        patches, facecolors=colours, edgecolors=EDGE_COLOUR, linewidths=width, match_original=False
    )


def _bare(ax: Axes, title: str, *, framed: bool = False, size: int = 11) -> None:
    ax.set_aspect(ASPECT)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, fontsize=size)
    for spine in ax.spines.values():
        spine.set_visible(framed)
