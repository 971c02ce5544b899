"""`tabling data update --roster-only` against a loopback stand-in for the Legislature's API.

Each test updates its own copy of the committed dataset (TABLING_DATASET); a refused
update must leave that copy byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop.districts.dataset import Dataset
from desktop.web import USER_AGENT
from tests.conftest import needs_sources
from tests.districts import legislature_server as api
from tests.districts import update_server as files
from tests.districts.conftest import Run
from tests.districts.update_server import current, rows

__all__ = ["current", "rows"]  # fixtures
pytestmark = needs_sources

Members = list[api.Member]
NOWHERE = "http://127.0.0.1:9/people/current/ma.csv"  # the discard port: nothing listens


@pytest.fixture(scope="module")
def listed() -> Members:
    return api.members()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def roster_only(run: Run, base: str, *extra: str) -> tuple[int, str, str]:
    options = ("--openstates-url", NOWHERE) if "--openstates-url" not in extra else ()
    return run("data", "update", "--roster-only", "--legislature-url", base, *options, *extra)


def lookup(run: Run, town: str) -> dict[str, dict[str, object]]:
    code, out, err = run("lookup", "--town", town, "--json")
    assert code == 0, err
    answer = json.loads(out)
    return {chamber: answer[chamber]["member"] for chamber in ("house", "senate")}


def turnover(listed: Members) -> Members:
    """The new session: a new member, a moved room, the three phone forms, a vacancy."""
    after = api.with_new_member(
        listed, "7th Hampden", "Mai Nguyễn", "MXN1", PhoneNumber="61772228007309"
    )
    after = api.changed(after, "Hampden, Hampshire and Worcester", RoomNumber="413-D",
                        PhoneNumber="(617) 722-2800 x7306")  # fmt: skip
    after = api.changed(after, "8th Bristol", PhoneNumber="(617) 722-1660")
    return api.without_member_of(after, "3rd Hampshire")


def test_a_new_session_switches_to_the_new_roster_without_downloading_maps(
    httpserver: HTTPServer, listed: Members, current: Path, run: Run
) -> None:
    before = Dataset(current)
    old_senator = before.seats[("senate", "Hampden, Hampshire and Worcester")].member
    assert old_senator is not None and old_senator.room != "413-D"
    base = api.serve(httpserver, turnover(listed))

    code, out, err = roster_only(run, base)

    assert code == 0, err
    lines = out.splitlines()
    assert "7th Hampden: Aaron Saunders (D) → Mai Nguyễn (D)" in lines
    assert "3rd Hampshire: Mindy Domb (D) → vacant" in lines
    moved = [line for line in lines if line.startswith("Hampden, Hampshire and Worcester, ")]
    assert moved == [
        f"Hampden, Hampshire and Worcester, {old_senator.name}: phone {old_senator.phone}"
        f" → 617-722-2800 x7306; room {old_senator.room} → 413-D"
    ]
    assert any(line.startswith("8th Bristol, ") and "→ 617-722-1660" in line for line in lines)
    assert any(
        line.startswith("Vacant seats (") and "1st Franklin, 3rd Hampshire" in line
        for line in lines
    )
    assert any(line.startswith("Open States (127.0.0.1:9) could not be reached") for line in lines)
    assert "Reading the 194th General Court's members from 127.0.0.1:" in err
    # The maps were neither asked for nor changed.
    assert all("/api/GeneralCourts/" in request.path for request, _ in httpserver.log)
    assert not [line for line in lines if line.startswith("New boundaries")]

    ludlow = lookup(run, "Ludlow")
    assert ludlow["house"] is not None and ludlow["senate"] is not None
    assert (ludlow["house"]["name"], ludlow["house"]["phone"], ludlow["house"]["room"]) == (
        "Mai Nguyễn", "617-722-2800 x7309", "236"
    )  # fmt: skip
    assert ludlow["house"]["office"] == "Room 236, State House 24 Beacon St., Boston, MA 02133"
    assert (ludlow["senate"]["phone"], ludlow["senate"]["room"]) == ("617-722-2800 x7306", "413-D")
    westport = lookup(run, "Westport")
    assert westport["house"] is not None and westport["house"]["phone"] == "617-722-1660"
    code, out, _ = run("lookup", "--town", "Amherst", "--json")
    assert json.loads(out)["house"]["vacant"] is True
    assert Dataset(current).as_of == dt.date.today().isoformat()
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


def test_an_unchanged_roster_changes_nothing_but_the_date_and_sends_the_apps_name(
    httpserver: HTTPServer, listed: Members, current: Path, run: Run
) -> None:
    base = api.serve(httpserver, listed)
    code, out, err = roster_only(run, base)
    assert code == 0, err
    changes = [line for line in out.splitlines() if "→" in line]
    # The Legislature says "Unenrolled" where Open States says "Independent": no party.
    assert changes == ["2nd Franklin, Susannah Whipps: party Independent → none"]
    whipps = Dataset(current).seats[("house", "2nd Franklin")].member
    assert whipps is not None and whipps.party == ""
    agents = {request.headers.get("User-Agent") for request, _ in httpserver.log}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("tabling/0.") and "(+https://" in USER_AGENT


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (
            lambda m: api.listed_twice(m, "7th Hampden", "Jane Smith", "JXS9"),
            "house 7th Hampden has 2 current members: Aaron Saunders (member ALS1),"
            " Jane Smith (member JXS9)",
        ),
        (
            lambda m: api.changed(m, "7th Hampden", District="Ninety-Ninth Nowhere"),
            "member ALS1: current house role for 'Ninety-Ninth Nowhere' matches no district",
        ),
        (
            lambda m: api.changed(m, "7th Hampden", Branch="Joint"),
            "member ALS1 (Aaron Saunders) has Branch 'Joint', not House or Senate",
        ),
        (lambda m: m[:150], "leaves 48 seats without the member they have now"),
    ],
    ids=["seat listed twice", "no such district", "no such branch", "cut short"],
)
def test_an_invalid_roster_changes_nothing_and_says_why(
    httpserver: HTTPServer, listed: Members, current: Path, run: Run,
    damage: Callable[[Members], Members], problem: str,
) -> None:  # fmt: skip
    before = sha256(current)
    base = api.serve(httpserver, damage(listed))
    code, out, err = roster_only(run, base)
    assert (code, out) == (1, "")
    message = err.splitlines()[-1]
    assert message.startswith("tabling data update: ")
    assert problem in message
    assert message.endswith("; the legislators' data was not changed.")
    assert sha256(current) == before
    assert [p.name for p in current.parent.iterdir()] == ["districts.sqlite"]


@pytest.mark.parametrize("listing", [None, []], ids=["404", "empty list"])
def test_before_the_new_court_is_published_the_current_roster_is_kept(
    httpserver: HTTPServer, current: Path, run: Run, listing: list[object] | None
) -> None:
    before = sha256(current)
    base = api.serve(httpserver, None, court=195, listing=listing)
    code, out, err = roster_only(run, base, "--court", "195")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        "tabling data update: The 195th General Court's members are not published yet at"
        f" 127.0.0.1:{httpserver.port}; the current roster is kept until they are;"
        " the legislators' data was not changed."
    )
    assert sha256(current) == before


def test_open_states_is_a_cross_check_that_lists_every_disagreement(
    httpserver: HTTPServer, listed: Members, rows: files.Rows, current: Path, run: Run
) -> None:
    base = api.serve(httpserver, listed)
    theirs = files.with_new_member(rows, "7th Hampden", "Jane Smith")  # not the Legislature's
    theirs = [{**r, "email": "someone@else.org"} if r["current_district"] == "3rd Suffolk"
              else r for r in theirs]  # fmt: skip
    httpserver.expect_request(files.ROSTER_PATH).respond_with_data(files.roster_csv(theirs))
    code, out, err = roster_only(
        run, base, "--openstates-url", httpserver.url_for(files.ROSTER_PATH)
    )
    assert code == 0, err
    lines = out.splitlines()
    start = lines.index(
        "Open States disagrees with the Legislature in 2 place(s); the Legislature's data is used:"
    )
    assert lines[start + 1 : start + 3] == [
        "  7th Hampden: the Legislature says Aaron Saunders (D), Open States says Jane Smith (D)",
        "  3rd Suffolk, Aaron Michlewitz: email aaron.m.michlewitz@mahouse.gov at the"
        " Legislature, someone@else.org at Open States",
    ]
    # The Legislature's member is the one kept.
    member = Dataset(current).seats[("house", "7th Hampden")].member
    assert member is not None and member.name == "Aaron Saunders"


def test_open_states_agreeing_says_so(
    httpserver: HTTPServer, listed: Members, rows: files.Rows, current: Path, run: Run
) -> None:
    base = api.serve(httpserver, listed)
    httpserver.expect_request(files.ROSTER_PATH).respond_with_data(files.roster_csv(rows))
    code, out, err = roster_only(
        run, base, "--openstates-url", httpserver.url_for(files.ROSTER_PATH)
    )
    assert code == 0, err
    assert "Open States agrees with the Legislature on every seat." in out.splitlines()
