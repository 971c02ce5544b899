"""The requests Session behind `desktop.web.session()`; imported only when one is made.

See desktop/web.py for the rules: https only (loopback excepted), redirects only to the
same host, no proxy or certificates from the environment, a proxy only from the settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import requests

from desktop.web import RefusedURL, check_url, same_host, setting_for


class RefusedRequest(RefusedURL, requests.exceptions.InvalidURL):
    """A request or redirect the app refuses; also a RequestException, so every caller's
    handling of a failed request covers it, with this message."""


class AppSession(requests.Session):
    def __init__(self, user_agent: str, proxy: str = "") -> None:
        super().__init__()
        self.headers["User-Agent"] = user_agent
        # Nothing from the environment: no *_PROXY, no .netrc, no REQUESTS_CA_BUNDLE.
        self.trust_env = False
        self.proxies = {"http": proxy, "https": proxy} if proxy else {}

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        _checked(url if isinstance(url, str) else url.decode("utf-8", "replace"))
        return super().request(method, url, *args, **kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        # Every request passes here, each redirect too: one last look before it leaves.
        _checked(request.url or "")
        return super().send(request, **kwargs)

    def resolve_redirects(
        self, resp: requests.Response, req: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> Iterator[Any]:
        if kwargs.get("yield_requests"):
            # allow_redirects=False: requests only works out where it would go, sends nothing.
            yield from super().resolve_redirects(resp, req, *args, **kwargs)
            return
        self._check_redirect(resp)
        for followed in super().resolve_redirects(resp, req, *args, **kwargs):
            # Checked before the generator goes on to request the next hop.
            self._check_redirect(followed)
            yield followed

    def _check_redirect(self, resp: requests.Response) -> None:
        target = self.get_redirect_target(resp)
        if target:
            _check_redirect(resp.url, target)


def _checked(url: str) -> None:
    try:
        check_url(url)
    except RefusedURL:
        try:  # again, to name the setting the address came from
            check_url(url, setting_for(url))
        except RefusedURL as exc:
            raise RefusedRequest(str(exc)) from None


def _check_redirect(source: str, target: str) -> None:
    destination = urljoin(source, target)  # "/path" and "//host/path" as a browser would
    if not same_host(source, destination):
        raise RefusedRequest(
            f"{_host(source)} sent the app on to another host ({_host(destination)}); "
            "the app follows a redirect only to the same host, so it stopped there."
        )
    try:
        check_url(destination)
    except RefusedURL:
        raise RefusedRequest(
            f"{_host(source)} redirected the app to plain http; the app follows a redirect "
            "only to https, so it stopped there."
        ) from None


def _host(url: str) -> str:
    from desktop.downloads import host

    return host(url)
