"""The U.S. Census Bureau's geocoder: a one-line street address to a point, when online.

Free and keyless: ``GET {base_url}/locations/onelineaddress?address=...&benchmark=
Public_AR_Current&format=json``. The answer's shape, as read from the Census Bureau's own
description ("Geocoding Services Web API", JSON Output Format,
https://geocoding.geo.census.gov/geocoder/Geocoding_Services_API.html) and from answers
recorded off the live service (fitnr/censusgeocode, tests/fixtures/onelineaddress.yaml and
address-locations.yaml; matt-the-thew/lance-ts, README.md)::

    {"result": {
        "input": {"address": {"address": "..."}, "benchmark": {"benchmarkName": ...}},
        "addressMatches": [{
            "matchedAddress": "4600 SILVER HILL RD, WASHINGTON, DC, 20233",
            "coordinates": {"x": -76.927487, "y": 38.846016},   # x = longitude, y = latitude
            "tigerLine": {"tigerLineId": "76355984", "side": "L"},
            "addressComponents": {"zip": "20233", "streetName": "SILVER HILL",
                                  "suffixType": "RD", "city": "WASHINGTON", "state": "DC",
                                  "fromAddress": "4600", "toAddress": "4700", ...}}]}}

"No match" is an empty ``addressMatches``. (One third-party JSON schema puts ``side`` and
``tigerLineId`` directly on the match; every recorded answer nests them in ``tigerLine``,
so that is what we read, and a missing ``tigerLine`` only costs us `side`.)

Several matches: the Census points are interpolated along address ranges, so one address
can match two overlapping ranges a few metres apart, or two different streets. We return
the point only when every match lies within `AGREE_WITHIN_METRES` of the first; otherwise
an `AmbiguousMatch` carrying all of them. We never pick one: a wrong point is a wrong
legislator. (The caller may still decide, if every candidate falls in one district.)

Personal data: the address goes to the Census Bureau over HTTPS, and nowhere else. It is
never logged (only the outcome's kind is), and our exceptions are raised ``from None``,
because `requests`' own messages quote the URL, query string included.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import requests

from desktop import web

if TYPE_CHECKING:
    from desktop.settings import Settings

log = logging.getLogger(__name__)

BENCHMARK: Final = "Public_AR_Current"  # the current address ranges
ONELINE_PATH: Final = "/locations/onelineaddress"
# Two matches closer than this are the same house for us: overlapping ranges, or the two
# sides of a street. Districts are drawn along streets, so a larger spread is a real doubt.
AGREE_WITHIN_METRES: Final = 30.0
_EARTH_RADIUS_METRES: Final = 6_371_008.8


@dataclass(frozen=True)
class GeocodeMatch:
    """One point the geocoder found: WGS84 degrees, as the Census answers them."""

    lon: float
    lat: float
    matched_address: str  # the Census's spelling: "12 MAIN ST, HYANNIS, MA, 02601"
    zip: str | None
    side: str | None  # "L" or "R": which side of the TIGER/Line street segment


@dataclass(frozen=True)
class AmbiguousMatch:
    """The geocoder found several places too far apart to call one: all of them, unranked."""

    matches: tuple[GeocodeMatch, ...]


# What a lookup can answer: a point, several that disagree, or None (answered: no match).
GeocodeAnswer: TypeAlias = GeocodeMatch | AmbiguousMatch | None


class GeocoderUnavailable(Exception):
    """No usable answer (offline, slow, refused, broken): the caller falls back to asking.

    `kind` is a short, loggable word for what went wrong ("refused": a plain http
    address or a redirect to another host, never requested; "timeout", "connection",
    "http_status", "bad_response"); `status` is the HTTP status when there was one. The
    message is plain English for the volunteer and never holds the address.
    """

    def __init__(self, message: str, *, kind: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


class CensusGeocoder:
    """A client for one geocoder base URL (`desktop.settings.GEOCODER_BASE_URL`).

    No retries: a signer is waiting at the table, and the caller has an offline fallback
    (the ward and precinct picker). `timeout` bounds the connect and each read, not the
    whole exchange. Pass a `session` to share connections; otherwise the client opens its
    own and `close` (or ``with``) closes it.
    """

    def __init__(
        self,
        base_url: str,
        timeout: float,
        session: requests.Session | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        self._url = base_url.rstrip("/") + ONELINE_PATH
        self._timeout = timeout
        self._owns_session = session is None
        # The app's session (desktop/web.py), its proxy from `settings` (else the user's).
        self._session = session if session is not None else web.session(settings)

    def locate(self, address: str) -> GeocodeAnswer:
        """The point for a one-line address, an `AmbiguousMatch`, or None for no match.

        Raises `GeocoderUnavailable` when there is no trustworthy answer.
        """
        params = {"address": address, "benchmark": BENCHMARK, "format": "json"}
        try:
            response = self._session.get(self._url, params=params, timeout=self._timeout)
        except web.RefusedURL as exc:  # plain http, a redirect to another host
            raise _unavailable(str(exc), "refused") from None
        except requests.Timeout:
            raise _unavailable(
                f"The address lookup service did not answer within {self._timeout:g} seconds.",
                "timeout",
            ) from None
        except requests.RequestException:
            raise _unavailable(
                "Could not reach the address lookup service (no connection?).", "connection"
            ) from None
        with response:
            if response.status_code != 200:
                raise _unavailable(
                    f"The address lookup service answered with an error "
                    f"(HTTP {response.status_code}).",
                    "http_status",
                    response.status_code,
                ) from None
            try:
                payload = response.json()
            except ValueError:
                raise _malformed() from None
        answer = parse_answer(payload)
        log.info("census geocoder: %s", _outcome(answer))
        return answer

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> CensusGeocoder:
        return self

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _value: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self.close()


def parse_answer(payload: Any) -> GeocodeAnswer:
    """Read a decoded Census answer; `GeocoderUnavailable` if it is not the expected shape."""
    try:
        found = payload["result"]["addressMatches"]
    except (KeyError, TypeError, IndexError):
        raise _malformed() from None
    if not isinstance(found, list):
        raise _malformed()
    matches = tuple(_read_match(item) for item in found)
    if not matches:
        return None
    first = matches[0]
    if all(metres_between(first, other) <= AGREE_WITHIN_METRES for other in matches[1:]):
        return first
    return AmbiguousMatch(matches)


def metres_between(a: GeocodeMatch, b: GeocodeMatch) -> float:
    """Great-circle (haversine) distance; plenty for points metres to kilometres apart."""
    lat_a, lat_b = math.radians(a.lat), math.radians(b.lat)
    half_dlat = (lat_b - lat_a) / 2
    half_dlon = math.radians(b.lon - a.lon) / 2
    h = math.sin(half_dlat) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin(half_dlon) ** 2
    return 2 * _EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(h)))


def _read_match(item: Any) -> GeocodeMatch:
    if not isinstance(item, dict):
        raise _malformed()
    coordinates = item.get("coordinates")
    matched = item.get("matchedAddress")
    if not isinstance(coordinates, dict) or not isinstance(matched, str):
        raise _malformed()
    lon = _degrees(coordinates.get("x"), 180.0)
    lat = _degrees(coordinates.get("y"), 90.0)
    components = item.get("addressComponents")
    zip_code = components.get("zip") if isinstance(components, dict) else None
    tiger = item.get("tigerLine")
    side = tiger.get("side") if isinstance(tiger, dict) else None
    return GeocodeMatch(
        lon=lon,
        lat=lat,
        matched_address=matched,
        zip=zip_code if isinstance(zip_code, str) and zip_code else None,
        side=side if side in ("L", "R") else None,
    )


def _degrees(value: Any, limit: float) -> float:
    """A JSON number within ±limit; anything else (a string, null, NaN, a bool) is malformed."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _malformed()
    degrees = float(value)
    if not math.isfinite(degrees) or abs(degrees) > limit:
        raise _malformed()
    return degrees


def _outcome(answer: GeocodeAnswer) -> str:
    if answer is None:
        return "no match"
    if isinstance(answer, AmbiguousMatch):
        return f"ambiguous ({len(answer.matches)} matches)"
    return "match"


def _malformed() -> GeocoderUnavailable:
    return _unavailable(
        "The address lookup service sent an answer this app cannot read.", "bad_response"
    )


def _unavailable(message: str, kind: str, status: int | None = None) -> GeocoderUnavailable:
    log.info("census geocoder unavailable: %s%s", kind, f" {status}" if status else "")
    return GeocoderUnavailable(message, kind=kind, status=status)
