"""A real stretch of district boundary inside a split town, for street-address tests.

Found in the committed dataset, not typed in: the longest straight edge two House
districts share inside the town, with a point a given distance to either side of its
middle. Street-address tests draw their streets along it.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from desktop.districts.dataset import Dataset

METRES_PER_DEGREE = 111_320.0
CHAMBERS = ("house", "senate")


@dataclass(frozen=True)
class BoundaryEdge:
    start: tuple[float, float]  # lon, lat
    end: tuple[float, float]
    left_house: str  # the House district left of start -> end
    right_house: str

    @property
    def middle(self) -> tuple[float, float]:
        return ((self.start[0] + self.end[0]) / 2, (self.start[1] + self.end[1]) / 2)

    def beside(self, fraction: float, metres: float) -> tuple[float, float]:
        """The point `fraction` of the way along, `metres` to the left (negative: right)."""
        lon = self.start[0] + (self.end[0] - self.start[0]) * fraction
        lat = self.start[1] + (self.end[1] - self.start[1]) * fraction
        scale = math.cos(math.radians(lat))
        dx = (self.end[0] - self.start[0]) * scale
        dy = self.end[1] - self.start[1]
        length = math.hypot(dx, dy)
        # The left normal of (dx, dy) is (-dy, dx).
        return (
            lon + (-dy / length) * metres / METRES_PER_DEGREE / scale,
            lat + (dx / length) * metres / METRES_PER_DEGREE,
        )

    def length_metres(self) -> float:
        scale = math.cos(math.radians(self.start[1]))
        dx = (self.end[0] - self.start[0]) * scale * METRES_PER_DEGREE
        dy = (self.end[1] - self.start[1]) * METRES_PER_DEGREE
        return math.hypot(dx, dy)


def house_boundary_in(dataset: Dataset, town: str, clearance: float = 40.0) -> BoundaryEdge:
    """The longest shared House edge in `town` with one House and Senate district each side."""
    spatial = dataset.spatial
    shapes = spatial.geometries
    layers, names = list(spatial.layers), list(spatial.names)
    town_shape = shapes[next(i for i, n in enumerate(names) if (layers[i], n) == ("town", town))]
    houses = [
        (name, shapes[i])
        for i, name in enumerate(names)
        if layers[i] == "house" and shapes[i].intersection(town_shape).area > 1e-7
    ]
    edges = []
    for i, (_, shape_a) in enumerate(houses):
        for _, shape_b in houses[i + 1 :]:
            shared = shape_a.boundary.intersection(shape_b.boundary)
            for line in getattr(shared, "geoms", [shared]):
                if line.geom_type != "LineString":
                    continue
                coords = list(line.coords)
                edges += list(itertools.pairwise(coords))
    candidates = sorted(
        (BoundaryEdge(p, q, "", "") for p, q in edges),
        key=lambda e: -e.length_metres(),
    )
    for edge in candidates:
        left = spatial.around(*edge.beside(0.5, clearance), clearance / 2)
        right = spatial.around(*edge.beside(0.5, -clearance), clearance / 2)
        sides = [left, right]
        if all(
            hit.towns == (town,)
            and all(len(hit.districts.get(c, ())) == 1 for c in ("house", "senate"))
            for hit in sides
        ):
            return BoundaryEdge(
                edge.start, edge.end, left.districts["house"][0], right.districts["house"][0]
            )
    raise AssertionError(f"no shared House edge inside {town}")
