"""`tabling --self-check`: does this copy of the app work, offline, on this laptop?

Meant for the desktop bundle (build.spec) above all: PyInstaller finds imports by reading
the code, so what the app loads lazily (the usaddress model, Alembic's migration scripts,
shapely's libraries, phonenumbers' metadata, pyshp and pyproj with PROJ's database, fonts,
translations) is exactly what a bundle can lose without anyone noticing until a volunteer
is at a table. Each check runs the real code path once, in a temporary TABLING_HOME, so
the user's own database, settings, logs, street ranges and keyring are never touched. One
line per check, then a summary; exit 1 if any failed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from desktop import __version__, paths
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import lookup
from desktop.districts.query import LookupQuery
from desktop.districts.result import LookupResult
from desktop.errors import CheckFailed

if TYPE_CHECKING:
    from desktop.campaigns import Campaign

EXIT_OK = 0
EXIT_FAILED = 1

# Known answers, checked against `tabling lookup --town Hyannis --json` and a point in
# Hyannis (2026-04-15 dataset). Hyannis is a village of Barnstable, a town split between two
# House districts: the town alone decides the Senate seat but not the House one.
TOWN_QUERY = LookupQuery(town="Hyannis")
TOWN = "Barnstable"
SENATE = "Cape and Islands"
HOUSE_CANDIDATES = {"2nd Barnstable", "5th Barnstable"}
POINT_QUERY = LookupQuery(lat=41.6526, lon=-70.2881)  # Main Street, Hyannis
POINT_HOUSE = "2nd Barnstable"
ADDRESS_QUERY = LookupQuery(address="12 Main St, Hyannis, MA 02601")
MASSACHUSETTS_TOWNS = 351

# A one-street Census ADDRFEAT file for Suffolk County, 2024: Dudley St drawn west to east,
# 1-99 odd on its left (north) side, 2-100 even on its right: number 51 stands about half
# way along, 12 m north of the centre line (match.SIDE_OFFSET_METRES, 0.0001 degrees).
STREET_FIPS, STREET_YEAR = "25025", 2024
STREET_WEST, STREET_EAST, STREET_LAT = -71.0800, -71.0700, 42.3300
STREET_NUMBER, STREET_NAME = "51", "Dudley St"
# The Massachusetts State House in the district maps' projection (EPSG:26986, NAD83 /
# Massachusetts Mainland, metres) and in longitude/latitude (WGS84): pyproj 3.7's answer
# (PROJ 9.5), which the Lambert conformal conic formulas for the zone give to the
# millimetre. 1e-6 degrees is about 0.1 m.
STATE_HOUSE_XY = (235_950.0, 900_932.0)
STATE_HOUSE_LONLAT = (-71.0636167, 42.3580596)
LONLAT_TOLERANCE = 1e-6

# A throwaway organizer passphrase for the temporary database (strong enough to be accepted).
PASSPHRASE = "self check kettle orbit plum"
# A name in Vietnamese and Chinese: the letter needs both the DejaVu and the CJK font.
SIGNER_FIRST, SIGNER_LAST = "Nguyễn Thị", "王"


class GuiChecks(Protocol):
    """The checks that need Qt (desktop/gui/selfcheck.py), passed in by cli.py: the core
    never imports the GUI."""

    def check_translations(self) -> str: ...

    def preview_pdf(self, path: Path) -> str: ...

    def open_main_window(self, database_url: str) -> str: ...


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


@contextmanager
def temporary_home() -> Iterator[Path]:
    """TABLING_HOME set to a new temporary folder for the duration, then restored."""
    before = os.environ.get("TABLING_HOME")
    # Windows cannot delete a file still open (the database's engine is never disposed):
    # a leftover temporary folder is better than a failed check.
    with tempfile.TemporaryDirectory(
        prefix="tabling-self-check-", ignore_cleanup_errors=True
    ) as folder:
        os.environ["TABLING_HOME"] = folder
        try:
            yield Path(folder)
        finally:
            if before is None:
                os.environ.pop("TABLING_HOME", None)
            else:
                os.environ["TABLING_HOME"] = before


class SelfCheck:
    """The checks, in order; later ones use what earlier ones opened (the dataset)."""

    def __init__(
        self, home: Path, gui: GuiChecks | None = None, print_setting: str = "auto"
    ) -> None:
        self.home = home
        self.print_setting = print_setting  # the user's printing.backend, read before
        self.gui = gui  # the window's checks, given by the entry point (cli.py)
        self.database_url = f"sqlite:///{home / 'tabling.db'}"
        self.letters_pdf = home / "letters.pdf"
        self._dataset: Dataset | None = None
        self._event_id: str | None = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("dataset opens", self.dataset_opens),
            ("town lookup", self.town_lookup),
            ("point lookup", self.point_lookup),
            ("address lookup", self.address_lookup),
            ("street ranges import", self.street_ranges_import),
            ("reprojection for data updates", self.reprojection),
            ("campaign loads", self.campaign_loads),
            ("letter renders", self.letter_renders),
            ("print preview", self.print_preview),
            ("database", self.database),
            ("event report", self.event_report),
            ("translations load", self.translations_load),
            ("main window", self.main_window),
            # After the window: Qt's print support needs the application the window made.
            ("printing", self.printing),
            ("hub driver", self.hub_driver),
        ]

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            raise CheckFailed("needs the dataset, which did not open")
        return self._dataset

    def run(self, out: TextIO) -> list[Outcome]:
        outcomes = []
        for name, check in self.checks():
            try:
                outcome = Outcome(name, True, check())
            except CheckFailed as exc:
                outcome = Outcome(name, False, str(exc))
            except Exception as exc:  # a broken bundle fails in ways nobody can list
                where = traceback.extract_tb(exc.__traceback__)[-1]
                place = f" ({Path(where.filename).name}:{where.lineno})"
                outcome = Outcome(name, False, f"{type(exc).__name__}: {_last_line(exc)}{place}")
            print(outcome.line(), file=out, flush=True)
            outcomes.append(outcome)
        return outcomes

    # -- the dataset and lookups (shapely, usaddress) --------------------------------------

    def dataset_opens(self) -> str:
        dataset = Dataset(paths.dataset_path())
        towns = len(dataset.towns)
        _expect(towns == MASSACHUSETTS_TOWNS, f"{towns} towns, expected {MASSACHUSETTS_TOWNS}")
        self._dataset = dataset
        return f"{towns} towns, legislators as of {dataset.as_of}"

    def town_lookup(self) -> str:
        result = lookup(self.dataset, TOWN_QUERY)
        _expect(result.town == TOWN, f"Hyannis gave town {result.town!r}, expected {TOWN}")
        _expect(_district(result, "senate") == SENATE, f"Senate {_district(result, 'senate')!r}")
        houses = {seat.district for seat in result.candidates.get("house", ())}
        _expect(houses == HOUSE_CANDIDATES, f"House one of {sorted(houses)}")
        return f"Hyannis -> {TOWN}, Senate {SENATE}, House one of {', '.join(sorted(houses))}"

    def point_lookup(self) -> str:
        result = lookup(self.dataset, POINT_QUERY)  # shapely and numpy load here
        house = _district(result, "house")
        _expect(result.status == "found", f"status {result.status!r}, expected found")
        _expect(house == POINT_HOUSE, f"House {house!r}, expected {POINT_HOUSE}")
        return f"a point in Hyannis -> House {house}, Senate {_district(result, 'senate')}"

    def address_lookup(self) -> str:
        result = lookup(self.dataset, ADDRESS_QUERY)  # usaddress and its model file load here
        _expect(result.town == TOWN, f"town {result.town!r}, expected {TOWN}")
        return f"{ADDRESS_QUERY.address} -> {result.town} ({result.status})"

    # -- street ranges (pyshp) and the data update's reprojection (pyproj, PROJ's proj.db) --

    def street_ranges_import(self) -> str:
        from desktop.streets.addrfeat import AddrFeatRecord, file_name, write_addrfeat_zip
        from desktop.streets.importer import import_addrfeat
        from desktop.streets.match import match_street
        from desktop.streets.store import open_streets

        archive = self.home / file_name(STREET_FIPS, STREET_YEAR)
        street = AddrFeatRecord(
            STREET_NAME,
            [(STREET_WEST, STREET_LAT), (STREET_EAST, STREET_LAT)],
            lfrom="1",
            lto="99",
            rfrom="2",
            rto="100",
            parity_l="O",
            parity_r="E",
            zip_l="02119",
            zip_r="02119",
        )
        write_addrfeat_zip(archive, [street])
        store = self.home / "streets-self-check.sqlite"
        county = import_addrfeat(archive, store_path=store).county  # pyshp loads here
        _expect(county.segments == 1, f"{county.segments} segments imported, expected 1")
        table = open_streets(store)
        if table is None:
            raise CheckFailed(f"{store.name} is missing after the import")
        try:
            found = match_street(table, STREET_NUMBER, STREET_NAME)
        finally:
            table.close()
        address = f"{STREET_NUMBER} {STREET_NAME}"
        _expect(len(found.points) == 1, f"{address} gave {len(found.points)} points ({found.miss})")
        point = found.points[0]
        _expect(point.side == "left", f"{address} on the {point.side} side, expected left")
        _expect(
            STREET_WEST < point.lon < STREET_EAST and STREET_LAT < point.lat < STREET_LAT + 0.001,
            f"{address} at {point.lat:.5f}, {point.lon:.5f}, off its side of the street",
        )
        return (
            f"{archive.name} ({county.name} County) imported, {address} ->"
            f" {point.lat:.5f}, {point.lon:.5f} ({point.side} side, ZIP {point.zip})"
        )

    def reprojection(self) -> str:
        import shapely

        from desktop.districts.geometry import Reprojector
        from desktop.districts.sources import SOURCE_EPSG

        shape = Reprojector(SOURCE_EPSG).to_wgs84(shapely.Point(STATE_HOUSE_XY), simplify=False)
        lon, lat = shape.x, shape.y
        expected_lon, expected_lat = STATE_HOUSE_LONLAT
        _expect(
            abs(lon - expected_lon) < LONLAT_TOLERANCE
            and abs(lat - expected_lat) < LONLAT_TOLERANCE,
            f"the State House came out at {lat:.7f}, {lon:.7f},"
            f" expected {expected_lat:.7f}, {expected_lon:.7f}",
        )
        x, y = STATE_HOUSE_XY
        return f"EPSG:{SOURCE_EPSG} {x:.0f} E, {y:.0f} N -> the State House, {lat:.7f}, {lon:.7f}"

    # -- campaign, letter ------------------------------------------------------------------

    def campaign_loads(self) -> str:
        from desktop.campaigns import list_campaigns

        campaigns = list_campaigns()
        _expect(bool(campaigns), f"no campaign files in {paths.resource_path('campaigns')}")
        self._campaign()
        return ", ".join(f"{c.id} ({c.title})" for c in campaigns)

    def _campaign(self) -> Campaign:
        from desktop.campaigns import campaigns_dir, load_campaign
        from desktop.events import DEFAULT_CAMPAIGN

        return load_campaign(campaigns_dir() / f"{DEFAULT_CAMPAIGN}.yaml")

    def letter_renders(self) -> str:
        from desktop.letters.batch import render_letters
        from desktop.letters.model import LetterJob, Signer
        from desktop.signin.letter_jobs import recipient

        result = lookup(self.dataset, POINT_QUERY)
        signer = Signer(SIGNER_FIRST, SIGNER_LAST, "12 Main St", TOWN, "Hyannis")
        jobs = []
        for chamber in ("house", "senate"):
            to = recipient(self.dataset, chamber, _district(result, chamber))
            if to is not None:
                jobs.append(LetterJob(f"SELF-{chamber[0].upper()}", signer, to, dt.date.today()))
        _expect(bool(jobs), "no member to write to in Hyannis")
        out = self.letters_pdf
        report = render_letters(jobs, self._campaign(), out)
        data = out.read_bytes()
        pages = len(re.findall(rb"/Type\s*/Page\b", data))
        _expect(data.startswith(b"%PDF-"), f"{out.name} is not a PDF")
        _expect(pages == report.pages == len(jobs), f"{pages} pages for {len(jobs)} letters")
        _expect(not report.missing_glyphs, f"no font for {report.missing_glyphs}")
        embedded = [font for font in ("DejaVuSans", "DroidSansFallback") if font.encode() in data]
        _expect(len(embedded) == 2, f"only {embedded or 'no'} bundled fonts embedded")
        return f"{pages} pages, {len(data) // 1024} KB, fonts {', '.join(embedded)}"

    # -- the user's database (SQLAlchemy, Alembic, PyNaCl, email and phone checks) ---------

    def database(self) -> str:
        from desktop.events import ACTIONS, EventSpec, create_event
        from desktop.organizer import initialize
        from desktop.privacy.keys import KdfCost
        from desktop.signin.form import SigninForm
        from desktop.signin.service import EventContext, SigninService
        from desktop.store.engine import open_database
        from desktop.store.migrate import HEAD_REVISION, current_revision

        sessions = open_database(self.database_url)  # creates the file and migrates it
        revision = current_revision(sessions.kw["bind"])
        _expect(revision == HEAD_REVISION, f"migrated to {revision!r}, expected {HEAD_REVISION}")
        with sessions.begin() as session:
            # The cheapest Argon2id cost: the key dies with the temporary folder.
            keys = initialize(session, PASSPHRASE, cost=KdfCost.MIN)
            event_id = create_event(session, EventSpec("Self-check", dt.date.today(), "here")).id
        self._event_id = event_id
        service = SigninService(sessions, self.dataset, EventContext(event_id, ACTIONS), keys)
        receipt = service.submit(
            SigninForm(
                first_name="Ana",
                last_name="Lima",
                street_address="12 Main St",
                place="Florence",
                email="ana.lima@example.org",
                phone="(617) 722-2000",
                consent_email=True,
                consent_letter=True,
            )
        )
        _expect(receipt.status == "resolved", f"the sign-up is {receipt.status}, not resolved")
        _expect(len(receipt.letters) == 2, f"{len(receipt.letters)} letters queued, expected 2")
        return f"created and migrated to {revision}, organizer keys made, a sign-up saved"

    def event_report(self) -> str:
        """The report's PDF with both maps (matplotlib's Agg, the fonts it draws in), and a
        map's words in Chinese: a font or glyph left out of the bundle warns, here an error."""
        import warnings

        import matplotlib

        from desktop.lobby.map_text import MapText
        from desktop.lobby.maps import signups_map
        from desktop.lobby.report import build_report
        from desktop.lobby.report_files import write_report
        from desktop.store.engine import open_database

        if self._event_id is None:
            raise CheckFailed("needs the database's event, which was not made")
        with open_database(self.database_url)() as session:
            report = build_report(session, self.dataset, self._event_id)
        _expect(report.signups == 1, f"{report.signups} sign-ups counted, expected 1")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            pages = write_report(report, self.dataset.path, self.home / "report.pdf", "pdf")
            signups_map(self.dataset.path, {}, MapText(inset="大波士顿地区"), ["senate"]).png(20)
        return f"{pages} pages with both maps (matplotlib {matplotlib.__version__})"

    # -- Qt: translations and the window ---------------------------------------------------

    def translations_load(self) -> str:
        return self._gui().check_translations()

    def print_preview(self) -> str:
        _expect(self.letters_pdf.is_file(), "needs the letter, which did not render")
        return self._gui().preview_pdf(self.letters_pdf)

    def main_window(self) -> str:
        return self._gui().open_main_window(self.database_url)

    def printing(self) -> str:
        """Which back end prints here and whether it answers; nothing is printed.

        Both are asked where both exist: Qt's print support seeing no printer where CUPS
        lists some means its CUPS plugin is missing (a bundle built without it).
        """
        from desktop.printing import backends
        from desktop.printing.cups_backend import CupsBackend

        chosen = backends.resolve(self.print_setting)
        found: dict[str, list[str]] = {}
        if backends.cups_present():
            found["cups"] = [p.name for p in CupsBackend().printers()]
        if chosen == "qt" or backends.qt_provided():
            found["qt"] = [p.name for p in backends.choose("qt").printers()]
        if found.get("cups") and "qt" in found and not found["qt"]:
            raise CheckFailed(
                f"CUPS lists {len(found['cups'])} printers and Qt's print support none: "
                "its CUPS plugin (plugins/printsupport) is missing"
            )
        listed = "; ".join(
            f"{name}: {', '.join(names) if names else 'no printer'}"
            for name, names in found.items()
        )
        return f"prints through {chosen} (printing.backend {self.print_setting}); {listed}"

    def hub_driver(self) -> str:
        """psycopg (the coalition hub's driver) loads, with a libpq: its own (Windows,
        macOS) or the system's (Linux: the bundle leaves psycopg's copy out)."""
        try:
            import psycopg
        except ImportError as exc:
            if "libpq" not in str(exc):
                raise
            # Not the bundle's fault: everything but a hub works without it.
            return "no libpq on this computer: a hub cannot be joined (apt-get install libpq5)"
        version = psycopg.pq.version()
        return (
            f"psycopg {psycopg.__version__}, libpq {version // 10000}.{version % 100} "
            f"({psycopg.pq.__impl__})"
        )

    def _gui(self) -> GuiChecks:
        if self.gui is None:
            raise CheckFailed("the window's checks were not given (run `tabling --self-check`)")
        return self.gui


