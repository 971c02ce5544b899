"""Putting an updated dataset in place: where it goes, the swap itself, and the running app.

The new file is written beside the one it replaces and swapped in with os.replace, so
a power cut leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import paths
from desktop.districts.dataset import Dataset


def target_path() -> Path:
    """Where an update writes: TABLING_DATASET's file when set, else the user's own copy."""
    if os.environ.get("TABLING_DATASET"):
        return paths.dataset_path()
    return paths.updated_dataset_path()


def staged_path(target: Path) -> Path:
    """The new file's name until the swap: beside the target, on the same file system."""
    return target.parent / f".update-{os.getpid()}-{target.name}"


def durable_replace(staged: Path, target: Path) -> None:
    """Swap the new file in; flushed first, so a power cut leaves the old file or the new one."""
    with staged.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staged, target)
    try:  # the rename itself, where a folder can be flushed; the swap is done either way
        folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError:
        pass


def adopt(dataset: Dataset, path: Path) -> None:
    """Make a Dataset the running app already holds read the updated file at `path`.

    The window hands one Dataset to every part of it; refreshing that object in place
    lets the kiosk, the letters and the sync use the new roster at once, without a
    restart. Attributes are replaced, never removed first, so a lookup running on
    another thread meanwhile sees the old roster or the new one, never a missing one;
    the towns and precincts are the same in both files.
    """
    fresh = Dataset(path)
    vars(dataset).update(vars(fresh))
    if "spatial" not in vars(fresh):
        vars(dataset).pop("spatial", None)  # the old polygons: read again on first use
