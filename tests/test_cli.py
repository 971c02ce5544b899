"""The `tabling` command as a volunteer or a script runs it: exit codes, JSON, batches."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest


def tabling(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_lookup_json_prints_one_object_with_the_documented_keys() -> None:
    done = tabling("lookup", "--town", "Florence", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {
        "status", "town", "house", "senate", "congress", "us_senators",
        "candidates", "needs", "suggestions",
    }  # fmt: skip
    assert result["status"] == "found"
    assert result["house"]["district"] == "1st Hampshire"
    assert isinstance(result["congress"]["district"], int)


def test_lookup_in_plain_words() -> None:
    done = tabling("lookup", "--town", "Dorchester")
    assert done.returncode == 0
    assert "State Representative: one of" in done.stdout
    assert "ward and precinct" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "--lat", "500", "--lon", "-71"],
        ["lookup", "--ward", "3"],
        ["lookup"],
        ["lookup", "--zip", "abc"],
        ["lookup", "--lat", "north", "--lon", "-71"],
    ],
)
def test_malformed_input_exits_2_with_one_sentence(args: list[str]) -> None:
    done = tabling(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1


def test_batch_prints_json_lines_in_order_and_reports_bad_rows(tmp_path: Path) -> None:
    batch = tmp_path / "queries.csv"
    batch.write_text(
        "town,zip,ward,precinct,address,lat,lon\n"
        "Boston,,3,8,,,\n"
        ",,5,,,,\n"
        "Worchester,,,,,,\n"
        ",02601,,,,,\n"
        ",,,,,500,1\n"
        ",,,,10 Main St Florence,,\n"
        ",,,,,42.3587,-71.0636\n"
    )
    done = tabling("lookup", "--batch", str(batch), "--json")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["status"] for line in lines] == [
        "found", "error", "not_found", "ambiguous", "error", "found", "found",
    ]  # fmt: skip
    assert lines[1]["line"] == 3 and "needs a town" in lines[1]["message"]
    assert lines[4]["line"] == 6


def test_batch_takes_any_subset_of_columns(tmp_path: Path) -> None:
    batch = tmp_path / "zips.csv"
    batch.write_text("Name,ZIP\nsomeone,01062\n")
    done = tabling("lookup", "--batch", str(batch), "--json")
    assert json.loads(done.stdout)["town"] == "Northampton"


def test_batch_without_known_columns_names_the_file(tmp_path: Path) -> None:
    batch = tmp_path / "nothing.csv"
    batch.write_text("name,email\na,b\n")
    done = tabling("lookup", "--batch", str(batch), "--json")
    assert done.returncode == 2
    assert f"{batch}, line 1" in done.stderr


def test_data_info_prints_as_of_date_and_source_hashes() -> None:
    done = tabling("data", "info", "--json")
    assert done.returncode == 0
    info = json.loads(done.stdout)
    assert info["legislators_as_of"] == "2026-04-15"
    assert "legislators/state" in " ".join(info["sources"])
    assert info["vacant"] == ["house 17th Middlesex", "house 1st Franklin"]


def test_a_missing_dataset_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TABLING_DATASET", str(tmp_path / "absent.sqlite"))
    done = tabling("lookup", "--town", "Boston")
    assert done.returncode == 1
    assert "tabling data build" in done.stderr


def test_help_lists_the_commands() -> None:
    done = tabling("--help")
    assert done.returncode == 0
    for command in ("lookup", "data", "init", "event", "import", "export"):
        assert command in done.stdout


def test_no_subcommand_opens_the_window(tabling_home: Path) -> None:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    log = tabling_home / "logs" / "tabling.log"
    try:
        for _ in range(300):
            if log.exists() and "window shown" in log.read_text():
                break
            assert child.poll() is None, child.communicate()
            time.sleep(0.1)
        assert "window shown" in log.read_text()
    finally:
        child.kill()
        child.wait()


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("tabling")
    done = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("tabling ")


def test_the_prompt_asks_for_ward_and_precinct_in_a_split_town() -> None:
    from io import StringIO

    from desktop import paths
    from desktop.commands.lookup import run_prompt
    from desktop.districts.dataset import Dataset
    from desktop.districts.resolver import AddressResolver

    out = StringIO()
    run_prompt(
        AddressResolver(Dataset(paths.dataset_path())),
        StringIO("Jamaica Plain\n19 1\nWorchester\n\n"),
        out,
    )
    text = out.getvalue()
    assert "Boston is split. Ward and precinct" in text
    assert "State Representative (15th Suffolk): Sam Montaño" in text
    assert "Did you mean Worcester" in text


def test_settings_set_and_get_with_types_checked(tabling_home: Path) -> None:
    assert tabling("settings", "set", "smtp.port", "465").returncode == 0
    assert tabling("settings", "set", "smtp.security", "ssl").returncode == 0
    assert tabling("settings", "get", "smtp.port").stdout.strip() == "smtp.port = 465"
    listing = tabling("settings", "get").stdout
    assert "smtp.security = ssl" in listing and "sync.rate_limit = 1.0" in listing
    bad = tabling("settings", "set", "smtp.port", "many")
    assert bad.returncode == 2 and "smtp.port takes a int" in bad.stderr
    wrong = tabling("settings", "set", "smtp.security", "plain")
    assert wrong.returncode == 2 and "starttls, ssl, none" in wrong.stderr
    unknown = tabling("settings", "set", "smtp.colour", "red")
    assert unknown.returncode == 2 and "no setting" in unknown.stderr


def test_a_secret_is_never_written_where_no_secure_keyring_exists(tabling_home: Path) -> None:
    import os

    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "secret", "set", "smtp.password"],
        input="hunter2-not-stored\n", capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "no secure keyring" in done.stderr
    for path in tabling_home.rglob("*"):
        if path.is_file():
            assert b"hunter2-not-stored" not in path.read_bytes()
