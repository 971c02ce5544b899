"""Point in polygon over the stored towns and districts: one STRtree for every layer.

The tree holds only the polygons' bounding boxes (read from the dataset's `bounds`
table); a polygon itself is read and parsed the first time a point falls in its box,
then kept, prepared, for the next. So the first point lookup after start parses the
handful of polygons around it, not all 560. One query per point serves all four layers.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely import affinity

# Metres in one degree of latitude; a degree of longitude is this times cos(latitude).
_METRES_PER_DEGREE = 111_320.0


@dataclass(frozen=True, slots=True)
class PointHit:
    """What contains a point, layer by layer: usually one name each; two on a shared edge."""

    towns: tuple[str, ...]
    districts: dict[str, tuple[str, ...]]  # chamber -> district names


class SpatialIndex:
    def __init__(self, path: Path, layers: list[str], names: list[str], boxes: np.ndarray) -> None:
        self.path = path
        self.layers = np.array(layers, dtype=object)
        self.names = np.array(names, dtype=object)
        self.tree = shapely.STRtree(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]))
        self._shapes = np.empty(len(names), dtype=object)
        self._loaded = np.zeros(len(names), dtype=bool)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    @classmethod
    def from_dataset(cls, path: Path) -> SpatialIndex:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            rows = connection.execute("SELECT * FROM bounds ORDER BY 1, 2").fetchall()
        finally:
            connection.close()
        layers, names = [r[0] for r in rows], [r[1] for r in rows]
        return cls(path, layers, names, np.array([r[2:] for r in rows], dtype=float))

    @property
    def geometries(self) -> np.ndarray:
        """Every polygon, parsed (for tests and benchmarks that want them all)."""
        return np.array([self._shape(i) for i in range(len(self.names))], dtype=object)

    def _shape(self, index: int) -> Any:
        if self._loaded[index]:
            return self._shapes[index]
        with self._lock:
            if self._connection is None:
                uri = f"file:{self.path}?mode=ro&immutable=1"
                self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            layer, name = str(self.layers[index]), str(self.names[index])
            args: tuple[str, ...]
            if layer == "town":
                query, args = "SELECT geometry FROM towns WHERE name = ?", (name,)
            else:
                query = "SELECT geometry FROM districts WHERE chamber = ? AND name = ?"
                args = (layer, name)
            (wkb,) = self._connection.execute(query, args).fetchone()
            shape = shapely.from_wkb(wkb)
            shapely.prepare(shape)
            self._shapes[index] = shape
            self._loaded[index] = True
            return shape

    def locate(self, lon: float, lat: float) -> PointHit:
        boxes = self._load_near(shapely.Point(lon, lat))
        return self._hit(boxes[shapely.intersects_xy(self._shapes[boxes], lon, lat)])

    def around(self, lon: float, lat: float, radius_metres: float) -> PointHit:
        """Every polygon within `radius_metres` of the point: two districts of a chamber
        mean the point is too close to their boundary for the data to decide."""
        scale = math.cos(math.radians(lat))
        disc = affinity.scale(
            shapely.Point(lon, lat).buffer(radius_metres / _METRES_PER_DEGREE, quad_segs=8),
            xfact=1 / scale,
            yfact=1.0,
        )
        boxes = self._load_near(disc)
        return self._hit(boxes[shapely.intersects(self._shapes[boxes], disc)])

    def _load_near(self, geometry: Any) -> np.ndarray:
        boxes: np.ndarray = self.tree.query(geometry)
        for index in boxes[~self._loaded[boxes]]:
            self._shape(int(index))
        return boxes

    def _hit(self, inside: np.ndarray) -> PointHit:
        found: dict[str, list[str]] = defaultdict(list)
        for layer, name in zip(self.layers[inside], self.names[inside], strict=True):
            found[layer].append(name)
        towns = tuple(sorted(found.pop("town", ())))
        return PointHit(towns, {layer: tuple(sorted(n)) for layer, n in found.items()})
