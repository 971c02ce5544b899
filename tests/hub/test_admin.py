"""Setting a hub up on a real PostgreSQL server, giving laptops a way in, and joining."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from desktop import secrets
from desktop.hub.address import checked
from desktop.hub.admin import JoinCode, add_laptop, create_hub, join
from desktop.hub.errors import HubAddressError, HubError
from desktop.organizer import initialize, key_record
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost, KeyRecord
from desktop.settings import HUB_ROLE, HUB_URL, Settings
from desktop.store.engine import open_database
from tests.cli_run import PASSPHRASE, tabling
from tests.pg_server import PgServer


@pytest.fixture
def hub_url(pg_server: PgServer) -> str:
    name = f"hub_{uuid.uuid4().hex[:8]}"
    pg_server.new_database(name)
    return pg_server.tcp_url(name)


def _organizer_keys(folder: Path) -> KeyRecord:
    sessions = open_database(f"sqlite:///{folder / 'organizer.db'}")
    with sessions.begin() as session:
        return initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN)


def test_the_address_must_verify_tls_off_this_machine() -> None:
    with pytest.raises(HubAddressError, match="sslmode=verify-full"):
        checked("postgresql://organizer@hub.example.org/coalition")
    with pytest.raises(HubAddressError, match="sslmode=verify-full"):
        checked("postgresql://organizer@hub.example.org/coalition?sslmode=require")
    with pytest.raises(HubAddressError, match="PostgreSQL"):
        checked("mysql://organizer@hub.example.org/coalition")
    assert checked("postgresql://o@hub.example.org/c?sslmode=verify-full").host == "hub.example.org"
    assert checked("postgresql://o@127.0.0.1:5432/c").database == "c"
    assert checked("postgresql://o@/c?host=/run/postgresql").database == "c"


def test_a_laptop_joins_once_adopts_the_key_and_keeps_its_password_in_the_keyring(
    secret_service: None, pg_server: PgServer, hub_url: str, tmp_path: Path
) -> None:
    keys = _organizer_keys(tmp_path)
    create_hub(hub_url, keys)
    create_hub(hub_url, keys)  # again, the same organizer: nothing changes
    code = add_laptop(hub_url, "Table 3")
    assert code.role == f"{checked(hub_url).database}_laptop_table_3"
    assert "organizer-test-password" not in code.url

    laptop = open_database(f"sqlite:///{tmp_path / 'laptop.db'}")  # a fresh laptop: no init
    with laptop.begin() as session:
        joined = join(code.encoded(), session)
    assert joined.laptop == "Table 3" and joined.adopted_key
    with laptop() as session:
        adopted = key_record(session)
    assert adopted == keys  # the organizer's passphrase opens what this laptop seals
    password = secrets.get_secret(secrets.HUB_PASSWORD)
    assert password and password != code.password  # the code's password is spent
    settings = Settings()
    assert settings.get(HUB_ROLE) == code.role and settings.get(HUB_URL) == code.url
    assert password not in Path(settings.path).read_text()

    with laptop.begin() as session, pytest.raises(HubError, match="Could not reach"):
        join(code.encoded(), session)  # the old password no longer logs in
    # The laptop's own password does, and its role may read the keys but delete nothing.
    with psycopg.connect(code.address(password).render_as_string(hide_password=False).replace(
        "postgresql+psycopg://", "postgresql://"
    )) as connection:  # fmt: skip
        assert connection.execute("SELECT count(*) FROM coalition").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM laptops")


def test_a_laptop_with_another_organizers_sign_ups_is_refused(
    secret_service: None, hub_url: str, tmp_path: Path
) -> None:
    create_hub(hub_url, _organizer_keys(tmp_path))
    code = add_laptop(hub_url, "Table 4")
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    with other.begin() as session:
        initialize(session, "quartz lantern meadow ninety", cost=KdfCost.MIN)
    with other.begin() as session, pytest.raises(HubError, match="its own organizer key"):
        join(code.encoded(), session)
    assert secrets.get_secret(secrets.HUB_PASSWORD) is None  # nothing kept


def test_join_codes_that_are_not_are_named(tmp_path: Path) -> None:
    with pytest.raises(HubError, match="not a join code"):
        JoinCode.decoded("hello")
    with pytest.raises(HubError, match="damaged"):
        JoinCode.decoded("tabling-hub-1.bm90IGpzb24")
    sessions = open_database(f"sqlite:///{tmp_path / 'l.db'}")
    code = JoinCode("postgresql://127.0.0.1:1/x", "tabling_laptop_x", "pw").encoded()
    with sessions.begin() as session, pytest.raises(HubError, match="no secure keyring"):
        join(code, session)


def test_the_commands_print_the_code_alone_on_the_last_line_and_join(
    secret_service: None, hub_url: str, passphrase_file: Path, tmp_path: Path
) -> None:
    assert tabling("init", "--passphrase-file", str(passphrase_file)).returncode == 0
    made = tabling("hub", "create", hub_url, "--passphrase-file", str(passphrase_file))
    assert made.returncode == 0, made.stderr
    added = tabling("hub", "add-laptop", "Front desk", "--hub", hub_url)
    assert added.returncode == 0, added.stderr
    code = added.stdout.strip().splitlines()[-1]
    assert code.startswith("tabling-hub-1.") and " " not in code
    again = tabling("hub", "add-laptop", "Front desk", "--hub", hub_url)
    assert again.returncode == 1 and "already has a laptop called 'Front desk'" in again.stderr
    refused = tabling("hub", "create", "postgresql://o@hub.example.org/c")
    assert refused.returncode == 2 and "sslmode=verify-full" in refused.stderr
