"""The coalition hub (issue 15) on a real PostgreSQL server this benchmark starts itself.

The hub holds a season: 100,000 sign-ups in 20 events (tests/pg_cluster.py starts the
server, as the hub's tests do; benchmarks/hub_rows.py makes the rows). Laptops reach it
over loopback TCP with a password (SCRAM), without TLS: what is measured is the work of
our code and of the database, not the network's. Each row is timed round by round beside
its baseline (interleaved), the medians reported.

1. Push: a laptop's 10,000 new sign-ups, `desktop.hub.sync.push`, into the hub holding the
   season. Baseline: psycopg's `COPY` of the same rows into a table of the same shape
   (indexes included) holding the same season. Between rounds the pushed rows are deleted
   (and the tables vacuumed), and the laptop's rows marked unpushed again.
2. Pull: a new organizer laptop pulling the season, `desktop.hub.sync.pull` into a fresh
   SQLite file (made, migrated, before the timing). Baseline: a bare psycopg `SELECT` of
   the same rows, fetched whole.
3. The lobby-day letter query: every letter of the lobby day (2,000 sign-ups, a letter
   to the House and one to the Senate each) grouped by office, on the laptop's SQLite
   file after the pull, among the season's 100,000: `queued_letters` (which opens each
   signer's sealed record) and `by_office`, as the Letters tab lists them. The hub does not
   hold letters yet (they are to come as `hub_actions`), so the letters are added to the
   pulled file here, as the laptops that made them hold them. Baseline: bare sqlite3, the
   same join, each record opened with PyNaCl's SealedBox and json, grouped in a dict.

`python -m benchmarks --hub-quick` (`python -m benchmarks.hub_bench --quick` for these rows
alone): a tenth of the rows, one round. In full, about a minute and a half on two cores.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.hub_rows import events, precincts, signups
from benchmarks.timing import Measurement, interleaved_medians, time_once

SEASON = 100_000
EVENTS = 20
PUSHED = 10_000
LOBBY_DAY = 2_000  # MIRA's lobby day draws 500-1,000 people: twice that
SEED = 20270106
PASSPHRASE = "kettle orbit plum seventy"
LAPTOP = "bench_laptop_table_7"
COLUMNS = (
    "id", "event_id", "laptop", "source", "status", "language", "consent_email",
    "consent_letter", "consent_updates_email", "consent_updates_text", "town", "ward",
    "precinct", "house_district", "senate_district", "congress_district", "personal_sealed",
    "has_email", "has_phone", "email_index", "phone_index", "name_index",
    "name_address_index", "created_at", "updated_at", "revision", "deleted", "seq",
)  # fmt: skip


@dataclass(frozen=True)
class Season:
    lobby: str  # the lobby day's event
    private_key: Any  # the organizer's, which opens the lobby day's sign-ups


@dataclass(frozen=True)
class Sizes:
    season: int = SEASON
    pushed: int = PUSHED
    lobby_day: int = LOBBY_DAY

    def quick(self) -> Sizes:
        return Sizes(self.season // 10, self.pushed // 10, self.lobby_day // 10)


def _tuples(rows: list[dict[str, Any]], laptop: str, first_seq: int) -> list[tuple[Any, ...]]:
    extra = {"laptop": laptop, "deleted": False}
    return [
        tuple({**row, **extra, "seq": first_seq + n}[c] for c in COLUMNS)
        for n, row in enumerate(rows)
    ]


def _copy(connection: Any, table: str, rows: list[tuple[Any, ...]]) -> None:
    with connection.cursor() as cursor, cursor.copy(
        f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN"
    ) as copy:  # fmt: skip
        for row in rows:
            copy.write_row(row)


@contextmanager
def _hub(sizes: Sizes, folder: Path) -> Iterator[tuple[Any, str, Season]]:
    """A running server whose hub holds the season: (server, its TCP URL, the season)."""
    import psycopg
    from sqlalchemy import create_engine

    from desktop.hub.admin import migrate
    from desktop.paths import dataset_path
    from desktop.privacy.sealing import Sealer
    from tests.pg_cluster import running

    rng = random.Random(SEED)
    routing = precincts(dataset_path())
    season_events = events(EVENTS, rng)
    keys, private_key = _organizer(folder)
    lobby = season_events[0]["id"]
    rows = signups(sizes.lobby_day, lobby, routing, rng, Sealer(keys.public_key))
    per_event = (sizes.season - sizes.lobby_day) // (EVENTS - 1)
    for event in season_events[1:]:
        rows += signups(per_event, event["id"], routing, rng)
    rows += signups(sizes.season - len(rows), season_events[-1]["id"], routing, rng)
    with running() as server:
        server.new_database("hub")
        setup = create_engine(server.url("hub"))
        migrate(setup)
        setup.dispose()
        with psycopg.connect(server.url("hub").replace("+psycopg", ""), autocommit=True) as c:
            for event in season_events:
                c.execute(
                    "INSERT INTO hub_events (id, laptop, name, date, place, campaign_id, "
                    "actions, languages, index_scheme, index_key_id, created_at, seq) VALUES "
                    "(%s, 'organizer', %s, %s, %s, %s, %s, %s, %s, %s, %s, nextval('hub_seq'))",
                    (event["id"], event["name"], event["date"], event["place"],
                     event["campaign_id"], json.dumps(event["actions"]),
                     json.dumps(event["languages"]), event["index_scheme"],
                     event["index_key_id"], event["created_at"]),
                )  # fmt: skip
            last = c.execute("SELECT last_value FROM hub_seq").fetchone()
            assert last is not None
            first = int(last[0]) + 1
            _copy(c, "hub_signups", _tuples(rows, "bench_laptop_season", first))
            c.execute("SELECT setval('hub_seq', %s)", (first + len(rows),))
            c.execute("CREATE TABLE bench_copy (LIKE hub_signups INCLUDING ALL)")
            c.execute("INSERT INTO bench_copy SELECT * FROM hub_signups")
            c.execute("VACUUM ANALYZE")
        yield server, server.tcp_url("hub"), Season(lobby, private_key)


def _organizer(folder: Path) -> tuple[Any, Any]:
    from desktop.organizer import initialize
    from desktop.privacy.blind_index import IndexCost
    from desktop.privacy.keys import KdfCost, unlock
    from desktop.store.engine import open_database

    sessions = open_database(f"sqlite:///{folder / 'organizer.db'}")
    with sessions.begin() as session:
        keys = initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)
    return keys, unlock(keys, PASSPHRASE)


def _laptop(path: Path, event: dict[str, Any], rows: list[dict[str, Any]]) -> Any:
    """A laptop's SQLite file holding an event and its sign-ups, none pushed yet."""
    from sqlalchemy import insert

    from desktop.store.engine import open_database
    from desktop.store.models import Event, Signup

    sessions = open_database(f"sqlite:///{path}")
    with sessions.begin() as session:
        session.execute(insert(Event), [event])
        session.execute(insert(Signup), [{**row, "synced_revision": None} for row in rows])
    return sessions