def _last_line(exc: BaseException) -> str:
    """One line for the report: the last of a long message (numpy's ends with the cause)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _district(result: LookupResult, chamber: str) -> str | None:
    seat = result.seats.get(chamber)
    return seat.district if seat else None


def _print_setting() -> str:
    """The user's printing.backend (the checks then run in a temporary folder)."""
    from desktop.settings import PRINT_BACKEND, Settings

    try:
        return Settings().get(PRINT_BACKEND)
    except (OSError, ValueError, TypeError):
        return PRINT_BACKEND.default


def where_from() -> str:
    return f"the bundle at {paths.bundle_root()}" if paths.is_frozen() else "the source tree"


def run(out: TextIO | None = None, gui: GuiChecks | None = None) -> int:
    """Run every check; 0 when all passed. `gui`: the window's checks (cli.py gives them)."""
    out = out or sys.stdout
    # No display needed (CI, SSH) and no window flashes up; a value already set is kept
    # (QT_QPA_PLATFORM=xcb checks the real display).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"tabling {__version__} self-check, from {where_from()}", file=out, flush=True)
    print_setting = _print_setting()
    with temporary_home() as home:
        outcomes = SelfCheck(home, gui, print_setting).run(out)
    failed = [o.name for o in outcomes if not o.ok]
    if failed:
        print(f"self-check FAILED: {len(failed)} of {len(outcomes)} checks", file=out)
        return EXIT_FAILED
    print(f"self-check passed: all {len(outcomes)} checks ok", file=out)
    return EXIT_OK
