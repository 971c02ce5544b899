"""The data update's reprojection without PROJ's database gives what the database gives."""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Transformer

from desktop.districts.geometry import PIPELINES, Reprojector
from desktop.districts.sources import SOURCE_EPSG


def test_the_pipeline_is_what_proj_chooses_for_the_massgis_maps() -> None:
    chosen = Transformer.from_crs(SOURCE_EPSG, 4326, always_xy=True)  # reads proj.db
    assert chosen.definition == PIPELINES[SOURCE_EPSG]
    # Corners of Massachusetts and the State House, metres east and north.
    xs = np.array([33_000.0, 236_000.0, 330_000.0, 330_000.0, 180_000.0])
    ys = np.array([870_000.0, 900_000.0, 960_000.0, 780_000.0, 900_000.0])
    lon, lat = chosen.transform(xs, ys)
    ours = Reprojector(SOURCE_EPSG)
    for x, y, want_lon, want_lat in zip(xs, ys, lon, lat, strict=True):
        point = ours.to_wgs84(shapely.Point(x, y), simplify=False)
        assert abs(point.x - want_lon) < 1e-7 and abs(point.y - want_lat) < 1e-7
