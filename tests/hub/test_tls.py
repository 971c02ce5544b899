"""A hub on the network speaks TLS, and a laptop refuses a certificate it cannot trust.

A real PostgreSQL server with TLS on (its TCP port takes TLS only), and certificates these
tests make: the coalition's own authority, a server certificate it signs for
`hub.tabling.test`, and the impostors (signed by another authority, self-signed, or for
another name). The laptop reaches the server on loopback by a name that is not loopback's:
`hub.tabling.test:PORT?hostaddr=127.0.0.1` connects to 127.0.0.1 and checks the certificate
against `hub.tabling.test`, so the address is one off this machine for the app's rule
(address.py), with no DNS and no /etc/hosts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from desktop import secrets
from desktop.hub.admin import add_laptop, create_hub, engine_for, reaching
from desktop.hub.errors import HubAddressError, HubError
from desktop.hub.refusals import explained
from desktop.organizer import initialize
from desktop.privacy.blind_index import IndexCost
from desktop.privacy.keys import KdfCost
from desktop.store.engine import open_database
from tests.cli_run import PASSPHRASE, tabling
from tests.pg_cluster import ADMIN_PASSWORD, NoServer, PgServer, ServerTls, running
from tests.tls_certs import Authority, self_signed

HUB_NAME = "hub.tabling.test"


@dataclass(frozen=True)
class TlsHub:
    server: PgServer
    coalition: Authority
    genuine: ServerTls  # the coalition's authority signed it, for HUB_NAME
    authority: Path  # the coalition's authority's certificate: what laptops trust
    impostor_authority: Path

    def url(
        self,
        database: str = "postgres",
        *,
        host: str = HUB_NAME,
        sslmode: str | None = "verify-full",
        root: Path | None = None,
        password: str = ADMIN_PASSWORD,
    ) -> str:
        query = ["hostaddr=127.0.0.1"]
        if sslmode:
            query.append(f"sslmode={sslmode}")
        query.append(f"sslrootcert={root or self.authority}")
        return f"postgresql://postgres:{password}@{host}:{self.server.port}/{database}?" + "&".join(
            query
        )


@pytest.fixture(scope="module")
def tls_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsHub]:
    folder = tmp_path_factory.mktemp("tls")
    coalition, impostor = Authority.new("Coalition test CA"), Authority.new("Impostor CA")
    (folder / "coalition-ca.pem").write_bytes(coalition.certificate)
    (folder / "impostor-ca.pem").write_bytes(impostor.certificate)
    genuine = coalition.server(HUB_NAME)
    try:
        with running(genuine) as server:
            yield TlsHub(
                server, coalition, genuine, folder / "coalition-ca.pem", folder / "impostor-ca.pem"
            )
    except NoServer as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def showing(tls_hub: TlsHub) -> Iterator[TlsHub]:
    """The hub, whose tests may make it show another certificate: the genuine one after."""
    try:
        yield tls_hub
    finally:
        tls_hub.server.present(tls_hub.genuine)


def _refusal(url: str) -> str:
    """The app's own way in (engine_for, reaching), to a refusal: its HubError's message."""
    with (
        pytest.raises(HubError) as refused,
        reaching(engine_for(url)) as engine,
        engine.connect() as connection,
    ):
        connection.execute(text("SELECT 1"))
    return str(refused.value)


def _driver_says(url: str) -> str:
    """libpq's own message for the same refusal (what `explained` is given)."""
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(url).close()
    return str(refused.value)


def _names(said: str, *words: str, hidden: tuple[str, ...] = ()) -> None:
    """A refusal in one plain line (no traceback) that names `words` and no password.

    (Words that hold whether admin.reaching gives libpq's first line, as now, or
    refusals.explained's; the explained words are checked on their own below.)"""
    assert len(said.strip().splitlines()) == 1, said
    for word in words:
        assert word in said, (word, said)
    for secret in (ADMIN_PASSWORD, *hidden):
        assert secret not in said


def test_the_coalitions_authority_and_the_right_name_reach_the_hub_over_tls(
    tls_hub: TlsHub,
) -> None:
    with reaching(engine_for(tls_hub.url())) as engine, engine.connect() as connection:
        encrypted = connection.execute(
            text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).scalar()
    assert encrypted is True
    # The server takes nothing else on its port: what a hub on the network would do.
    plain = _driver_says(tls_hub.url(sslmode="disable"))
    assert "no encryption" in plain


def test_a_certificate_for_another_name_is_refused(tls_hub: TlsHub) -> None:
    url = tls_hub.url(host="other.tabling.test")  # the genuine certificate names HUB_NAME
    said = _refusal(url)
    _names(said, "postgres:***@other.tabling.test", "certificate", f"{HUB_NAME}")
    worded = explained("the hub", _driver_says(url))
    assert "certificate for 'hub.tabling.test', not for 'other.tabling.test'" in worded
    assert "Nothing was sent to it" in worded


