"""SmtpTransport against a real SMTP server on loopback: delivery, faults, TLS, settings."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from desktop.campaigns import Campaign, campaigns_dir, load_campaign
from desktop.outbox.messages import Sender, legislator_email, make_message_id
from desktop.outbox.smtp import (
    SmtpSettings,
    SmtpSettingsError,
    SmtpTransport,
    is_loopback,
)
from desktop.outbox.smtp_errors import ConnectionSetupError, PermanentSendError, TransientSendError
from tests.outbox.smtp_server import (
    HOST,
    SmtpServer,
    certificate,
    client_context,
    free_port,
    has_openssl,
    server_context,
)

SENDER = Sender("action@coalition.example.org", "Safe Communities Coalition")
DATE = dt.datetime(2025, 5, 4, 14, 30, tzinfo=dt.UTC)
NAMES = ["Ana Souza", "Nguyễn Văn An", "王小明", "Marie-Ange Jean-Baptiste", 'O\'Brien, "Pat"']
needs_openssl = pytest.mark.skipif(not has_openssl(), reason="the openssl command is not here")


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    return load_campaign(campaigns_dir() / "safe-communities-act.yaml")


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:
        yield running


@pytest.fixture(scope="module")
def cert_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not has_openssl():
        pytest.skip("the openssl command is not here")
    return certificate(tmp_path_factory.mktemp("tls"))


def _message(campaign: Campaign, i: int, **changes: Any) -> EmailMessage:
    values: dict[str, Any] = {
        "signer_name": NAMES[i % len(NAMES)],
        "signer_first_name": NAMES[i % len(NAMES)].split()[0],
        "signer_email": f"signer{i}@example.com",
        "signer_town": "Lowell",
        "note": None,
        "member_name": "Rady Mom",
        "member_last_name": "Mom",
        "member_email": f"member{i}@mahouse.example.gov",
        "district": "18th Middlesex",
        "sender": SENDER,
        "message_id": make_message_id("coalition.example.org"),
        "date": DATE,
    }
    return legislator_email(campaign, "house", **(values | changes))


# --- delivery --------------------------------------------------------------------------------


def test_200_messages_arrive_once_each_over_one_connection(
    campaign: Campaign, server: SmtpServer
) -> None:
    messages = [_message(campaign, i) for i in range(200)]
    with SmtpTransport(server.settings()) as transport:
        for message in messages:
            transport.send(message)
        assert transport.connections == 1
    assert server.connections == 1
    received = server.handler.delivered
    assert len(received) == 200
    by_id = {r.message["Message-ID"].strip(): r for r in received}
    assert len(by_id) == 200  # each once
    for i, sent in enumerate(messages):
        got = by_id[sent["Message-ID"]]
        assert got.mail_from == SENDER.address
        assert got.rcpt_tos == (f"member{i}@mahouse.example.gov",)
        (sender,) = got.message["From"].addresses
        assert (sender.display_name, sender.addr_spec) == (
            f"{NAMES[i % len(NAMES)]} via Safe Communities Coalition",
            SENDER.address,
        )
        assert [a.addr_spec for a in got.message["Reply-To"].addresses] == [
            f"signer{i}@example.com"
        ]
        assert [a.addr_spec for a in got.message["To"].addresses] == [
            f"member{i}@mahouse.example.gov"
        ]
        assert got.message["Subject"] == sent["Subject"]
        assert got.message.get_content().replace("\r\n", "\n") == sent.get_content()
        assert got.connection == 1


def test_the_envelope_is_the_from_and_exactly_the_to(
    campaign: Campaign, server: SmtpServer
) -> None:
    tricky = "Eve, <eve@evil.example>, =?utf-8?q?Bcc=3A_x=40evil.example?=\r\nBcc: x@evil.example"
    message = _message(campaign, 0, signer_name=tricky, member_name=tricky)
    with SmtpTransport(server.settings()) as transport:
        transport.send(message)
    (got,) = server.handler.delivered
    assert got.mail_from == SENDER.address
    assert got.rcpt_tos == ("member0@mahouse.example.gov",)
    head = got.content.split(b"\r\n\r\n")[0].decode("ascii")
    assert not [line for line in head.split("\r\n") if line.lower().startswith(("bcc", "cc"))]
    assert set(got.message.keys()) == {
        "From", "To", "Reply-To", "Subject", "Date", "Message-ID",
        "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
    }  # fmt: skip
    assert [a.addr_spec for a in got.message["To"].addresses] == ["member0@mahouse.example.gov"]


@pytest.mark.parametrize("header", ["Bcc", "Cc", "Resent-To"])
def test_a_message_that_would_add_recipients_is_refused_unsent(
    campaign: Campaign, server: SmtpServer, header: str
) -> None:
    message = _message(campaign, 0)
    message[header] = "someone@example.com"
    with SmtpTransport(server.settings()) as transport, pytest.raises(PermanentSendError) as caught:
        transport.send(message)
    assert caught.value.reason == f"not sent: the message has a {header} header"
    assert caught.value.code is None
    assert server.connections == 0 and server.handler.received == []


def test_a_message_without_structured_headers_is_refused(server: SmtpServer) -> None:
    from email.message import Message

    legacy = Message()
    legacy["From"], legacy["To"] = "a@example.com", "b@example.com"
    with SmtpTransport(server.settings()) as transport, pytest.raises(PermanentSendError):
        transport.send(legacy)  # type: ignore[arg-type]
    assert server.connections == 0


def test_separate_transports_open_separate_connections(
    campaign: Campaign, server: SmtpServer
) -> None:
    for i in range(2):
        with SmtpTransport(server.settings()) as transport:
            transport.send(_message(campaign, i))
    assert server.connections == 2
    assert [r.connection for r in server.handler.delivered] == [1, 2]


# --- faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "error", "code", "reason", "connections", "summary"),
    [
        ("451 4.3.0 Try again later", TransientSendError, 451, "4.3.0 Try again later", 1,
         "deferred by the server (451 4.3.0, mail system problem)"),
        ("421 4.3.2 Shutting down", TransientSendError, 421, "4.3.2 Shutting down", 2,
         "deferred by the server (421 4.3.2, mail system problem)"),
        ("550 5.7.1 Rejected as spam", PermanentSendError, 550, "5.7.1 Rejected as spam", 1,
         "message refused (550 5.7.1, refused by the receiving server's policy)"),
    ],
)  # fmt: skip
def test_a_fault_reply_raises_its_class_with_the_servers_words(
    campaign: Campaign,
    server: SmtpServer,
    reply: str,
    error: type[Exception],
    code: int,
    reason: str,
    connections: int,
    summary: str,
) -> None:
    """The server's words stay in `reason` (stored only sealed); str() is the codes alone."""
    first, second = _message(campaign, 0), _message(campaign, 1)
    server.handler.fail_next(1, reply)
    with SmtpTransport(server.settings()) as transport:
        with pytest.raises(error) as caught:
            transport.send(first)
        assert (caught.value.code, caught.value.reason) == (code, reason)  # type: ignore[attr-defined]
        assert str(caught.value) == summary
        transport.send(second)  # the same connection, or (after 421, which closes) a new one
    assert server.connections == connections
    assert [r.message["Message-ID"].strip() for r in server.handler.delivered] == [
        second["Message-ID"]
    ]


