"""A loopback stand-in for the Census geocoder's one-line address endpoint.

Answers in the shape the real service gives (see `desktop.geocoding.census` for the
sources): ``result.input`` echoes the request, ``result.addressMatches`` holds the matches,
empty for no match. Tests script what it finds, a delay, or a raw failure.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from werkzeug import Request, Response

ONELINE_PATH = "/geocoder/locations/onelineaddress"


def census_match(
    matched_address: str,
    lon: float,
    lat: float,
    *,
    zip_code: str = "02655",
    side: str = "L",
    street: str = "WIANNO",
    suffix: str = "AVE",
    city: str = "OSTERVILLE",
) -> dict[str, Any]:
    """One entry of ``addressMatches``, every field the live service sends."""
    return {
        "tigerLine": {"side": side, "tigerLineId": "86873201"},
        "coordinates": {"x": lon, "y": lat},
        "addressComponents": {
            "zip": zip_code,
            "streetName": street,
            "preType": "",
            "city": city,
            "preDirection": "",
            "suffixDirection": "",
            "fromAddress": "4101",
            "state": "MA",
            "suffixType": suffix,
            "toAddress": "4199",
            "suffixQualifier": "",
            "preQualifier": "",
        },
        "matchedAddress": matched_address,
    }


def census_body(address: str, matches: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "result": {
            "input": {
                "address": {"address": address},
                "benchmark": {
                    "isDefault": True,
                    "benchmarkDescription": "Public Address Ranges - Current Benchmark",
                    "id": "4",
                    "benchmarkName": "Public_AR_Current",
                },
            },
            "addressMatches": matches,
        }
    }


@dataclass
class FakeCensus:
    """Finds `matches` for any address, unless `raw` (status, body, mimetype) is scripted."""

    matches: list[dict[str, Any]] = field(default_factory=list)
    raw: tuple[int, str, str] | None = None
    delay: float = 0.0
    gate: threading.Event | None = None  # when set, each answer waits until the test opens it
    queries: list[dict[str, list[str]]] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Clear while a (slow) answer is being made; the fixture waits for it before the next
    # test, so a request a client gave up on is never answered by the next test's fake.
    idle: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.idle.set()

    def __call__(self, request: Request) -> Response:
        self.idle.clear()
        try:
            return self._answer(request)
        finally:
            self.idle.set()

    def _answer(self, request: Request) -> Response:
        with self.lock:
            self.queries.append(request.args.to_dict(flat=False))
            self.user_agents.append(request.headers.get("User-Agent", ""))
        if self.delay:
            time.sleep(self.delay)
        if self.gate is not None:
            self.gate.wait(10)
        if self.raw is not None:
            status, body, mimetype = self.raw
            return Response(body, status=status, mimetype=mimetype)
        answer = census_body(request.args.get("address", ""), self.matches)
        return Response(json.dumps(answer), mimetype="application/json")
