"""The Massachusetts Legislature's own member data: who sits in each seat, room and phone.

Two calls of its public API (https://malegislature.gov/api):

- `GET {base}/GeneralCourts/{court}/LegislativeMembers`: one entry per member,
  `{"MemberCode", "GeneralCourtNumber", "Details": URL}`;
- `GET {base}/GeneralCourts/{court}/LegislativeMembers/{MemberCode}`: `Name`, `Branch`
  ("House" or "Senate"), `Party` ("Unenrolled": no party), `District`, `EmailAddress`,
  `RoomNumber`, `PhoneNumber`, `FaxNumber`, `LeadershipPosition`.

The details are read a few at a time (about 200 requests); every failure is a
LegislatureError whose text is a plain phrase without a final period. A General Court
whose members are not listed yet (the days after it is sworn in) is NotPublished.
Matching members to seats happens in roster_update.py.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from desktop import web
from desktop.districts.names import ordinal_suffix
from desktop.districts.phones import readable_phone
from desktop.downloads import host

FIRST_COURT_YEAR, FIRST_COURT = 2025, 194  # the 194th General Court sat in 2025 and 2026
TIMEOUTS = (15.0, 60.0)  # seconds to connect, and that the server may stay silent
WORKERS = 4  # details read at once: quick, and gentle on the Legislature's server
REPORT_EVERY = 20  # a progress line per so many members read
# Codes are letters, digits and `_`; a few hold a space (Liz Miranda's is `L M0`).
_CODE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_ ]{0,19}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_CHAMBERS = {"house": "house", "senate": "senate"}
NO_PARTY = frozenset({"unenrolled", "none", ""})

Progress = Callable[[str], None]


class LegislatureError(Exception):
    """The Legislature's data could not be read or does not make sense; a plain phrase."""


class NotPublished(LegislatureError):
    """The General Court sitting now has no members listed yet."""

    def __init__(self, court: int) -> None:
        self.court = court
        super().__init__(f"the {court_name(court)}'s members are not published yet")


@dataclass(frozen=True)
class LegislatureMember:
    code: str  # MemberCode: `ALS1`, kept by a member from one General Court to the next
    name: str
    chamber: str  # house | senate
    district: str  # as the Legislature spells it: `7th Hampden`, `Second Plymouth and Norfolk`
    party: str  # `Democratic`, `Republican`; "" for unenrolled (no party)
    email: str | None
    room: str | None  # `34`, `413-D`, `B-2`, as written
    phone: str | None  # readable_phone: `617-722-2800 x7309`
    fax: str | None
    leadership: str | None


def first_wednesday_of_january(year: int) -> dt.date:
    first = dt.date(year, 1, 1)
    return first + dt.timedelta(days=(2 - first.weekday()) % 7)


def general_court(on: dt.date) -> int:
    """The General Court sitting on a date: each is sworn in the first Wednesday of January
    of an odd year and sits two years (the 194th for 2025-2026, the 195th from 6 January 2027).
    """
    year = on.year if on.year % 2 else on.year - 1
    if on < first_wednesday_of_january(year):
        year -= 2
    return FIRST_COURT + (year - FIRST_COURT_YEAR) // 2


def court_name(court: int) -> str:
    return f"{court}{ordinal_suffix(court)} General Court"


def members_url(base: str, court: int) -> str:
    return f"{base.rstrip('/')}/GeneralCourts/{court}/LegislativeMembers"


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key)
    return " ".join(str(value).split()) if value is not None else ""


def parse_member(code: str, document: Any) -> LegislatureMember:
    """One member's details, checked; LegislatureError naming the member code if they do not fit."""
    if not isinstance(document, dict):
        raise LegislatureError(f"the details of member {code} are not a JSON object")
    name, branch, district = (_text(document, k) for k in ("Name", "Branch", "District"))
    empty = [key for key, value in (("Name", name), ("District", district)) if not value]
    if empty:
        raise LegislatureError(f"member {code} has no {' and no '.join(empty)}")
    chamber = _CHAMBERS.get(branch.casefold())
    if chamber is None:
        raise LegislatureError(f"member {code} ({name}) has Branch {branch!r}, not House or Senate")
    party = _text(document, "Party")
    party = "" if party.casefold() in NO_PARTY else {"Democrat": "Democratic"}.get(party, party)
    email = _text(document, "EmailAddress")
    return LegislatureMember(
        code=code,
        name=name,
        chamber=chamber,
        district=district,
        party=party,
        email=email if _EMAIL.match(email) else None,
        room=_text(document, "RoomNumber") or None,
        phone=readable_phone(_text(document, "PhoneNumber")),
        fax=readable_phone(_text(document, "FaxNumber")),
        leadership=_text(document, "LeadershipPosition") or None,
    )