def test_faults_for_several_messages_then_delivery(campaign: Campaign, server: SmtpServer) -> None:
    message = _message(campaign, 0)
    server.handler.fail_next(3, "451 4.7.1 Greylisted, try again")
    with SmtpTransport(server.settings()) as transport:
        for _ in range(3):
            with pytest.raises(TransientSendError, match=r"451 4\.7\.1"):
                transport.send(message)
        transport.send(message)
    assert [r.answer[:3] for r in server.handler.received] == ["451", "451", "451", "250"]
    assert len(server.handler.delivered) == 1


def test_a_connection_dropped_after_data_is_transient_and_the_next_send_reconnects(
    campaign: Campaign, server: SmtpServer
) -> None:
    message = _message(campaign, 0)
    server.handler.drop_next(1)
    with SmtpTransport(server.settings()) as transport:
        with pytest.raises(TransientSendError, match="closed the connection") as caught:
            transport.send(message)
        assert caught.value.code is None
        transport.send(message)  # the queue sends it again, with the same Message-ID
        assert transport.connections == 2
    received = server.handler.received
    assert [r.answer for r in received] == ["drop", "250 Message accepted"]
    assert received[0].message["Message-ID"] == received[1].message["Message-ID"]


def test_a_refused_recipient_is_permanent_with_the_servers_reason(
    campaign: Campaign, server: SmtpServer
) -> None:
    server.handler.refuse_recipient("member0@mahouse.example.gov", "550 5.1.1 No such mailbox")
    server.handler.refuse_recipient("member1@mahouse.example.gov", "450 4.2.1 Mailbox busy")
    with SmtpTransport(server.settings()) as transport:
        with pytest.raises(PermanentSendError) as permanent:
            transport.send(_message(campaign, 0))
        with pytest.raises(TransientSendError) as transient:
            transport.send(_message(campaign, 1))
        transport.send(_message(campaign, 2))
    assert permanent.value.code == 550
    assert (
        permanent.value.reason == "member0@mahouse.example.gov refused: 550 5.1.1 No such mailbox"
    )
    assert transient.value.code == 450
    assert server.connections == 1
    assert [r.rcpt_tos for r in server.handler.received] == [("member2@mahouse.example.gov",)]


