"""How the app talks to web servers: one hardened requests Session for every HTTP API.

census.gov has been refusing scripted downloads that send a library's default
User-Agent (HTTP 403, reported through 2025), and every operator of a public API is
entitled to know what is calling it. Every request the app makes (downloads, the
Legislature's API, the geocoder, Action Network) names the app, its version and the
page that says what the app is.

The same session keeps what leaves the laptop under the app's settings alone:

- https only. A plain http:// URL is refused before any connection, unless its host is
  this computer (localhost, 127.0.0.0/8, ::1: the tests' servers), with a message that
  names the setting to fix.
- Redirects are followed only to the same host (the same name, compared as written, and
  the same port: "localhost" and "127.0.0.1" are two hosts) and only to an https (or
  loopback) URL; any other is refused before it is requested.
- Nothing is taken from the environment: no HTTP(S)_PROXY, ALL_PROXY or NO_PROXY, no
  .netrc, no REQUESTS_CA_BUNDLE (`trust_env` off). A proxy is used only when the
  `network.proxy` setting names one, for every request.

requests itself is imported only when a session is made: network code loads on demand.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop import __version__

if TYPE_CHECKING:
    import requests

    from desktop.settings import Settings

# The project's public page (its README): what the app is and who runs it.
ABOUT_URL = "https://github.com/tabling-app/tabling#readme"
USER_AGENT = f"tabling/{__version__} (+{ABOUT_URL})"
PROXY_SCHEMES = ("http", "https")


class RefusedURL(ValueError):
    """A URL the app will not request (plain http to another computer, a redirect away)."""


def is_loopback(host: str) -> bool:
    """Whether `host` names this computer: localhost, 127.0.0.0/8 or ::1 (no DNS asked).

    Not "*.localhost": a resolver may well ask DNS for those, and DNS can point anywhere.
    """
    name = host.strip().rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name.removeprefix("[").removesuffix("]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, setting: str | None = None) -> str:
    """`url` if the app may request it, else raise RefusedURL naming `setting`.

    http(s) only, with a host; plain http only to this computer.
    """
    parts = urlsplit(url.strip())
    fix = f"Change the setting {setting}" if setting else "Change the web address in the settings"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedURL(f"{_shown(url)} is not a web address (https://…). {fix}.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise RefusedURL(
            f"The app talks to {parts.hostname} only over https, not plain http "
            f"({_shown(url)}). {fix} to an https:// address."
        )
    return url.strip()


def check_proxy(url: str) -> str:
    """The `network.proxy` setting's value if usable ("" for none), else RefusedURL."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise RefusedURL(
            f"The proxy {_shown(url)} is not an http:// or https:// address "
            "(like http://proxy.example.org:3128). Change the setting network.proxy."
        )
    return url


def same_host(a: str, b: str) -> bool:
    """Whether two URLs name the same host and port (names compared as written)."""
    first, second = urlsplit(a), urlsplit(b)
    return (first.hostname or "").rstrip(".").lower() == (second.hostname or "").rstrip(
        "."
    ).lower() and _port(first.scheme, first.port) == _port(second.scheme, second.port)


def session(settings: Settings | None = None) -> requests.Session:
    """The app's Session: its User-Agent, https only, same-host redirects, and a proxy
    only from the `network.proxy` setting (`settings`, else the user's settings file)."""
    from desktop.settings import NETWORK_PROXY, Settings
    from desktop.web_session import AppSession

    chosen = settings if settings is not None else Settings()
    return AppSession(USER_AGENT, check_proxy(chosen.get(NETWORK_PROXY)))


def url_settings() -> dict[str, str]:
    """The user's web address settings, key -> value, to name the one a refused URL is in."""
    from desktop.settings import ALL, Settings

    chosen = Settings()
    return {s.key: str(chosen.get(s)) for s in ALL if s.address == "web"}


def setting_for(url: str) -> str | None:
    """The setting whose web address `url` starts with, if there is one."""
    for key, value in url_settings().items():
        if value and url.strip().startswith(value.rstrip("/")):
            return key
    return None


def _port(scheme: str, port: int | None) -> int:
    return port if port is not None else (443 if scheme == "https" else 80)


def _shown(url: str) -> str:
    """The URL without user name, password, query or fragment (it may go on screen)."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        port = None
    where = f"{host}:{port}" if port else host
    return f"{parts.scheme}://{where}{parts.path}" if parts.scheme else url.strip()[:80]