def push_measurement(server: Any, url: str, season: Season, sizes: Sizes,
                     rounds: int, folder: Path) -> Measurement:  # fmt: skip
    import psycopg
    from sqlalchemy import event as sa_event
    from sqlalchemy import update

    from desktop.hub.admin import engine_for
    from desktop.hub.sync import SyncReport, push
    from desktop.paths import dataset_path
    from desktop.store.models import Signup

    rng = random.Random(SEED + 1)
    own = events(1, rng)[0] | {"name": "Lobby day, table 7"}
    rows = signups(sizes.pushed, own["id"], precincts(dataset_path()), rng)
    sessions = _laptop(folder / "pushing.db", own, rows)
    copied = _tuples(rows, LAPTOP, 10**9)
    hub = engine_for(url)
    statements = [0]
    sa_event.listen(
        hub, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1)
    )
    bare = psycopg.connect(url, autocommit=True)
    setup = psycopg.connect(server.url("hub").replace("+psycopg", ""), autocommit=True)

    def forget(table: str) -> None:
        setup.execute(f"DELETE FROM {table} WHERE laptop = %s".encode(), (LAPTOP,))
        setup.execute(f"VACUUM {table}".encode())

    def ours() -> float:
        forget("hub_signups")
        with sessions.begin() as session:
            session.execute(update(Signup).values(synced_revision=None))
        report = SyncReport()
        statements[0] = 0
        seconds = time_once(lambda: push(sessions, hub, LAPTOP, report))
        assert report.pushed == sizes.pushed, report
        return seconds

    def copy() -> float:
        forget("bench_copy")
        return time_once(lambda: _copy(bare, "bench_copy", copied))

    try:
        ours_s, copy_s = interleaved_medians([ours, copy], rounds)
    finally:
        for table in ("hub_signups", "bench_copy"):  # the hub holds the season again
            forget(table)
        setup.close()
        bare.close()
        hub.dispose()
    per_row = statements[0] / sizes.pushed
    return Measurement(
        name=f"push of {sizes.pushed:,} sign-ups to a hub of {sizes.season:,}",
        unit="ms",
        ours=ours_s * 1000,
        baseline=copy_s * 1000,
        baseline_name="psycopg COPY of the same rows, same table shape",
        rounds=rounds,
        note=(
            f"{sizes.pushed / ours_s:,.0f} rows/s (COPY: {sizes.pushed / copy_s:,.0f} rows/s); "
            f"{statements[0]:,} statements to the hub ({per_row:.2f} a sign-up), each a round "
            "trip: on a network, their latency times this count"
        ),
    )


