"""Pending sign-ups: saved, their letters and emails waiting, then decided three ways.

By a later geocode (the Census geocoder's stand-in on loopback answers in its real JSON
shape), by a ward and precinct, and by a corrected address placed on street ranges.
Whatever the geocoder does (no match, 500, a timeout, a broken body), the sign-up stays
saved and pending, and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.districts.resolver import AddressResolver
from desktop.geocoding import CensusGeocoder, GeocodeCache
from desktop.geocoding.placing import placing_geocoder
from desktop.organizer import unlock_private_key
from desktop.privacy.sealed_record import open_record
from desktop.privacy.sealing import Opener
from desktop.signin.form import SigninForm
from desktop.signin.pending import PendingResolver
from desktop.signin.records import resolve_pending
from desktop.signin.service import EventContext, SigninService
from desktop.store.models import Action, OutboxMessage, Signup
from tests.districts.boundary import BoundaryEdge, house_boundary_in
from tests.geocoding.census_server import ONELINE_PATH, FakeCensus, census_match
from tests.signin.conftest import PASSPHRASE

ROSA = SigninForm(
    first_name="Rosa",
    last_name="Quispe",
    street_address="100 Example St",
    place="Roslindale",
    email="rosa@example.org",
    consent_email=True,
    consent_letter=True,
)


@pytest.fixture(scope="module")
def edge(dataset: Dataset) -> BoundaryEdge:
    return house_boundary_in(dataset, "Boston")


@pytest.fixture
def census(httpserver: HTTPServer) -> Iterator[FakeCensus]:
    fake = FakeCensus()
    httpserver.expect_request(ONELINE_PATH, method="GET").respond_with_handler(fake)
    yield fake
    assert fake.idle.wait(timeout=5)


@pytest.fixture
def resolver(dataset: Dataset, httpserver: HTTPServer, census: FakeCensus) -> AddressResolver:
    client = CensusGeocoder(httpserver.url_for("/geocoder"), timeout=0.5)
    geocode = placing_geocoder(client, GeocodeCache(paths.geocode_cache_path()))
    return AddressResolver(dataset, None, geocode)


@pytest.fixture
def opener(sessions: sessionmaker[Session], keys: object) -> Opener:
    with sessions() as session:
        return Opener(unlock_private_key(session, PASSPHRASE))


def states(sessions: sessionmaker[Session], signup_id: str) -> tuple[str, set[str], set[str]]:
    with sessions() as session:
        signup = session.get(Signup, signup_id)
        assert signup is not None
        actions = {f"{a.kind}:{a.state}" for a in signup.actions}
        messages = session.scalars(
            select(OutboxMessage.state).where(OutboxMessage.signup_id == signup_id)
        )
        return signup.status, actions, set(messages)


def test_a_split_town_address_without_street_ranges_is_saved_pending_with_all_held(
    service: SigninService, sessions: sessionmaker[Session]
) -> None:
    receipt = service.submit(ROSA)
    assert receipt.status == "pending" and receipt.letters == ()
    assert receipt.result.address is not None
    assert receipt.result.address.miss == "no_street_data"
    status, actions, messages = states(sessions, receipt.signup_id)
    assert status == "pending"
    assert actions == {"letter:waiting", "email:waiting"}
    assert messages == {"held"}


def test_a_later_geocode_resolves_it_and_releases_its_letters_and_emails(
    service: SigninService,
    sessions: sessionmaker[Session],
    resolver: AddressResolver,
    census: FakeCensus,
    edge: BoundaryEdge,
    opener: Opener,
    event: EventContext,
) -> None:
    signup_id = service.submit(ROSA).signup_id
    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    outcomes = PendingResolver(sessions, resolver).resolve_all(event.event_id, opener)
    assert [(o.signup_id, o.resolved) for o in outcomes] == [(signup_id, True)]
    assert census.queries[0]["address"] == ["100 Example St, Roslindale, MA"]
    status, actions, messages = states(sessions, signup_id)
    assert status == "resolved"
    assert actions == {"letter:ready", "email:ready"}
    assert messages == {"queued"}
    with sessions() as session:
        signup = session.get(Signup, signup_id)
        assert signup is not None and signup.house_district == edge.left_house
        assert signup.senate_district is not None


@pytest.mark.parametrize(
    "scripted, miss",
    [
        ({"matches": []}, "no_match"),
        ({"raw": (500, "Internal Server Error", "text/plain")}, "unavailable"),
        ({"raw": (200, "<html>busy</html>", "text/html")}, "unavailable"),
        ({"raw": (200, '{"result": {"addressMatches": [{"x": 1}]}}', "application/json")},
         "unavailable"),
        ({"delay": 1.5}, "unavailable"),
    ],
)  # fmt: skip
def test_a_failing_geocoder_leaves_the_sign_up_pending_and_whole(
    service: SigninService,
    sessions: sessionmaker[Session],
    resolver: AddressResolver,
    census: FakeCensus,
    opener: Opener,
    event: EventContext,
    scripted: dict[str, object],
    miss: str,
) -> None:
    signup_id = service.submit(ROSA).signup_id
    for name, value in scripted.items():
        setattr(census, name, value)
    (outcome,) = PendingResolver(sessions, resolver).resolve_all(event.event_id, opener)
    assert (outcome.resolved, outcome.miss) == (False, miss)
    assert states(sessions, signup_id) == ("pending", {"letter:waiting", "email:waiting"}, {"held"})
    with sessions() as session:
        record = session.get(Signup, signup_id)
        assert record is not None
        assert open_record(opener, record.personal_sealed)["street_address"] == "100 Example St"


def test_once_the_geocoder_is_down_the_rest_are_not_sent_to_it(
    service: SigninService,
    sessions: sessionmaker[Session],
    resolver: AddressResolver,
    census: FakeCensus,
    opener: Opener,
    event: EventContext,
) -> None:
    for first in ("Ana", "Bea", "Cy"):
        service.submit(SigninForm(**{**ROSA.__dict__, "first_name": first}))
    census.raw = (503, "Service Unavailable", "text/plain")
    outcomes = PendingResolver(sessions, resolver).resolve_all(event.event_id, opener)
    assert [o.miss for o in outcomes] == ["unavailable", "no_street_data", "no_street_data"]
    assert len(census.queries) == 1


def test_right_after_the_sign_in_the_follow_up_gives_letters_to_print(
    service: SigninService,
    sessions: sessionmaker[Session],
    resolver: AddressResolver,
    census: FakeCensus,
    edge: BoundaryEdge,
) -> None:
    receipt = service.submit(ROSA)
    lon, lat = edge.beside(0.5, -15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    decided = service.follow_up(receipt, resolver)
    assert decided is not None and decided.status == "resolved"
    assert decided.result.house is not None
    assert decided.result.house.district == edge.right_house
    assert decided.result.method == "geocoder"
    assert {chamber for _id, chamber in decided.letters} == {"house", "senate"}
    assert {a.state for a in decided.planned} == {"ready"}
    with sessions() as session:
        ids = set(session.scalars(select(Action.id).where(Action.state == "ready")))
    assert {action_id for action_id, _ in decided.letters} <= ids


def test_a_volunteers_ward_and_precinct_win_over_a_later_geocode(
    service: SigninService,
    sessions: sessionmaker[Session],
    resolver: AddressResolver,
    census: FakeCensus,
    edge: BoundaryEdge,
    dataset: Dataset,
) -> None:
    receipt = service.submit(ROSA)
    with sessions.begin() as session:
        signup = resolve_pending(session, dataset, receipt.signup_id, "20", "1")
        assert signup.status == "resolved"
        chosen = signup.house_district
    assert states(sessions, receipt.signup_id)[1] == {"letter:ready", "email:ready"}
    lon, lat = edge.beside(0.5, 15)
    census.matches = [census_match("100 EXAMPLE ST, ROSLINDALE, MA, 02131", lon, lat)]
    assert service.follow_up(receipt, resolver) is None
    with sessions() as session:
        signup = session.get(Signup, receipt.signup_id)
        assert signup is not None and signup.house_district == chosen
