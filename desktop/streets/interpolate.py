"""A house number's point along a street segment, set off to its side of the street.

Distances are in metres on a local equirectangular projection (longitude scaled by the
cosine of the segment's latitude): over a segment a few hundred metres long this is
within a fraction of a metre of the geodesic answer, and it costs a multiplication.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Literal

Side = Literal["left", "right"]
_METRES_PER_DEGREE = 6_371_008.8 * math.pi / 180  # on the mean Earth radius


def fraction_along(number: int, start: int, end: int) -> float:
    """Where `number` falls from the FROM number (0) to the TO number (1).

    Ranges may run high to low ("98" to "2"); a range of one number puts it midway.
    """
    if start == end:
        return 0.5
    return min(1.0, max(0.0, (number - start) / (end - start)))


def point_along(
    line: Sequence[tuple[float, float]], fraction: float, side: Side, offset_metres: float
) -> tuple[float, float]:
    """The (lon, lat) at `fraction` of the line's length from its first vertex, moved
    `offset_metres` to the `side` (seen walking from the first vertex to the last)."""
    latitude = sum(lat for _, lat in line) / len(line)
    x_scale = _METRES_PER_DEGREE * math.cos(math.radians(latitude))
    xy = [(lon * x_scale, lat * _METRES_PER_DEGREE) for lon, lat in line]
    pieces = [(a, b, math.dist(a, b)) for a, b in itertools.pairwise(xy)]
    pieces = [piece for piece in pieces if piece[2] > 0]  # repeated vertices have no direction
    if not pieces:  # a degenerate line: no direction to step aside in
        return line[0]
    remaining = fraction * sum(length for _, _, length in pieces)
    index = 0
    while index < len(pieces) - 1 and remaining > pieces[index][2]:
        remaining -= pieces[index][2]
        index += 1
    (ax, ay), (bx, by), length = pieces[index]
    share = min(1.0, remaining / length)  # rounding can leave a hair past the last vertex
    x, y = ax + (bx - ax) * share, ay + (by - ay) * share
    # The unit normal to the left of the direction of travel is (-dy, dx).
    nx, ny = -(by - ay) / length, (bx - ax) / length
    sign = 1.0 if side == "left" else -1.0
    x += sign * offset_metres * nx
    y += sign * offset_metres * ny
    return x / x_scale, y / _METRES_PER_DEGREE
