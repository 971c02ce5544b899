"""How the app introduces itself to the web servers it talks to.

census.gov has been refusing scripted downloads that send a library's default
User-Agent (HTTP 403, reported through 2025), and every operator of a public API is
entitled to know what is calling it. Every request the app makes (downloads, the
Legislature's API, the geocoder, Action Network) names the app, its version and the
page that says what the app is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    import requests

# The project's public page (its README): what the app is and who runs it.
ABOUT_URL = "https://github.com/tabling-app/tabling#readme"
USER_AGENT = f"tabling/{__version__} (+{ABOUT_URL})"


def session() -> requests.Session:
    """A requests Session that sends the app's User-Agent (requests loads on demand)."""
    import requests

    opened = requests.Session()
    opened.headers["User-Agent"] = USER_AGENT
    return opened
