"""The dataset's own district polygons as matplotlib paths, read once per process.

One compound path per district (every part and hole of its multipolygon), so a drawn
collection holds exactly one entry per district, in `names` order: the report's tests
read each district's fill back from the collection by that index. Polygons are
simplified to about 20 m, finer than a pixel of the Greater Boston inset, which cuts
the points to draw by four fifths.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from matplotlib.path import Path as MplPath

SIMPLIFY_DEGREES = 0.0002  # about 20 m of latitude
_cache: dict[tuple[Path, str], DistrictShapes] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class DistrictShapes:
    chamber: str
    names: tuple[str, ...]
    paths: tuple[MplPath, ...]
    bounds: tuple[float, float, float, float]  # lon min, lat min, lon max, lat max


def district_shapes(dataset_path: Path, chamber: str) -> DistrictShapes:
    """The chamber's districts from the dataset at `dataset_path` (cached: it never changes
    while the app runs; a new dataset comes with a restart)."""
    key = (dataset_path, chamber)
    with _lock:
        if key not in _cache:
            _cache[key] = _read(dataset_path, chamber)
        return _cache[key]


def _read(dataset_path: Path, chamber: str) -> DistrictShapes:
    connection = sqlite3.connect(f"file:{dataset_path}?mode=ro&immutable=1", uri=True)
    try:
        rows = connection.execute(
            "SELECT name, geometry FROM districts WHERE chamber = ? ORDER BY name", (chamber,)
        ).fetchall()
    finally:
        connection.close()
    if not rows:
        raise LookupError(f"The dataset has no {chamber} districts.")
    shapes = shapely.simplify(
        shapely.from_wkb([wkb for _, wkb in rows]), SIMPLIFY_DEGREES, preserve_topology=True
    )
    lon0, lat0, lon1, lat1 = (float(v) for v in shapely.total_bounds(shapes))
    return DistrictShapes(
        chamber,
        tuple(str(name) for name, _ in rows),
        tuple(polygon_path(shape) for shape in shapes),
        (lon0, lat0, lon1, lat1),
    )


def polygon_path(shape: Any) -> MplPath:
    """A (multi)polygon as one path: each ring a closed run of points."""
    polygons = shape.geoms if hasattr(shape, "geoms") else [shape]
    vertices: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.interiors):
            points = np.asarray(ring.coords)[:, :2]
            ring_codes = np.full(len(points), MplPath.LINETO, dtype=MplPath.code_type)
            ring_codes[0], ring_codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
            vertices.append(points)
            codes.append(ring_codes)
    return MplPath(np.concatenate(vertices), np.concatenate(codes))
