"""`tabling init`, `event create|list`, `import` and `export signups`, as scripts run them."""

from __future__ import annotations

import csv
import re
import stat
import subprocess
from pathlib import Path

from tests.cli_run import HEADER, tabling


def test_event_create_prints_the_id_alone_and_makes_it_current(event_id: str) -> None:
    assert len(event_id) == 36 and "\n" not in event_id
    listing = tabling("event", "list").stdout
    assert f"* {event_id}  2026-12-01  Fair (Hall)" in listing


def test_init_twice_is_refused(event_id: str, passphrase_file: Path) -> None:
    again = tabling("init", "--passphrase-file", str(passphrase_file))
    assert again.returncode == 2 and "already" in again.stderr


def test_a_weak_passphrase_is_refused(tmp_path: Path) -> None:
    weak = tmp_path / "weak"
    weak.write_text("short\n")
    done = tabling("init", "--passphrase-file", str(weak))
    assert done.returncode == 2 and "at least 10 characters" in done.stderr


def test_event_create_checks_its_input(event_id: str) -> None:
    bad_date = tabling("event", "create", "--name", "X", "--date", "12/01", "--place", "Y")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    bad_campaign = tabling(
        "event", "create", "--name", "X", "--date", "2026-12-01", "--place", "Y",
        "--campaign", "nope",
    )  # fmt: skip
    assert bad_campaign.returncode == 2 and "no campaign" in bad_campaign.stderr


def test_import_keeps_good_rows_reports_bad_ones_and_merges_repeats(
    event_id: str, tmp_path: Path, passphrase_file: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "Jane,Doe,12 Main St,Amherst,,jane@example.com,617-722-2000,es,yes,yes,no\n"
        + "Nguyễn,Văn An,5 Elm St,Dorchester,,an@example.com,,vi,yes,no,yes\n"
        + "Bad,Email,,Amherst,,bad@,,en,no,no,no\n"
        + "Jane,Doe,12 Main Street,Amherst,,jane@example.com,,es,no,no,yes\n"
        + "王,小明,,Worchester,,,,zh,no,no,no\n"
        + "Ana,Silva,,,01062,,,pt,maybe,no,no\n"
        + "Пётр,Иванов,1 Elm St,,01062,,,en,no,yes,no\n",
        encoding="utf-8",
    )
    done = tabling("import", str(sheet), "--event", event_id)
    assert done.returncode == 0, done.stderr
    assert "3 added, 1 merged, 1 pending, 3 rejected" in done.stdout
    errors = done.stderr.splitlines()
    assert errors[0] == f"{sheet}, line 4: email is not a valid email address"
    assert errors[1].startswith(f"{sheet}, line 6: place is not a Massachusetts")
    assert "Worcester" in errors[1]
    assert errors[2] == f"{sheet}, line 7: consent_email 'maybe' is not yes or no"

    out = tmp_path / "export.csv"
    exported = tabling(
        "export", "signups", "--event", event_id, "--csv", str(out),
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["first_name"], r["status"]) for r in rows] == [
        ("Jane", "resolved"), ("Nguyễn", "pending"), ("Пётр", "resolved"),
    ]  # fmt: skip
    jane = rows[0]
    assert jane["house_district"] == "3rd Hampshire" and jane["house_member"]
    assert jane["consent_updates_email"] == "yes" and jane["phone"] == "+16177222000"
    assert rows[1]["town"] == "Boston" and rows[1]["house_district"] == ""
    assert rows[2]["town"] == "Northampton" and rows[2]["zip"] == "01062"


def test_export_needs_the_right_passphrase(event_id: str, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase at all\n")
    out = tmp_path / "x.csv"
    done = tabling(
        "export", "signups", "--event", event_id, "--csv", str(out), "--passphrase-file", str(wrong)
    )
    assert done.returncode == 2 and "not right" in done.stderr
    assert not out.exists()


def test_import_of_a_file_without_the_columns_names_it(event_id: str, tmp_path: Path) -> None:
    sheet = tmp_path / "other.csv"
    sheet.write_text("name,mail\nx,y\n")
    done = tabling("import", str(sheet), "--event", event_id)
    assert done.returncode == 2 and f"{sheet}, line 1" in done.stderr


def test_import_into_an_unknown_event(event_id: str, tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text(HEADER)
    done = tabling("import", str(sheet), "--event", "nope")
    assert done.returncode == 2 and "no event" in done.stderr


def test_letters_writes_a_batch_by_office_and_marks_it_when_asked(
    event_id: str, tmp_path: Path, passphrase_file: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "Ana,Lima,1 Elm St,Amherst,,,,pt,no,yes,no\n"
        + "Bo,Chen,2 Oak St,Florence,,,,zh,no,yes,no\n"
        + "Cy,Diaz,3 Pine St,Dorchester,,,,es,no,yes,no\n",
        encoding="utf-8",
    )
    assert tabling("import", str(sheet), "--event", event_id).returncode == 0
    out = tmp_path / "batch.pdf"
    args = [
        "letters",
        "--event",
        event_id,
        "--out",
        str(out),
        "--passphrase-file",
        str(passphrase_file),
    ]
    done = tabling(*args, "--mark-printed")
    assert done.returncode == 0, done.stderr
    # Amherst and Florence: two Representatives, one Senator; Dorchester waits for its precinct.
    assert "Wrote 4 letters (7 pages)" in done.stdout
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+7$", info.stdout, re.MULTILINE)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = tabling(*args)
    assert "No letters to print." in again.stdout
    everything = tabling(*args, "--all")
    assert "Wrote 4 letters" in everything.stdout
