"""`tabling event set --retention-days`, `purge`, `holdings` and `wipe`, as scripts run them."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop import paths
from desktop.geocoding.cache import GeocodeCache
from desktop.geocoding.census import GeocodeMatch
from tests.cli_run import HEADER, tabling

CANARY_EMAIL = "purge-canary-83a1@example.org"
CANARY_LAST = "Quillfeather"


def import_canaries(event_id: str, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + f"Zebulon,{CANARY_LAST},12 Main St,Amherst,,{CANARY_EMAIL},617-722-2000,es,yes,yes,no\n"
        + "Ana,Silva,5 Elm St,Amherst,,,,pt,no,yes,no\n",
        encoding="utf-8",
    )
    done = tabling("import", str(sheet), "--event", event_id)
    assert done.returncode == 0, done.stderr


def sealed_blobs(home: Path) -> list[bytes]:
    with closing(sqlite3.connect(home / "tabling.db")) as db:
        blobs = [bytes(row[0]) for row in db.execute("SELECT personal_sealed FROM signups")]
        keys = [
            bytes(row[0]) for row in db.execute("SELECT encrypted_private_key FROM organizer_keys")
        ]
    assert len(blobs) == 2 and len(keys) == 1
    return blobs + keys


def test_event_set_changes_the_retention_and_checks_it(event_id: str) -> None:
    done = tabling("event", "set", event_id, "--retention-days", "7")
    assert done.returncode == 0 and "kept 7 days" in done.stdout
    held = json.loads(tabling("holdings", "--json").stdout)
    assert [e["retention_days"] for e in held["events"]] == [7]
    assert tabling("event", "set", event_id, "--retention-days", "-1").returncode == 2
    unknown = tabling("event", "set", "no-such-event", "--retention-days", "3")
    assert unknown.returncode == 2 and "no event" in unknown.stderr


def test_holdings_and_purge_name_counts_never_values(event_id: str, tmp_path: Path) -> None:
    import_canaries(event_id, tmp_path)
    listing = tabling("holdings")
    assert listing.returncode == 0, listing.stderr
    assert f"{event_id}  2026-12-01         2" in listing.stdout
    assert "after 3 messages are sent and 4 letters printed" in listing.stdout
    assert "email" in listing.stdout and "Sealed" in listing.stdout
    held = json.loads(tabling("holdings", "--json").stdout)["events"][0]
    assert held["signups"] == 2 and held["purge_at"] is None
    dry = tabling("purge", "--dry-run")
    assert dry.returncode == 0 and "Nothing to purge" in dry.stdout
    for output in (listing.stdout, dry.stdout, json.dumps(held)):
        assert CANARY_EMAIL not in output and CANARY_LAST not in output


def test_wipe_leaves_no_personal_byte_and_a_new_first_start(
    event_id: str, tmp_path: Path, passphrase_file: Path, tabling_home: Path
) -> None:
    import_canaries(event_id, tmp_path)
    cache = GeocodeCache(paths.geocode_cache_path())
    key = cache.key_for("12 Main St, Amherst")
    assert key is not None
    cache.put(key, GeocodeMatch(-72.5, 42.37, "12 MAIN ST, AMHERST, MA, 01002", "01002", "L"))
    secrets = [CANARY_EMAIL.encode(), CANARY_LAST.encode(), key.lookup, *sealed_blobs(tabling_home)]
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase at all\n")
    refused = tabling("wipe", "--yes", "--passphrase-file", str(wrong))
    assert refused.returncode == 2 and (tabling_home / "tabling.db").exists()
    assert tabling("wipe", "--yes").returncode == 2  # a script must give the passphrase
    assert tabling("wipe", "--passphrase-file", str(passphrase_file)).returncode == 2  # no tty

    done = tabling("wipe", "--yes", "--passphrase-file", str(passphrase_file))
    assert done.returncode == 0, done.stderr
    assert "tabling init" in done.stdout
    left = [f for f in tabling_home.rglob("*") if f.is_file()]
    for file in left:
        content = file.read_bytes()
        for secret in secrets:
            assert secret not in content, f"{file.name} still holds a wiped value"
    assert not (tabling_home / "tabling.db").exists()
    assert not paths.geocode_cache_path().exists()

    assert tabling("init", "--passphrase-file", str(passphrase_file)).returncode == 0
    assert tabling("event", "list").stdout == ""


def test_event_set_keeps_a_general_place_and_asks_what_to_change(event_id: str) -> None:
    done = tabling("event", "set", event_id, "--place", "  Boston ")
    assert done.returncode == 0 and "the place is kept as 'Boston'" in done.stdout
    listed = tabling("event", "list")
    assert "(Boston)" in listed.stdout and "Hall" not in listed.stdout
    nothing = tabling("event", "set", event_id)
    assert nothing.returncode == 2 and "--retention-days N, --place TEXT" in nothing.stderr
    assert tabling("event", "set", event_id, "--place", " ").returncode == 2
