"""`tabling letters`, `route`, `delivered` and `visit`, run as scripts run them: the codes
the cover sheets show are the stacks stored, and the route sheet reads in walking order."""

from __future__ import annotations

import csv
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.cli_run import HEADER, tabling


def pdf_text(path: Path, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


@pytest.fixture
def printed(event_id: str, tmp_path: Path, passphrase_file: Path) -> Path:
    """Letters of three signers printed by office (Amherst: Domb and Comerford; Florence:
    Sabadosa and Comerford; Chelsea: Garcia and DiDomenico): six letters, five stacks."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "Ana,Lima,1 Elm St,Amherst,,,,pt,no,yes,no\n"
        + "Bo,Chen,2 Oak St,Florence,,,,zh,no,yes,no\n"
        + "Cy,Diaz,3 Pine St,Chelsea,,,,es,no,yes,no\n",
        encoding="utf-8",
    )
    assert tabling("import", str(sheet), "--event", event_id).returncode == 0
    batch = tmp_path / "batch.pdf"
    done = tabling(
        "letters", "--event", event_id, "--out", str(batch), "--mark-printed",
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return batch


def _route(event_id: str) -> list[tuple[str, str, str]]:
    """(room, member, code) of each stack, in the order `tabling route` prints them."""
    listing = tabling("route", "--event", event_id)
    assert listing.returncode == 0, listing.stderr
    return re.findall(r"^\s*\d+\. (\S+)\s+(.+?) \(.*?(S-\w{4}-\w{4})", listing.stdout, re.M)


def test_the_route_goes_floor_by_floor_through_the_stacks_printed(
    event_id: str, printed: Path, tmp_path: Path
) -> None:
    route = _route(event_id)
    assert [(room, member) for room, member, _ in route] == [
        ("33", "Mindy Domb"),
        ("146", "Judith García"),
        ("160", "Lindsay Sabadosa"),
        ("405", "Sal DiDomenico"),
        ("410", "Jo Comerford"),
    ]
    # Each cover sheet shows its stack's code: the codes stored are those printed.
    covers = re.findall(r"Cover sheet: \d+ letters?, stack (S-\w{4}-\w{4})", pdf_text(printed))
    assert sorted(covers) == sorted(code for _, _, code in route)

    sheet = tmp_path / "route.pdf"
    done = tabling("route", "--event", event_id, "--out", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "5 stacks (6 letters)" in done.stdout and "1 page" in done.stdout
    text = pdf_text(sheet, "-layout")
    assert "Delivery route: Fair, 2026-12-01" in text
    assert "5 stacks, 6 letters, to 5 offices." in text
    lines = [line.split() for line in text.splitlines()]
    rows = [(w[0], w[-2], w[-1]) for w in lines if w and w[-1].startswith("S-")]
    assert rows == [(room, "2" if room == "410" else "1", code) for room, _, code in route]
    floors = [line.strip() for line in text.splitlines() if line.strip().endswith("floor")]
    assert floors == ["Ground floor", "1st floor", "4th floor"]
    assert "Jo Comerford" in text and "Hampshire, Franklin and" in text


def test_delivered_marks_a_stack_once_and_undo_takes_it_back(event_id: str, printed: Path) -> None:
    route = _route(event_id)
    _, member, code = route[2]
    done = tabling("delivered", code.lower(), "--by", "JD")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Delivered: {member}, room 160, 1 letter (stack {code}).")
    again = tabling("delivered", code)
    assert again.returncode == 0
    assert again.stdout.startswith(f"Already delivered: {member}, on ")
    assert "(JD)." in again.stdout  # by whom: the laptop, and the initials given first
    listing = tabling("route", "--event", event_id).stdout
    assert "4 of 5 stacks still to deliver." in listing
    assert re.search(rf"{code}\s+delivered by \S+ \(JD\)", listing)

    undone = tabling("delivered", code, "--undo")
    assert undone.returncode == 0 and f"Stack {code} ({member})" in undone.stdout
    assert "5 of 5 stacks still to deliver." in tabling("route", "--event", event_id).stdout
    twice = tabling("delivered", code, "--undo")
    assert twice.returncode == 2 and "is marked delivered" in twice.stderr


def test_delivered_says_plainly_what_a_wrong_code_is(event_id: str, printed: Path) -> None:
    letter = re.search(r"Letter ([A-Z2-7]{4}-[A-Z2-7]{4})", pdf_text(printed))
    assert letter is not None
    for typed, words in (
        (letter[1], "is a letter's code: scan the cover sheet"),
        ("S-AAAA-AAAA", "No stack S-AAAA-AAAA is known here"),
        ("hello", "'hello' is not a stack's code"),
    ):
        done = tabling("delivered", typed)
        assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr
    assert "5 of 5 stacks" in tabling("route", "--event", event_id).stdout


def test_route_before_any_stack_is_printed(event_id: str) -> None:
    done = tabling("route", "--event", event_id)
    assert done.returncode == 2 and "print its letters by office first" in done.stderr
    assert tabling("route", "--event", "nope").returncode == 2
    bad_day = tabling("route", "--day", "12/01")
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr


def test_route_for_a_day_takes_every_events_stacks(event_id: str, printed: Path) -> None:
    made = tabling("event", "create", "--name", "Other", "--date", "2026-12-02", "--place", "X")
    assert made.returncode == 0
    day = tabling("route", "--day", "2026-12-01")  # the event the stacks were printed for
    assert day.returncode == 0 and "5 of 5 stacks still to deliver." in day.stdout
    other = tabling("route", "--day", "2026-12-02")
    assert other.returncode == 2 and "for this day" in other.stderr


def test_visits_added_listed_and_exported(event_id: str, tmp_path: Path) -> None:
    add = ("visit", "add", "--event", event_id, "--date", "2026-12-01")
    done = tabling(*add, "--member", "domb", "--met", "staff", "--position", "supports")
    assert done.returncode == 2 and "staffer's name" in done.stderr  # nothing stored
    done = tabling(
        *add, "--member", "Mindy Domb", "--met", "staff", "--staffer", "Pat Roe",
        "--position", "supports", "--commitment", "=will cosponsor",
        "--follow-up", "send the fact sheet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert tabling(*add, "--member", "comerford", "--met", "member", "--position",
                   "undecided").returncode == 0  # fmt: skip
    vague = tabling(*add, "--member", "Jo", "--met", "nobody", "--position", "not_said")
    assert vague.returncode == 2 and "Jo Comerford (Hampshire" in vague.stderr

    listing = tabling("visit", "list", "--event", event_id).stdout
    assert listing.splitlines()[0].startswith("Jo Comerford (Hampshire, Franklin and Worcester)")
    assert "Mindy Domb (3rd Hampshire), 2026-12-01: met staff: Pat Roe; supports" in listing
    assert listing.endswith("2 visits.\n")
    follow = tabling("visit", "list", "--event", event_id, "--follow-up").stdout
    assert "follow up: send the fact sheet" in follow and "Comerford" not in follow

    out = tmp_path / "visits.csv"
    done = tabling("visit", "export", "--event", event_id, "--out", str(out))
    assert done.returncode == 0 and "Wrote 2 visit reports" in done.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    domb = next(r for r in rows if r["member"] == "Mindy Domb")
    assert domb["commitment"] == "'=will cosponsor"  # never a formula
    assert (domb["met"], domb["staffer"], domb["position"]) == ("staff", "Pat Roe", "supports")
    assert (domb["follow_up"], domb["follow_up_note"]) == ("yes", "send the fact sheet")


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
def test_a_scanner_reads_the_cover_sheets_code(
    event_id: str, printed: Path, tmp_path: Path
) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(printed), str(tmp_path / "p")],
        check=True,
    )
    page = next(tmp_path.glob("p*.png"))
    read = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True
    )
    assert read.stdout.strip() == _route(event_id)[0][2]  # the first cover: Domb's stack


def test_a_days_letters_come_from_every_event_of_that_day_in_one_set(
    event_id: str, tmp_path: Path, passphrase_file: Path
) -> None:
    """Two tables' events on one lobby day (as a hub brings them): one set of letters by
    office, its stacks the day's, and `route --day` walks them."""
    other = tabling("event", "create", "--name", "Fair, table 2", "--date", "2026-12-01",
                    "--place", "Hall")  # fmt: skip
    assert other.returncode == 0, other.stderr
    for event, row in (
        (event_id, "Ana,Lima,1 Elm St,Amherst,,,,pt,no,yes,no\n"),
        (other.stdout.strip(), "Bo,Chen,2 Oak St,Amherst,,,,zh,no,yes,no\n"),
    ):
        sheet = tmp_path / f"{event}.csv"
        sheet.write_text(HEADER + row, encoding="utf-8")
        assert tabling("import", str(sheet), "--event", event).returncode == 0  # fmt: skip
    batch = tmp_path / "day.pdf"
    done = tabling(
        "letters", "--date", "2026-12-01", "--out", str(batch), "--mark-printed",
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Wrote 4 letters" in done.stdout
    covers = re.findall(r"Cover sheet: (\d+) letters?", pdf_text(batch))
    assert sorted(covers) == ["2", "2"]  # Domb's and Comerford's stacks, one from each table
    day = tabling("route", "--day", "2026-12-01")
    assert "Mindy Domb (3rd Hampshire): 2" in day.stdout
    assert "2 of 2 stacks still to deliver." in day.stdout
    none = tabling("letters", "--date", "2030-01-01", "--out", str(tmp_path / "x.pdf"))
    assert none.returncode != 0 and "There is no event on 2030-01-01" in none.stderr
