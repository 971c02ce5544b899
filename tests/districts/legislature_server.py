"""A loopback stand-in for the Massachusetts Legislature's API, in its documented shapes.

`GET /api/GeneralCourts/{court}/LegislativeMembers` lists `{"MemberCode",
"GeneralCourtNumber", "Details"}`; `GET …/LegislativeMembers/{code}` gives a member's
`Name`, `Branch`, `Party`, `District`, `EmailAddress`, `RoomNumber`, `PhoneNumber`,
`FaxNumber` and `LeadershipPosition`. The members are today's members in
../shared/data/ma/legislators/state, written the ways the Legislature writes them:
phones as `(617) 722-2320`, parties `Democrat` / `Unenrolled`, House districts in
ordinal words for every other seat (`Seventh Hampden`), Senate names with `&` for some.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import SOURCE_DIR
from tests.districts.update_server import current_items

API_PATH = "/api"
Member = dict[str, Any]

_UNITS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"]
_TEENS = [
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
]
_TENS = {2: ("Twentieth", "Twenty"), 3: ("Thirtieth", "Thirty"), 4: ("Fortieth", "Forty")}
_PARTIES = {"Democratic": "Democrat", "Republican": "Republican", "Independent": "Unenrolled"}


def ordinal_words(number: int) -> str:
    if number < 10:
        return _UNITS[number - 1]
    if number < 20:
        return _TEENS[number - 10]
    tens, units = divmod(number, 10)
    whole, prefix = _TENS[tens]
    return whole if units == 0 else f"{prefix}-{_UNITS[units - 1]}"


def spelled(district: str, index: int) -> str:
    """The district as the Legislature might write it: words or `&` for every other one."""
    if index % 2:
        return district
    number = re.match(r"^(\d+)(?:st|nd|rd|th) (.+)$", district)
    if number:
        return f"{ordinal_words(int(number.group(1)))} {number.group(2)}"
    return district.replace(" and ", " & ")


def paren_phone(voice: str) -> str | None:
    """`617-722-2320` as the Legislature writes it: `(617) 722-2320`."""
    digits = re.sub(r"\D", "", voice)
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}" if len(digits) == 10 else None


def members(court: int = 194, today: dt.date | None = None) -> list[Member]:
    """Every sitting member's details, as `…/LegislativeMembers/{code}` gives them."""
    import yaml

    today = today or dt.date.today()
    found = []
    for path in sorted((SOURCE_DIR / "legislators" / "state").glob("*.yml")):
        person = yaml.safe_load(path.read_text(encoding="utf-8"))
        roles = current_items(person.get("roles") or [], today)
        if not roles:
            continue
        profile = next(
            link["url"] for link in person["links"] if "/Legislators/Profile/" in link["url"]
        )
        parties = current_items(person.get("party") or [], today)
        capitol = next(
            (o for o in person.get("offices") or [] if o.get("classification") == "capitol"), {}
        )
        room = re.search(r"Room (\S+),", capitol.get("address", ""))
        found.append(
            {
                "GeneralCourtNumber": court,
                "MemberCode": profile.rsplit("/", 1)[-1],
                "Name": person["name"],
                "Branch": {"lower": "House", "upper": "Senate"}[roles[-1]["type"]],
                "Party": _PARTIES.get(parties[0]["name"], parties[0]["name"]),
                "District": spelled(roles[-1]["district"], len(found)),
                "EmailAddress": person.get("email"),
                "RoomNumber": room.group(1) if room else None,
                "PhoneNumber": paren_phone(capitol.get("voice", "")),
                "FaxNumber": None,
                "LeadershipPosition": None,
            }
        )
    return found


def member_in(listed: list[Member], district: str) -> Member:
    """The member whose district is `district` however it is spelled here."""
    from desktop.districts.names import district_key

    return next(m for m in listed if district_key(m["District"]) == district_key(district))


def changed(listed: list[Member], district: str, **values: Any) -> list[Member]:
    """The list with the member of `district` changed: a moved room, another phone ..."""
    target = member_in(listed, district)
    return [{**m, **values} if m is target else m for m in listed]


def with_new_member(
    listed: list[Member], district: str, name: str, code: str, **values: Any
) -> list[Member]:
    """After a special election in `district`: someone new holds the seat."""
    slug = name.lower().replace(" ", ".")
    new = {
        "MemberCode": code, "Name": name, "Party": "Democrat",
        "EmailAddress": f"{slug}@mahouse.gov", "RoomNumber": "236",
        "PhoneNumber": "(617) 722-2000", "LeadershipPosition": None,
    } | values  # fmt: skip
    return changed(listed, district, **new)


def listed_twice(listed: list[Member], district: str, name: str, code: str) -> list[Member]:
    """A second member for a seat that keeps its own: a roster that cannot be right."""
    first = member_in(listed, district)
    return [*listed, {**first, "MemberCode": code, "Name": name}]


def without_member_of(listed: list[Member], district: str) -> list[Member]:
    """After a resignation: nobody holds the seat."""
    gone = member_in(listed, district)
    return [m for m in listed if m is not gone]


def serve(
    server: HTTPServer, listed: list[Member] | None, court: int = 194, *, listing: Any = None
) -> str:
    """Serve `listed` as the General Court `court`; None: its list answers 404. The base URL.

    `listing` replaces the list's body (an empty list, a page that is not JSON ...).
    """
    base = server.url_for(API_PATH)
    path = f"{API_PATH}/GeneralCourts/{court}/LegislativeMembers"
    details = {m["MemberCode"]: copy.deepcopy(m) for m in listed or []}
    if listed is None and listing is None:
        server.expect_request(path).respond_with_data("Not Found", status=404)
        return base
    if listing is None:
        listing = [
            {
                "MemberCode": m["MemberCode"],
                "GeneralCourtNumber": court,
                "Details": f"{base}/GeneralCourts/{court}/LegislativeMembers/{m['MemberCode']}",
            }
            for m in listed or []
        ]
    body = listing if isinstance(listing, (bytes, str)) else json.dumps(listing)
    server.expect_request(path).respond_with_data(body, content_type="application/json")

    def detail(request: Request) -> Response:
        code = request.path.rsplit("/", 1)[-1]
        if code not in details:
            return Response("Not Found", status=404)
        return Response(json.dumps(details[code]), content_type="application/json")

    server.expect_request(re.compile(re.escape(path) + r"/[^/]+")).respond_with_handler(detail)
    return base
