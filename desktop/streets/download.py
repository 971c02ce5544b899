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

import requests

from desktop.settings import STREETS_BASE_URL, Settings
from desktop.streets.addrfeat import file_name
from desktop.streets.importer import ImportReport, Progress, import_addrfeat

DEFAULT_YEAR = 2024
CONNECT_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 60.0  # between two chunks; the whole file may take longer
_CHUNK = 1 << 16
_YEAR_IN_URL = re.compile(r"TIGER(\d{4})")


class DownloadError(Exception):
    """The file could not be downloaded: names the URL and what went wrong."""


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
    written = expected = 0
    try:
        with requests.get(
            url, stream=True, timeout=(CONNECT_TIMEOUT_SECONDS, READ_TIMEOUT_SECONDS)
        ) as response:
            if response.status_code != 200:
                status = response.status_code
                hint = " Check the year and the streets.base_url setting." * (status == 404)
                raise DownloadError(f"{url}: the server answered HTTP {status}.{hint}")
            expected = int(response.headers.get("Content-Length") or 0)
            with target.open("wb") as out:
                for chunk in response.iter_content(_CHUNK):
                    out.write(chunk)
                    written += len(chunk)
                    if progress:
                        progress(written, expected)
    except requests.Timeout as exc:
        raise DownloadError(f"{url}: the server did not answer in time ({exc}).") from exc
    except requests.ConnectionError as exc:
        raise DownloadError(f"{url}: cannot connect; is this laptop online? ({exc})") from exc
    except requests.exceptions.ChunkedEncodingError as exc:
        raise DownloadError(_cut_short(url, written, expected)) from exc
    except requests.RequestException as exc:
        raise DownloadError(f"{url}: the download failed ({exc}).") from exc
    if expected and written != expected:
        raise DownloadError(_cut_short(url, written, expected))
    return written


def _cut_short(url: str, written: int, expected: int) -> str:
    of = f" of {expected:,}" if expected else ""
    return f"{url}: the download was cut short after {written:,}{of} bytes; try again."


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
