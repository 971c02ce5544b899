"""Streaming one file over HTTP to disk: the one download every part of the app uses.

`download` writes the body to a path chunk by chunk, reporting (bytes so far, total),
and fails with a DownloadError whose text is a plain phrase, without a final period,
naming the file and what went wrong: the server's answer, no connection, a server that
went silent, a body cut short, a file larger than the caller allows. The text never
holds the URL's query string or credentials (a signed or keyed URL stays off screens
and out of logs). A failed download leaves nothing at the target.

requests is imported only when a download starts: network code loads on demand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit, urlunsplit

from desktop import web

ByteProgress = Callable[[int, int], None]  # (bytes so far, total bytes or 0 when unknown)

CONNECT_TIMEOUT = 15.0  # seconds to reach the server
READ_TIMEOUT = 60.0  # seconds the server may stay silent; the whole file may take longer
CHUNK = 64 * 1024
_QUERY = re.compile(r"\?[^\s'\"()<>]*")


class DownloadError(Exception):
    """A file could not be downloaded or is not what it should be.

    `status` is the HTTP status when the server answered with a status other than 200.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def host(url: str) -> str:
    """The URL's host and port, without any user name or password."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    name = parts.hostname or ""
    return f"{name}:{port}" if port else name


def file_name(url: str) -> str:
    """The last part of the URL's path (the file's name), else its host."""
    return PurePosixPath(urlsplit(url).path).name or host(url) or "the file"


def public_url(url: str) -> str:
    """The URL as it may be shown: no user name, password, query string or fragment."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, host(url), parts.path, "", ""))


def download(
    url: str,
    target: Path,
    progress: ByteProgress | None = None,
    *,
    max_bytes: int | None = None,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
) -> int:
    """Stream `url` to `target`, whole, and return the bytes written; or raise DownloadError.

    `progress` gets (bytes so far, total), the total 0 when the server does not say or
    sends the file compressed. More than `max_bytes` stops the download. An exception
    raised by `progress` (a Cancel) passes through unchanged.
    """
    try:
        return _stream(url, target, progress, max_bytes, (connect_timeout, read_timeout))
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _stream(
    url: str,
    target: Path,
    progress: ByteProgress | None,
    max_bytes: int | None,
    timeouts: tuple[float, float],
) -> int:
    import requests
    from urllib3.exceptions import ReadTimeoutError

    name, where = file_name(url), host(url)
    silent = f"{where} sent nothing for {timeouts[1]:g} seconds"
    received = expected = 0
    try:
        # The app's session: https only, redirects to the same host only, a proxy only
        # from the settings (desktop/web.py).
        with (
            web.session() as opened,
            opened.get(url, stream=True, timeout=timeouts) as response,
        ):
            if response.status_code != 200:
                answer = f"{response.status_code} {response.reason or ''}".strip()
                raise DownloadError(
                    f"{name} could not be downloaded (the server answered {answer})",
                    status=response.status_code,
                )
            # A compressed transfer's length is not the file's: then the total is unknown.
            encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if encoding in ("", "identity"):
                expected = _length(response.headers.get("Content-Length"))
            if max_bytes is not None and expected > max_bytes:
                raise _too_large(name, max_bytes)
            with target.open("wb") as out:
                for chunk in response.iter_content(CHUNK):
                    received += len(chunk)
                    if max_bytes is not None and received > max_bytes:
                        raise _too_large(name, max_bytes)
                    out.write(chunk)
                    if progress:
                        progress(received, expected)
    except requests.ConnectTimeout as exc:
        problem = f"{where} did not answer within {timeouts[0]:g} seconds; is this laptop online?"
        raise _not_downloaded(name, problem) from exc
    except requests.Timeout as exc:
        raise _not_downloaded(name, silent) from exc
    except requests.ConnectionError as exc:
        # A silence in the middle of the body comes as a ConnectionError.
        timed_out = bool(exc.args) and isinstance(exc.args[0], ReadTimeoutError)
        problem = silent if timed_out else f"no connection to {where}; is this laptop online?"
        raise _not_downloaded(name, problem) from exc
    except requests.exceptions.ChunkedEncodingError as exc:
        # urllib3 checks that every byte it was promised arrived.
        raise _cut_short(name, received, expected) from exc
    except web.RefusedURL as exc:  # plain http, a redirect to another host: said as is
        raise _not_downloaded(name, str(exc).rstrip(".")) from exc
    except requests.RequestException as exc:
        shown = _QUERY.sub("", str(exc).replace(url, public_url(url)))
        raise _not_downloaded(name, shown) from exc
    except OSError as exc:  # writing the file
        raise DownloadError(f"{name} could not be saved ({exc.strerror or exc})") from exc
    if received < expected:
        raise _cut_short(name, received, expected)
    return received


def _not_downloaded(name: str, problem: str) -> DownloadError:
    return DownloadError(f"{name} could not be downloaded ({problem})")


def _length(header: str | None) -> int:
    try:
        return max(int(header or 0), 0)
    except ValueError:
        return 0


def _too_large(name: str, max_bytes: int) -> DownloadError:
    return DownloadError(f"{name} is larger than {max_bytes:,} bytes, more than it should be")


def _cut_short(name: str, received: int, expected: int) -> DownloadError:
    of = f" of {expected:,}" if expected else ""
    return DownloadError(
        f"{name} arrived incomplete (the download was cut short after {received:,}{of} bytes)"
    )
