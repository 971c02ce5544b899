"""Point in polygon over the stored towns and districts: one STRtree for every layer.

The tree narrows a point to the few polygons whose boxes hold it; prepared polygons
then answer the exact test quickly. One query per point serves all four layers.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely


@dataclass(frozen=True, slots=True)
class PointHit:
    """What contains a point, layer by layer: usually one name each; two on a shared edge."""

    towns: tuple[str, ...]
    districts: dict[str, tuple[str, ...]]  # chamber -> district names


class SpatialIndex:
    def __init__(self, layers: list[str], names: list[str], wkbs: list[bytes]) -> None:
        self.layers = np.array(layers, dtype=object)
        self.names = np.array(names, dtype=object)
        self.geometries = shapely.from_wkb(wkbs)
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)

    @classmethod
    def from_dataset(cls, path: Path) -> SpatialIndex:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            rows = connection.execute(
                "SELECT 'town', name, geometry FROM towns"
                " UNION ALL SELECT chamber, name, geometry FROM districts ORDER BY 1, 2"
            ).fetchall()
        finally:
            connection.close()
        layers, names, wkbs = zip(*rows, strict=True)
        return cls(list(layers), list(names), list(wkbs))

    def locate(self, lon: float, lat: float) -> PointHit:
        boxes = self.tree.query(shapely.Point(lon, lat))
        inside = boxes[shapely.intersects_xy(self.geometries[boxes], lon, lat)]
        found: dict[str, list[str]] = defaultdict(list)
        for layer, name in zip(self.layers[inside], self.names[inside], strict=True):
            found[layer].append(name)
        towns = tuple(sorted(found.pop("town", ())))
        return PointHit(towns, {layer: tuple(sorted(n)) for layer, n in found.items()})