def pull_measurement(url: str, sizes: Sizes, rounds: int, folder: Path) -> tuple[Measurement, Path]:
    import psycopg

    from desktop.hub.admin import engine_for
    from desktop.hub.sync import SyncReport, pull
    from desktop.store.engine import open_database

    hub = engine_for(url)
    bare = psycopg.connect(url)
    made: list[Path] = []

    def ours() -> float:
        path = folder / f"new-laptop-{len(made)}.db"
        made.append(path)
        sessions = open_database(f"sqlite:///{path}")
        report = SyncReport()
        seconds = time_once(lambda: pull(sessions, hub, report))
        assert report.pulled == sizes.season, report
        sessions.kw["bind"].dispose()
        return seconds

    def select() -> float:
        def fetch() -> None:
            rows = bare.execute("SELECT * FROM hub_signups WHERE seq > 0 ORDER BY seq").fetchall()
            assert len(rows) == sizes.season
            bare.rollback()

        return time_once(fetch)

    try:
        ours_s, select_s = interleaved_medians([ours, select], rounds)
    finally:
        bare.close()
        hub.dispose()
    for path in made[:-1]:
        path.unlink()
    measurement = Measurement(
        name=f"a new laptop pulls {sizes.season:,} sign-ups",
        unit="ms",
        ours=ours_s * 1000,
        baseline=select_s * 1000,
        baseline_name="psycopg SELECT of the same rows, fetched",
        rounds=rounds,
        note=(
            f"{sizes.season / ours_s:,.0f} rows/s into a fresh SQLite file "
            f"(bare SELECT: {sizes.season / select_s:,.0f} rows/s)"
        ),
    )
    return measurement, made[-1]


def _add_letters(path: Path, event_id: str) -> int:
    """The lobby day's letters, to the House and to the Senate, as its laptops hold them."""
    import uuid

    from sqlalchemy import insert, select

    from desktop.districts.dataset import Dataset
    from desktop.paths import dataset_path
    from desktop.store.engine import open_database
    from desktop.store.models import Action, Signup

    seats = Dataset(dataset_path()).seats
    sessions = open_database(f"sqlite:///{path}")
    letters = []
    with sessions.begin() as session:
        for signup in session.scalars(select(Signup).where(Signup.event_id == event_id)):
            for chamber, district in (("house", signup.house_district),
                                      ("senate", signup.senate_district)):  # fmt: skip
                member = seats[(chamber, str(district))].member
                if member is None:
                    continue  # a vacant seat: no letter, as at sign-in
                letters.append({
                    "id": str(uuid.uuid4()), "signup_id": signup.id, "kind": "letter",
                    "chamber": chamber, "district": district, "member_id": member.id,
                    "member_name": member.name, "state": "ready",
                    "created_at": signup.created_at,
                })  # fmt: skip
        session.execute(insert(Action), letters)
    sessions.kw["bind"].dispose()
    return len(letters)


