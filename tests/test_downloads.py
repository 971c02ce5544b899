"""The one download helper, against a loopback HTTP server (and a port nobody listens on)."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop import __version__
from desktop.downloads import DownloadError, download, file_name, host, public_url
from desktop.web import ABOUT_URL, USER_AGENT
from tests.outbox.smtp_server import free_port

FILE = "/data/HOUSE2021.zip"
BODY = bytes(range(256)) * 1000  # 256,000 bytes: several chunks
SECRET = "key=s3cr3t"


@pytest.fixture
def url(httpserver: HTTPServer) -> str:
    """The file's URL, with a query string that no message may show."""
    return f"{httpserver.url_for(FILE)}?{SECRET}"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "HOUSE2021.zip"


def failure(url: str, target: Path, **options: float) -> str:
    """The DownloadError's text; the target is not left behind, the query never shown."""
    with pytest.raises(DownloadError) as caught:
        download(url, target, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert SECRET not in message and "?" not in message.replace("online?", "")
    assert not target.exists()
    return message


def test_names_for_messages_leave_out_credentials_and_query() -> None:
    url = "https://user:pw@example.org:8443/a/b/HOUSE2021.zip?key=1#part"
    assert file_name(url) == "HOUSE2021.zip"
    assert host(url) == "example.org:8443"
    assert public_url(url) == "https://example.org:8443/a/b/HOUSE2021.zip"
    assert file_name("https://example.org") == "example.org"


def test_a_download_names_the_app_as_census_gov_asks(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    """census.gov refuses a library's default User-Agent: ours names the app and its page."""
    httpserver.expect_request(FILE, headers={"User-Agent": USER_AGENT}).respond_with_data(
        BODY, content_type="application/zip"
    )
    assert download(url, target) == len(BODY)
    assert f"tabling/{__version__} (+{ABOUT_URL})" == USER_AGENT


def test_a_file_downloads_whole_with_progress(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    httpserver.expect_request(FILE).respond_with_data(BODY, content_type="application/zip")
    seen: list[tuple[int, int]] = []
    assert download(url, target, lambda n, total: seen.append((n, total))) == len(BODY)
    assert target.read_bytes() == BODY
    assert len(seen) > 1 and seen[-1] == (len(BODY), len(BODY))
    assert [n for n, _ in seen] == sorted(n for n, _ in seen)


def test_a_compressed_transfer_is_not_mistaken_for_a_cut_short_one(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    packed = gzip.compress(BODY)
    httpserver.expect_request(FILE).respond_with_data(packed, headers={"Content-Encoding": "gzip"})
    seen: list[tuple[int, int]] = []
    assert download(url, target, lambda n, total: seen.append((n, total))) == len(BODY)
    assert target.read_bytes() == BODY
    assert {total for _, total in seen} == {0}  # the file's size is not known


def test_a_missing_file_names_the_file_and_the_status(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    httpserver.expect_request(FILE).respond_with_data("Not Found", status=404)
    message = failure(url, target)
    assert message == "HOUSE2021.zip could not be downloaded (the server answered 404 NOT FOUND)"


def test_a_server_error_carries_its_status(httpserver: HTTPServer, url: str, target: Path) -> None:
    httpserver.expect_request(FILE).respond_with_data("oops", status=500)
    with pytest.raises(DownloadError) as caught:
        download(url, target)
    assert caught.value.status == 500
    assert str(caught.value).endswith("(the server answered 500 INTERNAL SERVER ERROR)")


def promise_all_send_half(request: Request) -> Response:
    # The server promises the whole file, sends half, and hangs up.
    return Response(
        iter([BODY[: len(BODY) // 2]]),
        headers={"Content-Length": str(len(BODY))},
        direct_passthrough=True,
    )


def test_a_body_cut_short_says_how_much_arrived(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    httpserver.expect_request(FILE).respond_with_handler(promise_all_send_half)
    message = failure(url, target)
    assert message.startswith("HOUSE2021.zip arrived incomplete (the download was cut short after ")
    assert message.endswith(f" of {len(BODY):,} bytes)")


def test_a_file_over_the_limit_announced_in_advance(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    httpserver.expect_request(FILE).respond_with_data(BODY)
    message = failure(url, target, max_bytes=1000)
    assert message == "HOUSE2021.zip is larger than 1,000 bytes, more than it should be"


def test_a_file_over_the_limit_of_unknown_size(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    def unannounced(request: Request) -> Response:
        return Response(iter([BODY[:100_000]] * 3))  # no Content-Length

    httpserver.expect_request(FILE).respond_with_handler(unannounced)
    message = failure(url, target, max_bytes=250_000)
    assert message == "HOUSE2021.zip is larger than 250,000 bytes, more than it should be"


def test_a_port_nobody_listens_on(target: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/data/HOUSE2021.zip?{SECRET}"
    message = failure(url, target)
    assert message.startswith("HOUSE2021.zip could not be downloaded (no connection to 127.0.0.1:")
    assert message.endswith("; is this laptop online?)")


def test_a_url_requests_cannot_use_is_named_without_its_secrets(target: Path) -> None:
    message = failure(f"ftp://user:pw@example.org/HOUSE2021.zip?{SECRET}", target)
    # Refused by the app's session before requests looks for an adapter (desktop/web.py).
    assert message.startswith("HOUSE2021.zip could not be downloaded (ftp://example.org/")
    assert "is not a web address" in message
    assert "pw" not in message and SECRET not in message


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets a slow handler finish once the test is done, freeing the one-thread server."""
    event = threading.Event()
    yield event
    event.set()


def test_a_server_that_does_not_answer_in_time(
    httpserver: HTTPServer, url: str, target: Path, release: threading.Event
) -> None:
    def slow(request: Request) -> Response:
        release.wait(5)
        return Response(BODY)

    httpserver.expect_request(FILE).respond_with_handler(slow)
    message = failure(url, target, read_timeout=0.2)
    silent = f"{httpserver.host}:{httpserver.port} sent nothing for 0.2 seconds"
    assert message == f"HOUSE2021.zip could not be downloaded ({silent})"


def test_a_server_that_goes_silent_mid_file(
    httpserver: HTTPServer, url: str, target: Path, release: threading.Event
) -> None:
    def stalls() -> Iterator[bytes]:
        yield BODY[:1000]
        release.wait(5)
        yield BODY[1000:]

    def handler(request: Request) -> Response:
        return Response(stalls(), headers={"Content-Length": str(len(BODY))})

    httpserver.expect_request(FILE).respond_with_handler(handler)
    message = failure(url, target, read_timeout=0.2)
    assert message.endswith(f"({httpserver.host}:{httpserver.port} sent nothing for 0.2 seconds)")


def test_a_cancel_from_the_progress_passes_through(
    httpserver: HTTPServer, url: str, target: Path
) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    httpserver.expect_request(FILE).respond_with_data(BODY)
    with pytest.raises(Cancelled):
        download(url, target, cancel)
    assert not target.exists()