def test_an_idle_connection_the_server_closed_is_reopened_transparently(
    campaign: Campaign,
) -> None:
    import time

    with SmtpServer(idle_timeout=0.3) as server, SmtpTransport(server.settings()) as transport:
        transport.send(_message(campaign, 0))
        time.sleep(0.8)  # the server says 421 and hangs up meanwhile
        transport.send(_message(campaign, 1))
        transport.send(_message(campaign, 2))
        assert transport.connections == 2
    assert len(server.handler.delivered) == 3
    assert [r.connection for r in server.handler.delivered] == [1, 2, 2]


def test_no_server_listening_is_a_server_problem_naming_the_settings(campaign: Campaign) -> None:
    port = free_port()
    settings = SmtpSettings(HOST, port, "none", None, None, timeout=2)
    with SmtpTransport(settings) as transport, pytest.raises(ConnectionSetupError) as caught:
        transport.send(_message(campaign, 0))
    assert str(caught.value) == (
        f"no mail server answers at {HOST} port {port} (connection refused): check smtp.host"
        " and smtp.port, or whether the server is running."
    )
    assert transport.connections == 0


def test_a_server_that_never_answers_is_a_server_problem(campaign: Campaign) -> None:
    with socket.socket() as silent:
        silent.bind((HOST, 0))
        silent.listen()  # the kernel accepts the connection; nobody ever says hello
        port = silent.getsockname()[1]
        settings = SmtpSettings(HOST, port, "none", None, None, timeout=0.3)
        with SmtpTransport(settings) as transport, pytest.raises(ConnectionSetupError) as caught:
            transport.send(_message(campaign, 0))
    assert str(caught.value).startswith(f"{HOST} port {port} did not answer within 0.3 seconds")


# --- settings ------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["smtp.example.org", "10.0.0.1", "192.168.1.5", "2001:db8::1"])
def test_no_tls_is_refused_for_another_host_before_any_connection(
    host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda _self, address: attempts.append(address))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a))
    with pytest.raises(SmtpSettingsError, match=f"security 'none' would send .* to {host} in"):
        SmtpSettings(host, 25, "none", "organizer", "secret")
    assert attempts == []


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "127.0.0.1", "127.8.9.10", "::1"])
def test_no_tls_is_allowed_on_this_computer(host: str) -> None:
    assert is_loopback(host)
    assert SmtpSettings(host, 25, "none", None, None).security == "none"


