"""Downloading a county's ADDRFEAT zip from the Census, then importing it.

Done before an event, while online. The file streams to a temporary folder (public data,
removed afterwards) with a short connect timeout, so a laptop without a network fails in
seconds, not minutes. A download that fails or is cut short imports nothing: the county's
previous ranges stay.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from desktop.downloads import DownloadError as DownloadError  # raised here, caught by callers
from desktop.downloads import download, public_url
from desktop.settings import STREETS_BASE_URL, Settings
from desktop.streets.addrfeat import file_name
from desktop.streets.importer import ImportReport, Progress, import_addrfeat

DEFAULT_YEAR = 2024
CONNECT_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 60.0  # between two chunks; the whole file may take longer
_YEAR_IN_URL = re.compile(r"TIGER(\d{4})")


def base_url_setting() -> str:
    return Settings().get(STREETS_BASE_URL)


def default_year(base_url: str) -> int:
    """The year in a Census folder URL (".../TIGER2024/ADDRFEAT"), else DEFAULT_YEAR."""
    match = _YEAR_IN_URL.search(base_url)
    return int(match.group(1)) if match else DEFAULT_YEAR


def addrfeat_url(fips: str, year: int, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/{file_name(fips, year)}"


def download_file(url: str, target: Path, progress: Progress | None = None) -> int:
    """Stream `url` to `target`; returns the bytes written. `progress` gets (bytes, total),
    total 0 when the server does not say."""
    try:
        return download(
            url,
            target,
            progress,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            read_timeout=READ_TIMEOUT_SECONDS,
        )
    except DownloadError as exc:
        if exc.status == 404:  # the usual cause: a year or folder the Census does not have
            hint = "Check the year and the streets.base_url setting."
            message = f"{public_url(url)}: the server answered HTTP 404. {hint}"
            raise DownloadError(message, status=404) from exc
        raise DownloadError(f"{exc}.", status=exc.status) from exc


def download_county(
    fips: str,
    *,
    year: int | None = None,
    base_url: str | None = None,
    store_path: Path | None = None,
    download_progress: Progress | None = None,
    import_progress: Progress | None = None,
) -> ImportReport:
    """Download the county's ADDRFEAT zip and import it, replacing its previous ranges.

    `base_url` defaults to the streets.base_url setting, `year` to the year in it.
    Raises DownloadError (network, HTTP, cut short) or StreetsError (a bad file).
    """
    base_url = base_url or base_url_setting()
    year = year or default_year(base_url)
    url = addrfeat_url(fips, year, base_url)
    with tempfile.TemporaryDirectory(prefix="tabling-download-") as folder:
        target = Path(folder) / file_name(fips, year)
        download_file(url, target, download_progress)
        return import_addrfeat(
            target, store_path=store_path, fips=fips, year=year, progress=import_progress
        )