def letters_measurement(path: Path, season: Season, sizes: Sizes, rounds: int) -> Measurement:
    from nacl.public import SealedBox

    from desktop.districts.dataset import Dataset
    from desktop.letters.batch import by_office
    from desktop.paths import dataset_path
    from desktop.privacy.sealing import Opener
    from desktop.signin.letter_jobs import queued_letters
    from desktop.store.engine import open_database

    count = _add_letters(path, season.lobby)
    dataset, event_id = Dataset(dataset_path()), season.lobby
    opener, box = Opener(season.private_key), SealedBox(season.private_key)
    sessions = open_database(f"sqlite:///{path}")
    today = dt.date(2027, 1, 6)

    def ours() -> None:
        with sessions() as session:
            letters = queued_letters(session, dataset, event_id, opener, today)
        stacks = by_office([letter.job for letter in letters if letter.job is not None])
        assert sum(len(stack) for _, stack in stacks) == count

    def bare() -> None:
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT a.id, a.member_id, s.town, s.personal_sealed FROM actions a "
                "JOIN signups s ON s.id = a.signup_id WHERE s.event_id = ? "
                "AND a.kind = 'letter' AND a.state = 'ready' ORDER BY a.created_at",
                (event_id,),
            ).fetchall()
        stacks: dict[str, list[tuple[str, str]]] = {}
        for action_id, member_id, town, sealed in rows:
            fields = json.loads(box.decrypt(sealed))["fields"]
            stacks.setdefault(member_id, []).append((town, fields["last_name"] + action_id))
        for stack in stacks.values():
            stack.sort()
        assert sum(map(len, stacks.values())) == count

    ours_s, bare_s = interleaved_medians([_timed(ours), _timed(bare)], rounds)
    sessions.kw["bind"].dispose()
    return Measurement(
        name=f"lobby day's {count:,} letters by office, among {sizes.season:,} sign-ups",
        unit="ms",
        ours=ours_s * 1000,
        baseline=bare_s * 1000,
        baseline_name="bare sqlite3 join, SealedBox + json, dict",
        rounds=rounds,
        note=(
            "queued_letters + by_office on the laptop's SQLite file after the pull (the hub "
            "holds no letters yet); every signer's record opened"
        ),
    )


def _timed(run: Callable[[], None]) -> Callable[[], float]:
    return lambda: time_once(run)


def hub_measurements(rounds: int, quick: bool = False) -> list[Measurement]:
    from tests.pg_cluster import NoServer

    sizes = Sizes().quick() if quick else Sizes()
    rounds = 1 if quick else min(rounds, 3)
    # One pull of the season is 100,000 rows' work and takes a minute or more: one round.
    pull_rounds = 1
    with tempfile.TemporaryDirectory(prefix="tabling-hub-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        try:
            with _hub(sizes, folder) as (server, url, season):
                print(f"  the hub holds {sizes.season:,} sign-ups "
                      f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)  # fmt: skip
                measurements = [push_measurement(server, url, season, sizes, rounds, folder)]
                pulled, path = pull_measurement(url, sizes, pull_rounds, folder)
                measurements.append(pulled)
        except NoServer as exc:
            print(f"skipping the hub: {exc}", file=sys.stderr)
            return []
        measurements.append(letters_measurement(path, season, sizes, rounds))
    return measurements


if __name__ == "__main__":
    from benchmarks.report import table

    print(table(hub_measurements(3, quick="--quick" in sys.argv)))