def test_tls_settings_are_taken_for_any_host() -> None:
    assert not is_loopback("smtp.example.org")
    assert not is_loopback("localhost.example.org")
    assert not is_loopback("mail.localhost")  # a resolver may ask DNS for it
    settings = SmtpSettings("smtp.example.org", 587, "starttls", "organizer", "s3cret!")
    assert settings.timeout == 20.0 and settings.ssl_context is None
    assert "s3cret!" not in repr(settings)  # never in a log line


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"security": "tls"}, "security must be one of starttls, ssl, none, not 'tls'"),
        ({"port": 0}, "port must be a number from 1 to 65535, not 0"),
        ({"port": "587"}, "port must be a number"),
        ({"host": ""}, "'' is not a host name"),
        ({"host": "smtp.example.org\r\n"}, "is not a host name"),
        ({"timeout": 0}, "timeout must be more than 0 seconds"),
    ],
)
def test_settings_that_cannot_work(changes: dict[str, Any], problem: str) -> None:
    values: dict[str, Any] = {
        "host": "smtp.example.org", "port": 587, "security": "starttls",
        "user": None, "password": None,
    } | changes  # fmt: skip
    with pytest.raises(SmtpSettingsError, match=problem):
        SmtpSettings(**values)


def test_a_login_needs_a_server_that_offers_it(campaign: Campaign, server: SmtpServer) -> None:
    with (
        SmtpTransport(server.settings(user="organizer", password="pw")) as transport,
        pytest.raises(ConnectionSetupError, match=r"offers no login: leave smtp\.user empty"),
    ):
        transport.send(_message(campaign, 0))
    assert server.handler.received == []


def test_login_on_loopback(campaign: Campaign) -> None:
    with SmtpServer(logins={"organizer": "s3cret"}) as server:
        good = server.settings(user="organizer", password="s3cret")
        with SmtpTransport(good) as transport:
            transport.send(_message(campaign, 0))
        bad = server.settings(user="organizer", password="wrong-pw")
        with SmtpTransport(bad) as transport, pytest.raises(ConnectionSetupError) as caught:
            transport.send(_message(campaign, 1))
    assert caught.value.code == 535
    assert str(caught.value).startswith("the server refused the login for organizer (535 ")
    assert "tabling secret set smtp.password" in str(caught.value)
    assert "wrong-pw" not in str(caught.value)
    assert len(server.handler.delivered) == 1


# --- TLS -----------------------------------------------------------------------------------


@needs_openssl
def test_starttls_with_a_trusted_certificate_and_a_login(
    campaign: Campaign, cert_files: tuple[Path, Path]
) -> None:
    cert, key = cert_files
    with SmtpServer(starttls=server_context(cert, key), logins={"organizer": "s3cret"}) as server:
        settings = server.settings(
            "starttls", user="organizer", password="s3cret", ssl_context=client_context(cert)
        )
        with SmtpTransport(settings) as transport:
            for i in range(5):
                transport.send(_message(campaign, i))
    assert server.connections == 1
    assert len(server.handler.delivered) == 5


@needs_openssl
def test_implicit_tls(campaign: Campaign, cert_files: tuple[Path, Path]) -> None:
    cert, key = cert_files
    with SmtpServer(implicit_tls=server_context(cert, key)) as server:
        settings = server.settings("ssl", ssl_context=client_context(cert))
        with SmtpTransport(settings) as transport:
            transport.send(_message(campaign, 0))
            transport.send(_message(campaign, 1))
    assert server.connections == 1
    assert len(server.handler.delivered) == 2


@needs_openssl
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_untrusted_certificate_is_a_setup_error_and_nothing_is_sent(
    campaign: Campaign, cert_files: tuple[Path, Path], security: str
) -> None:
    cert, key = cert_files
    tls = {"starttls" if security == "starttls" else "implicit_tls": server_context(cert, key)}
    with SmtpServer(**tls) as server:
        untrusting = ssl.create_default_context()  # the system's authorities only
        settings = server.settings(security, ssl_context=untrusting)  # type: ignore[arg-type]
        with SmtpTransport(settings) as transport, pytest.raises(ConnectionSetupError) as caught:
            transport.send(_message(campaign, 0))
    assert "certificate is not trusted" in str(caught.value)
    assert server.handler.received == []


def test_starttls_is_required_when_asked_for(campaign: Campaign, server: SmtpServer) -> None:
    with (
        SmtpTransport(server.settings("starttls")) as transport,
        pytest.raises(ConnectionSetupError, match="does not offer STARTTLS, so nothing was sent"),
    ):
        transport.send(_message(campaign, 0))
    assert server.handler.received == []
