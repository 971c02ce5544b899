"""`tabling passphrase change`, as a script runs it: only the lock on the private key changes."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from desktop import paths
from tests.cli_run import HEADER, tabling

NEW = "lantern quarry biscuit tundra"


def _export(event_id: str, passphrase: Path, out: Path) -> int:
    done = tabling(
        "export", "signups", "--event", event_id, "--csv", str(out),
        "--passphrase-file", str(passphrase),
    )  # fmt: skip
    return done.returncode


def _key_row() -> tuple[object, ...]:
    database = paths.default_database_url().removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT * FROM organizer_keys").fetchone()
    assert row is not None
    return tuple(row)


def test_change_then_only_the_new_passphrase_opens_the_same_signups(
    event_id: str, tmp_path: Path, passphrase_file: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + "Jane,Doe,12 Main St,Amherst,,jane@example.com,,es,yes,yes,no\n")
    assert tabling("import", str(sheet), "--event", event_id).returncode == 0
    new_file = tmp_path / "new"
    new_file.write_text(NEW + "\n")

    changed = tabling(
        "passphrase", "change",
        "--passphrase-file", str(passphrase_file), "--new-passphrase-file", str(new_file),
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "changed" in changed.stdout

    out = tmp_path / "out.csv"
    assert _export(event_id, new_file, out) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(row["first_name"], row["email"]) for row in rows] == [("Jane", "jane@example.com")]
    refused = tmp_path / "refused.csv"
    assert _export(event_id, passphrase_file, refused) == 2
    assert not refused.exists()


def test_a_weak_new_passphrase_is_refused_and_nothing_changes(
    event_id: str, tmp_path: Path, passphrase_file: Path
) -> None:
    before = _key_row()
    weak = tmp_path / "weak"
    weak.write_text("Password1!\n")
    done = tabling(
        "passphrase", "change",
        "--passphrase-file", str(passphrase_file), "--new-passphrase-file", str(weak),
    )  # fmt: skip
    assert done.returncode == 2
    assert "too easy to guess" in done.stderr and "Nothing changed" in done.stderr
    assert _key_row() == before
    assert _export(event_id, passphrase_file, tmp_path / "out.csv") == 0


def test_a_wrong_current_passphrase_changes_nothing(event_id: str, tmp_path: Path) -> None:
    before = _key_row()
    wrong, new_file = tmp_path / "wrong", tmp_path / "new"
    wrong.write_text("not the passphrase at all\n")
    new_file.write_text(NEW + "\n")
    done = tabling(
        "passphrase", "change",
        "--passphrase-file", str(wrong), "--new-passphrase-file", str(new_file),
    )  # fmt: skip
    assert done.returncode == 2 and "not right" in done.stderr
    assert _key_row() == before
