"""Downloading the update's files, and taking a shapefile out of a MassGIS zip.

Every failure is a DownloadError whose text is a plain phrase naming the file and
what went wrong, for the one sentence `tabling data update` ends with.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from desktop.downloads import DownloadError as DownloadError  # also raised for a bad zip
from desktop.downloads import download, file_name, host

MAX_BYTES = 300 * 1024 * 1024  # far above the largest file (HOUSE2021.zip is ~10 MB)
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
REQUIRED_PARTS = (".shp", ".shx", ".dbf")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def fetch(url: str, folder: Path, progress: Callable[[str], None] = lambda _line: None) -> Path:
    """Download `url` into `folder`, whole, or raise DownloadError."""
    name = file_name(url)
    target = folder / name
    progress(f"Downloading {name} from {host(url)} …")
    received = download(url, target, max_bytes=MAX_BYTES)  # the default timeouts
    progress(f"Downloaded {name} ({_megabytes(received)})")
    return target


def _shapefile_members(archive: zipfile.ZipFile, stem: str) -> dict[str, zipfile.ZipInfo]:
    """The zip's members of the shapefile `stem` (any folder, any case), by suffix.

    Falls back to the zip's only shapefile when none is named `stem`, so a renamed
    release still works; with several and none named so, nothing is guessed.
    """
    members = [m for m in archive.infolist() if not m.is_dir()]
    shapefiles = [PurePosixPath(m.filename) for m in members if m.filename.lower().endswith(".shp")]
    named = [p for p in shapefiles if p.stem.lower() == stem.lower()]
    chosen = named or (shapefiles if len(shapefiles) == 1 else [])
    if not chosen:
        return {}
    base = chosen[0].with_suffix("").as_posix().lower()
    return {
        PurePosixPath(m.filename).suffix.lower(): m
        for m in members
        if PurePosixPath(m.filename).with_suffix("").as_posix().lower() == base
    }


def unpack_shapefile(zip_path: Path, stem: str, folder: Path) -> Path:
    """Write the zip's shapefile `stem` as folder/stem.* and return folder/stem.

    Only the shapefile's own parts are written, under names chosen here, never under
    the archive's paths (a crafted `../` name cannot escape the folder).
    """
    name = zip_path.name
    if not zipfile.is_zipfile(zip_path):
        raise DownloadError(f"{name} is not a complete zip file (the download may be damaged)")
    try:
        with zipfile.ZipFile(zip_path) as archive:
            parts = _shapefile_members(archive, stem)
            missing = [suffix for suffix in REQUIRED_PARTS if suffix not in parts]
            if missing:
                raise DownloadError(f"{name} holds no {stem}{missing[0]} shapefile part")
            if any(info.file_size > MAX_BYTES for info in parts.values()):
                raise DownloadError(f"{name} holds a file larger than any district map should be")
            folder.mkdir(parents=True, exist_ok=True)
            for suffix in SHAPEFILE_PARTS:
                if suffix in parts:
                    (folder / f"{stem}{suffix}").write_bytes(archive.read(parts[suffix]))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise DownloadError(f"{name} is a damaged zip file ({exc})") from exc
    return folder / stem
