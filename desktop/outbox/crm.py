"""Sign-ups to Action Network, the coalition's CRM, through its person signup helper.

Only sign-ups who ticked "Keep me informed" come here; the sync runner decides that. This
module knows the wire format and how to be a polite, sturdy client on booth wifi:

- One POST per person to the person signup helper, ``POST {base_url}/people``, with the
  key in the ``OSDI-API-Token`` header. Sources, read for the field names:
  https://actionnetwork.org/docs/v2/person_signup_helper (the ``person`` hash and
  ``add_tags``; people are matched and deduplicated by email address, and by phone),
  https://actionnetwork.org/docs/v2/people (``email_addresses[].address``,
  ``phone_numbers[].number``, ``postal_addresses[]`` with ``postal_code``, ``locality``,
  ``region``, ``country``; ``languages_spoken`` as ISO 639 codes; ``identifiers`` such as
  ``action_network:<uuid>`` in the answer), and the general concepts page, which limits
  clients to 4 calls a second.
- The helper updates the person who already has the email, so sending the same sign-up
  twice is harmless: that is what makes retrying a POST after a lost answer safe, and why
  a person with neither an email nor a phone is refused before anything is sent.
- Our own retry loop rather than urllib3's ``Retry``: every attempt, retries included,
  goes through one rate limiter, and a ``Retry-After`` also holds back the other threads.
- Errors come in two kinds the runner can act on: `CrmTransientError` (try again later,
  the sign-up stays queued) and `CrmPermanentError` (a bad key or a rejected person: a
  person must look at it). Neither message, nor any log line, holds the API key; log lines
  hold no personal data either, only status codes and exception types.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from desktop import web
from desktop.outbox.crm_person import CrmPerson, identifier_from, signup_body
from desktop.outbox.errors import OutboxError, PermanentError, TransientError
from desktop.outbox.pacing import RateLimiter, parse_retry_after
from desktop.outbox.reasons import crm_reason
from desktop.outbox.smtp import is_loopback

if TYPE_CHECKING:
    from desktop.settings import Settings

log = logging.getLogger(__name__)

TOKEN_HEADER: Final = "OSDI-API-Token"

# Worth another try: throttling, gateways and overload, a request the server timed out.
# A 500 is included because it is the server's fault, not the sign-up's; if it persists,
# the runner sees a CrmTransientError and keeps the sign-up queued for the next sync.
RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
MESSAGE_LIMIT: Final = 300  # characters of the server's error message kept in an exception


class CrmError(OutboxError):
    """Sending a sign-up to the CRM did not work."""


class CrmTransientError(CrmError, TransientError):
    """Gave up for now (network down, throttled, server trouble): keep it queued and retry later.

    `retry_after` is the server's own hint in seconds when it gave one, so the runner can
    wait at least that long before the next sync.
    """

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.summary = message
        self.deferred = status in RETRY_STATUSES  # throttled or overloaded, not unanswered


class CrmPermanentError(CrmError, PermanentError):
    """The server refused for a reason retrying cannot fix (bad key, invalid person).

    `server_message` is what the server said, with the API key blanked out should it have
    been echoed back.
    """

    def __init__(self, message: str, *, status: int | None, server_message: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.server_message = server_message
        # Without the server's words, which may quote the person's email: kept only sealed.
        self.summary = crm_reason(status) if status is not None else message
        self.reason = message  # may quote the person's email: stored only sealed


class ActionNetwork:
    """A client for Action Network's person signup helper; keep one per app.

    The rate limit belongs to the client, so every call through it counts, from any thread
    (two clients would each allow 4 a second). requests does not promise that a Session is
    thread-safe; the sync runner sends from one thread.

    `base_url` is the API root (tests point it at a loopback server). It must be https
    unless it is on loopback, because the key travels in a header. Redirects are not
    followed: requests would carry the key to wherever a redirect (a hotel captive portal,
    say) pointed.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        max_per_second: float = 4.0,
        timeout: float = 15.0,
        session: requests.Session | None = None,
        max_attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        max_retry_after: float = 120.0,
        settings: Settings | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("the Action Network API key is empty")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.base_url = _checked_base_url(base_url)
        self.people_url = f"{self.base_url}/people"
        self.tags_url = f"{self.base_url}/tags"
        self.known_tags: set[str] = set()  # found or created in this client's life
        self._api_key = api_key
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self.limiter = RateLimiter(max_per_second)
        self._owns_session = session is None
        if session is None:
            session = web.session(settings)  # its proxy from `settings`, else the user's
            # Retries are ours (see the module docstring): urllib3 makes exactly one try.
            adapter = HTTPAdapter(max_retries=0)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
        self.session = session

    def __repr__(self) -> str:
        return f"ActionNetwork({self.base_url!r})"

    def close(self) -> None:
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> ActionNetwork:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def signup(self, person: CrmPerson, tags: Sequence[str]) -> str:
        """Add or update `person` with `tags`; returns their identifier ("action_network:<uuid>").

        Raises CrmTransientError after `max_attempts` transient failures, or at once when
        the server asks for a longer pause than `max_retry_after`; CrmPermanentError for a
        refusal that a retry cannot fix.
        """
        if not person.matchable:
            # Without either, Action Network cannot match the person, so each retry or
            # re-sync would create another record.
            raise CrmPermanentError(
                "Action Network needs an email address or a phone number", status=None
            )
        body = signup_body(person, tags)
        headers = {
            TOKEN_HEADER: self._api_key,
            "Content-Type": "application/json",
            "Accept": "application/hal+json, application/json",
        }
        problem = "no attempt made"
        status: int | None = None
        retry_after: float | None = None
        for attempt in range(1, self.max_attempts + 1):
            self.limiter.acquire()
            try:
                response = self.session.post(
                    self.people_url,
                    json=body,
                    headers=headers,
                    timeout=(self.timeout, self.timeout),
                    allow_redirects=False,
                )
            except (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                # The type only: the message names the URL and hosts, nothing more useful.
                problem, status, retry_after = type(exc).__name__, None, None
            else:
                with response:
                    status = response.status_code
                    if 200 <= status < 300:
                        return self._identifier(response)
                    if status not in RETRY_STATUSES:
                        raise self._refusal(response)
                    problem = f"HTTP {status}"
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                if retry_after <= self.max_retry_after:
                    self.limiter.hold(retry_after)
                else:
                    # Not held here: sleeping that long would freeze the sync; the runner
                    # gets the hint and the sign-up stays queued.
                    log.warning(
                        "Action Network asked to wait %.0f s; leaving it queued", retry_after
                    )
                    raise CrmTransientError(
                        f"Action Network asked to wait {retry_after:.0f} s ({problem})",
                        status=status,
                        retry_after=retry_after,
                    )
            if attempt == self.max_attempts:
                break
            delay = max(retry_after or 0.0, self._backoff(attempt))
            log.warning(
                "Action Network attempt %d of %d failed (%s); retrying in %.2f s",
                attempt,
                self.max_attempts,
                problem,
                delay,
            )
            time.sleep(delay)
        log.warning("Action Network: gave up after %d attempts (%s)", self.max_attempts, problem)
        raise CrmTransientError(
            f"Action Network did not answer after {self.max_attempts} attempts ({problem})",
            status=status,
            retry_after=retry_after,
        )

    def ensure_tags(self, names: Sequence[str]) -> None:
        """Make sure every tag in `names` exists in Action Network, creating what is missing.

        Action Network ignores a tag name it does not know and still answers 2xx, so a
        record posted before its tag exists silently loses it. Raises CrmPermanentError (a
        refused key: status 401 or 403) or CrmTransientError (no answer, or not Action
        Network's JSON) when the tags cannot be made sure of: the runner stops there.
        """
        wanted = [n for n in dict.fromkeys(t.strip() for t in names) if n]
        if all(name in self.known_tags for name in wanted):
            return
        self.known_tags |= self._existing_tags()
        for name in wanted:
            if name not in self.known_tags:
                self._call("POST", self.tags_url, {"name": name})
                log.info("Action Network: created a tag")
                self.known_tags.add(name)

    def _existing_tags(self) -> set[str]:
        names: set[str] = set()
        url: str | None = self.tags_url
        for _page in range(200):  # 25 a page: far more tags than any coalition has
            if url is None:
                break
            data = self._call("GET", url)
            embedded = data.get("_embedded")
            if not isinstance(embedded, Mapping) or not isinstance(embedded.get("osdi:tags"), list):
                raise CrmTransientError(
                    f"{self.tags_url} did not answer as Action Network does (no osdi:tags):"
                    " check actionnetwork.base_url"
                )
            names |= {
                str(tag["name"])
                for tag in embedded["osdi:tags"]
                if isinstance(tag, Mapping) and tag.get("name")
            }
            following = (data.get("_links") or {}).get("next")
            href = following.get("href") if isinstance(following, Mapping) else None
            url = href if isinstance(href, str) and href.startswith(self.base_url) else None
        return names

    def _call(self, method: str, url: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """One request with the key; its JSON object, or a CrmError saying what went wrong."""
        headers = {TOKEN_HEADER: self._api_key, "Accept": "application/hal+json, application/json"}
        self.limiter.acquire()
        try:
            response = self.session.request(
                method, url, json=body, headers=headers, allow_redirects=False,
                timeout=(self.timeout, self.timeout),
            )  # fmt: skip
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise CrmTransientError(
                f"no answer from {urlsplit(self.base_url).hostname} ({type(exc).__name__}):"
                " check actionnetwork.base_url, and whether this laptop is online"
            ) from None
        with response:
            if response.status_code in RETRY_STATUSES:
                raise CrmTransientError(
                    f"Action Network answered HTTP {response.status_code}",
                    status=response.status_code,
                    retry_after=parse_retry_after(response.headers.get("Retry-After")),
                )
            if not 200 <= response.status_code < 300:
                raise self._refusal(response, f"{method} {urlsplit(url).path}")
            try:
                data = response.json()
            except ValueError:
                data = None
        if not isinstance(data, dict):
            raise CrmTransientError(
                f"{url} did not answer as Action Network does (not its JSON; a wifi login"
                " page?): check actionnetwork.base_url",
                status=response.status_code,
            )
        return data

    def _backoff(self, attempt: int) -> float:
        """Exponential, capped, with "equal jitter": half fixed, half random.

        Booths that come online together after a network outage would otherwise retry in
        lockstep; the fixed half keeps the wait from collapsing towards zero.
        """
        ceiling = min(self.backoff_cap, self.backoff_base * math.pow(2, attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _identifier(self, response: requests.Response) -> str:
        """The person's identifier from a 2xx answer.

        A 2xx that is not Action Network's JSON is most likely a captive portal or a proxy
        page on booth wifi: transient, and not worth retrying within this call.
        """
        try:
            data = response.json()
        except ValueError:
            raise CrmTransientError(
                "the answer was not Action Network's JSON (a wifi login page?)",
                status=response.status_code,
            ) from None
        found = identifier_from(data)
        if found is None:
            raise CrmTransientError(
                "Action Network's answer names no person", status=response.status_code
            )
        return found

    def _refusal(self, response: requests.Response, what: str = "the sign-up") -> CrmError:
        status = response.status_code
        if 300 <= status < 400:
            # Not followed (see the class docstring); a portal or a moved API, not the sign-up.
            return CrmTransientError(f"Action Network redirected the request (HTTP {status})")
        said = self._scrub(_server_message(response))
        log.warning("Action Network refused the sign-up: HTTP %d", status)
        reason = {401: "the API key was refused", 403: "the API key may not do this"}.get(
            status, f"{what} was refused"
        )
        text = f"Action Network: {reason} (HTTP {status})"
        if said:
            text += f": {said}"
        return CrmPermanentError(text, status=status, server_message=said)

    def _scrub(self, text: str) -> str:
        return text.replace(self._api_key, "[API key]")


def _server_message(response: requests.Response) -> str:
    """Action Network says what went wrong in ``{"error": ...}``; otherwise the body's text."""
    try:
        data = response.json()
    except ValueError:
        data = None
    said: object = None
    if isinstance(data, Mapping):
        said = data.get("error") or data.get("message") or data.get("errors")
    text = str(said) if said else response.text
    text = " ".join(text.split())
    if len(text) > MESSAGE_LIMIT:
        text = text[: MESSAGE_LIMIT - 1] + "…"
    return text


def _checked_base_url(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("the Action Network base URL must be an http(s) URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError("the Action Network base URL must use https: the API key travels with it")
    return base_url.strip().rstrip("/")