class _Client:
    """GETs of JSON with one requests Session per thread (a Session is not thread-safe)."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._sessions: list[Any] = []
        self._lock = threading.Lock()

    def get_json(self, url: str, what: str, *, missing_ok: bool = False) -> Any:
        import requests

        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = web.session()
            with self._lock:
                self._sessions.append(session)
        where = host(url)
        try:
            with session.get(
                url, timeout=TIMEOUTS, headers={"Accept": "application/json"}
            ) as response:
                if missing_ok and response.status_code == 404:
                    return None
                if response.status_code != 200:
                    answer = f"{response.status_code} {response.reason or ''}".strip()
                    raise LegislatureError(f"{what} could not be read ({where} answered {answer})")
                try:
                    return response.json()
                except ValueError as exc:  # a captive portal's page, an error page
                    raise LegislatureError(f"{what} from {where} is not JSON") from exc
        except web.RefusedURL as exc:  # plain http, a redirect to another host
            raise LegislatureError(f"{what} could not be read: {exc}") from exc
        except requests.Timeout as exc:
            raise LegislatureError(f"{where} did not answer in time ({what})") from exc
        except requests.ConnectionError as exc:
            raise LegislatureError(f"no connection to {where}; is this laptop online?") from exc
        except requests.RequestException as exc:
            raise LegislatureError(
                f"{what} could not be read from {where} ({type(exc).__name__})"
            ) from exc

    def close(self) -> None:
        for session in self._sessions:
            session.close()


def _member_codes(listing: Any, court: int) -> list[str]:
    if listing is None:
        raise NotPublished(court)
    if not isinstance(listing, list):
        raise LegislatureError(f"the {court_name(court)}'s member list is not a JSON list")
    codes: list[str] = []
    for number, entry in enumerate(listing, start=1):
        code = entry.get("MemberCode") if isinstance(entry, dict) else None
        if not isinstance(code, str) or not _CODE.match(code):
            raise LegislatureError(f"entry {number} of the member list has no valid MemberCode")
        listed_court = entry.get("GeneralCourtNumber")
        if listed_court not in (None, court, str(court)):
            continue  # another General Court's member: not in this one
        if code not in codes:
            codes.append(code)
    if not codes:
        raise NotPublished(court)
    return codes


def fetch_members(
    base: str, court: int, progress: Progress = lambda _line: None
) -> list[LegislatureMember]:
    """Every member of the General Court `court`, in the list's order.

    An exception raised by `progress` (a Cancel) stops the reading and passes through.
    """
    listing_url = members_url(base, court)
    client = _Client()
    progress(f"Reading the {court_name(court)}'s members from {host(listing_url)} …")
    try:
        listing = client.get_json(listing_url, "the member list", missing_ok=True)
        codes = _member_codes(listing, court)
        with ThreadPoolExecutor(WORKERS, thread_name_prefix="legislature") as pool:
            futures: dict[Future[Any], str] = {
                pool.submit(client.get_json, f"{listing_url}/{quote(code)}", f"member {code}"): code
                for code in codes
            }
            try:
                _await(futures, progress)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        members = [parse_member(code, future.result()) for future, code in futures.items()]
    finally:
        client.close()
    progress(f"Read {len(members)} members of the {court_name(court)}")
    return members


def _await(futures: dict[Future[Any], str], progress: Progress) -> None:
    pending, total = set(futures), len(futures)
    while pending:
        done, pending = wait(pending, timeout=0.5, return_when=FIRST_EXCEPTION)
        for future in done:
            error = future.exception()
            if error is not None:
                raise error
        read = total - len(pending)
        if done and (read % REPORT_EVERY < len(done) or not pending):
            progress(f"Read the details of {read} of {total} members …")
