"""Warm lookups, one at a time: points and town names, each beside a bare floor.

Both are measured on an open dataset whose spatial index is already built (the
open is measured in startup_bench), 10,000 lookups per round, reported as the
median over rounds of the mean time per lookup, in microseconds.

Point lookup. The points are drawn with a fixed seed, uniformly in Massachusetts'
bounding box, and kept only when they fall inside some town polygon (about 39% do;
the rest are sea or another state), so each is a point a person could stand on.
Two floors over the same town and district polygons, timed in turn with `lookup`:
(a) a bare `shapely.STRtree` asked `tree.query(Point(lon, lat),
predicate="intersects")` per point, the obvious bare answer; shapely then tests
the point against unprepared polygons, which is slow, so `lookup` beats it.
(b) the same tree's box query, then `shapely.intersects_xy` on the prepared
polygons: the fastest exact answer shapely gives per point, with nothing around
it. `lookup` does (b), then names the districts and builds the result; we aim for
within 3x of each.

Town lookup. Town names drawn with a fixed seed from `dataset.towns`, a quarter of
them upper-cased and a quarter lower-cased, as people type them. The floor folds
the name with `place_key` and looks it up in `dataset.places`: any lookup by typed
name must at least fold it and find it, so nothing cheaper would answer correctly.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
import shapely

from benchmarks.timing import Measurement, interleaved_medians, paired_medians, time_once
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.names import place_key
from desktop.districts.query import LookupQuery

# Massachusetts' bounding box, degrees (WGS 84).
WEST, EAST, SOUTH, NORTH = -73.51, -69.93, 41.24, 42.89
POINT_TARGET_RATIO = 3.0


def points_in_towns(dataset: Dataset, count: int, seed: int) -> list[tuple[float, float]]:
    """`count` (lon, lat) points, uniform in the box and inside some town, in drawn order."""
    spatial = dataset.spatial
    towns = shapely.STRtree(spatial.geometries[spatial.layers == "town"])
    rng = np.random.default_rng(seed)
    kept: list[tuple[float, float]] = []
    while len(kept) < count:
        lons = rng.uniform(WEST, EAST, count)
        lats = rng.uniform(SOUTH, NORTH, count)
        hits = np.unique(towns.query(shapely.points(lons, lats), predicate="intersects")[0])
        kept += [(float(lons[i]), float(lats[i])) for i in hits]
    return kept[:count]


def town_names(dataset: Dataset, count: int, seed: int) -> list[str]:
    """`count` town names, some in upper or lower case, drawn with a fixed seed."""
    rng = random.Random(seed)
    towns = dataset.towns
    spellings: list[Callable[[str], str]] = [str.upper, str.lower, str, str]
    return [rng.choice(spellings)(rng.choice(towns)) for _ in range(count)]


def _per_call_us(run: Callable[[], object], count: int) -> Callable[[], float]:
    """A sampler: one timed call of `run` (which does `count` lookups), in us per lookup."""
    return lambda: time_once(run) / count * 1e6


def measure_points(dataset: Dataset, count: int, rounds: int, seed: int) -> list[Measurement]:
    points = points_in_towns(dataset, count, seed)
    queries = [LookupQuery(lat=lat, lon=lon) for lon, lat in points]
    geometries = dataset.spatial.geometries  # prepared by SpatialIndex
    tree = shapely.STRtree(geometries)

    def ours() -> None:
        for query in queries:
            lookup(dataset, query)

    def predicate_floor() -> None:
        for lon, lat in points:
            tree.query(shapely.Point(lon, lat), predicate="intersects")

    def prepared_floor() -> None:
        for lon, lat in points:
            boxes = tree.query(shapely.Point(lon, lat))
            _ = boxes[shapely.intersects_xy(geometries[boxes], lon, lat)]

    runs = [ours, predicate_floor, prepared_floor]
    for run in runs:
        run()  # warm-up
    ours_us, predicate_us, prepared_us = interleaved_medians(
        [_per_call_us(run, count) for run in runs], rounds
    )
    note = f"{count} points uniform in the MA box, kept inside a town; seed {seed}"
    floors = [
        ("point lookup", predicate_us, "STRtree query(predicate=intersects)"),
        ("point lookup (prepared)", prepared_us, "STRtree query + prepared intersects_xy"),
    ]
    return [
        Measurement(
            name=name,
            unit="us",
            ours=ours_us,
            baseline=floor_us,
            baseline_name=baseline_name,
            rounds=rounds,
            target=f"<= {POINT_TARGET_RATIO:g}x floor",
            target_met=ours_us <= POINT_TARGET_RATIO * floor_us,
            note=note,
        )
        for name, floor_us, baseline_name in floors
    ]


def measure_towns(dataset: Dataset, count: int, rounds: int, seed: int) -> Measurement:
    names = town_names(dataset, count, seed)
    queries = [LookupQuery(town=name) for name in names]
    places = dataset.places

    def ours() -> None:
        for query in queries:
            lookup(dataset, query)

    def floor() -> None:
        for name in names:
            _ = places[place_key(name)]

    ours()  # warm-up
    floor()
    ours_us, floor_us = paired_medians(
        _per_call_us(ours, count), _per_call_us(floor, count), rounds
    )
    return Measurement(
        name="town lookup",
        unit="us",
        ours=ours_us,
        baseline=floor_us,
        baseline_name="place_key + dict lookup",
        rounds=rounds,
        note=f"{count} names from dataset.towns, 1/4 upper, 1/4 lower case; seed {seed}",
    )


def lookup_measurements(dataset: Dataset, count: int, rounds: int, seed: int) -> list[Measurement]:
    _ = dataset.spatial  # build the index now: its cost belongs to the open, not to lookups
    return [
        *measure_points(dataset, count, rounds, seed),
        measure_towns(dataset, count, rounds, seed),
    ]
