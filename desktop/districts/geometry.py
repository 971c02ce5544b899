"""Turning source polygons (EPSG:26986, metres) into what the dataset stores.

Simplified in metres first, so the tolerance is a distance on the ground, then
reprojected to WGS84 longitude/latitude and rounded to 7 decimals (about 1 cm).
Used by `tabling data build` and `tabling data update` (which runs in the app): a lookup
never needs pyproj.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from shapely.validation import make_valid

# Douglas-Peucker keeps every simplified edge within this distance of the source.
SIMPLIFY_TOLERANCE_M = 0.9
COORDINATE_DECIMALS = 7


def polygonal(geometry: Any) -> Any:
    """The polygon parts of a geometry, repaired if it is invalid."""
    if geometry.is_valid:
        return geometry
    repaired = make_valid(geometry)
    parts = [g for g in getattr(repaired, "geoms", [repaired]) if g.geom_type.endswith("Polygon")]
    return shapely.union_all(parts)


# EPSG:26986 (NAD83 / Massachusetts Mainland, metres) to longitude/latitude, as PROJ's
# database resolves `from_crs(26986, 4326)` (NAD83 taken as WGS84, as it does here): the
# pipeline alone needs no database, so the bundle leaves PROJ's 9 MB proj.db out.
# tests/districts check it gives what `from_crs` gives, where proj.db is.
PIPELINES = {
    26986: (
        "proj=pipeline step inv proj=lcc lat_0=41 lon_0=-71.5 lat_1=42.6833333333333"
        " lat_2=41.7166666666667 x_0=200000 y_0=750000 ellps=GRS80"
        " step proj=unitconvert xy_in=rad xy_out=deg"
    ),
}


class Reprojector:
    def __init__(self, source_epsg: int) -> None:
        from pyproj import Transformer

        pipeline = PIPELINES.get(source_epsg)
        self._transformer = (
            Transformer.from_pipeline(pipeline)
            if pipeline is not None
            else Transformer.from_crs(source_epsg, 4326, always_xy=True)
        )

    def _lonlat(self, xy: np.ndarray) -> np.ndarray:
        lon, lat = self._transformer.transform(xy[:, 0], xy[:, 1])
        return np.round(np.column_stack([lon, lat]), COORDINATE_DECIMALS)

    def to_wgs84(self, geometry: Any, simplify: bool = True) -> Any:
        shape = polygonal(geometry)
        if simplify:
            shape = shapely.simplify(shape, SIMPLIFY_TOLERANCE_M, preserve_topology=True)
        return polygonal(shapely.transform(shape, self._lonlat))