def test_a_certificate_from_an_authority_the_laptop_does_not_trust_is_refused(
    tls_hub: TlsHub,
) -> None:
    url = tls_hub.url(root=tls_hub.impostor_authority)  # the laptop trusts another authority
    _names(_refusal(url), f"postgres:***@{HUB_NAME}", "certificate")
    worded = explained("the hub", _driver_says(url))
    assert "no authority this laptop trusts has signed" in worded


def test_a_self_signed_certificate_is_refused(showing: TlsHub) -> None:
    showing.server.present(self_signed(HUB_NAME))  # the right name, vouched for by no one
    _names(_refusal(showing.url()), f"postgres:***@{HUB_NAME}", "certificate")
    assert "no authority this laptop trusts" in explained("the hub", _driver_says(showing.url()))


def test_a_missing_authority_file_is_named_and_not_worked_around(tls_hub: TlsHub) -> None:
    missing = tls_hub.authority.with_name("nowhere.pem")
    _names(_refusal(tls_hub.url(root=missing)), str(missing), "certificate")
    # libpq's second line suggests a weaker sslmode: the app's words do not.
    worded = explained("the hub", _driver_says(tls_hub.url(root=missing)))
    assert str(missing) in worded and "sslrootcert=FILE" in worded
    assert "sslmode" not in worded


@pytest.mark.parametrize("sslmode", [None, "disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_sslmode_is_refused_before_connecting(showing: TlsHub, sslmode: str) -> None:
    # An impostor's certificate, self-signed for another name: libpq itself lets every
    # mode below verify-full through to it (verify-ca checks the authority, not the name)...
    impostor = Authority.new("Impostor CA")
    showing.server.present(impostor.server("impostor.example"))
    root = showing.authority.with_name("impostor-signed.pem")
    root.write_bytes(impostor.certificate)
    url = showing.url(sslmode=sslmode, root=root if sslmode == "verify-ca" else Path("/none"))
    if sslmode not in (None, "disable"):  # (the server takes no plain connection)
        psycopg.connect(url).close()
    # ...and the app's address rule refuses them all, before any connection.
    with pytest.raises(HubAddressError, match="sslmode=verify-full"):
        engine_for(url)


def test_join_and_sync_refuse_an_impostor_in_plain_words(
    secret_service: None, showing: TlsHub, tmp_path: Path
) -> None:
    name = f"hub_{uuid.uuid4().hex[:8]}"
    showing.server.new_database(name)
    hub = showing.url(name)
    sessions = open_database(f"sqlite:///{tmp_path / 'organizer.db'}")
    with sessions.begin() as session:
        create_hub(hub, initialize(session, PASSPHRASE, cost=KdfCost.MIN, index_cost=IndexCost.MIN))
    first, second = add_laptop(hub, "Table 1"), add_laptop(hub, "Table 2")
    assert "sslmode=verify-full" in first.url and HUB_NAME in first.url  # the code keeps them

    showing.server.present(self_signed(HUB_NAME))
    refused = tabling("hub", "join", first.encoded())
    assert refused.returncode == 1 and refused.stdout == ""
    where = f"***@{HUB_NAME}:{showing.server.port}/{name}?"  # the address, no password
    assert refused.stderr.startswith("tabling: ")
    _names(refused.stderr, where, "certificate", hidden=(first.password,))
    assert secrets.get_secret(secrets.HUB_PASSWORD) is None  # nothing kept

    showing.server.present(showing.genuine)  # the real hub: the same code joins
    joined = tabling("hub", "join", first.encoded())
    assert joined.returncode == 0, joined.stderr
    assert tabling("hub", "sync").returncode == 0
    # The code carried the coalition's authority: the laptop checks with its own copy,
    # not with the organizer's file (which another laptop does not have).
    from desktop.settings import HUB_URL, Settings

    assert "hub-ca.crt" in Settings().get(HUB_URL)
    away = showing.authority.with_suffix(".away")
    showing.authority.rename(away)
    try:
        assert tabling("hub", "sync").returncode == 0
    finally:
        away.rename(showing.authority)

    # The coalition's authority signed it, but for another server of the coalition's.
    showing.server.present(showing.coalition.server("files.tabling.test"))
    synced = tabling("hub", "sync")
    assert synced.returncode == 1 and synced.stdout == ""
    kept = secrets.get_secret(secrets.HUB_PASSWORD)
    assert kept
    assert synced.stderr.startswith("tabling: ")
    _names(synced.stderr, where, "certificate", "files.tabling.test",
           hidden=(kept, first.password, second.password))  # fmt: skip


def test_the_app_says_what_to_do_about_a_certificate_it_refuses(tls_hub: TlsHub) -> None:
    said = _refusal(tls_hub.url(root=tls_hub.impostor_authority))
    assert "Nothing was sent to it" in said and "Ask the organizer" in said
