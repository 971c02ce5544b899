"""A real SMTP server on loopback for outbox tests (aiosmtpd), that records what arrives.

It counts the connections made to it, parses every message it takes with
`email.policy.default`, and misbehaves on request: it can drop the connection after DATA
without answering, or answer 421, 451, 550 (any reply) for the next N messages, or refuse a
recipient. It can speak STARTTLS or implicit TLS with a self-signed certificate made by the
`openssl` command, and ask for a login.

    with SmtpServer() as server:
        with SmtpTransport(server.settings()) as transport:
            transport.send(message)
        assert server.handler.delivered[0].message["Message-ID"] == message["Message-ID"]
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from desktop.outbox.smtp import Security, SmtpSettings

HOST = "127.0.0.1"
DROP = "drop"  # a fault: close the connection after DATA instead of answering


@dataclass(frozen=True)
class Received:
    """One message the server was handed, how it answered, and on which connection."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    message: EmailMessage
    answer: str  # the reply sent after DATA, or DROP
    connection: int  # 1 for the first connection made to the server, 2 for the next, ...

    @property
    def delivered(self) -> bool:
        return self.answer.startswith("250")


class RecordingHandler:
    """aiosmtpd handler: records envelopes and parsed messages; injects faults on request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.received: list[Received] = []
        self.connections = 0
        self._faults: deque[str] = deque()
        self._refused: dict[str, str] = {}
        # While set to a closed Event, every DATA waits for it: a message held mid-send.
        self.gate: threading.Event | None = None
        self.holding = threading.Event()  # set while a message waits at the gate

    @property
    def delivered(self) -> list[Received]:
        """The messages the server accepted (answered 250), in order."""
        with self._lock:
            return [r for r in self.received if r.delivered]

    def fail_next(self, count: int, reply: str) -> None:
        """Answer `reply` ("451 4.3.0 Try again later") after DATA for the next `count`."""
        with self._lock:
            self._faults.extend([reply] * count)

    def drop_next(self, count: int) -> None:
        """Close the connection after DATA, without a reply, for the next `count` messages."""
        self.fail_next(count, DROP)

    def refuse_recipient(self, address: str, reply: str = "550 5.1.1 No such user here") -> None:
        with self._lock:
            self._refused[address.lower()] = reply

    def connection_made(self) -> int:
        with self._lock:
            self.connections += 1
            return self.connections

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        with self._lock:
            refusal = self._refused.get(address.lower())
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        while self.gate is not None and not self.gate.is_set():
            self.holding.set()
            await asyncio.sleep(0.01)
        content = envelope.original_content or b""
        with self._lock:
            answer = self._faults.popleft() if self._faults else "250 Message accepted"
            self.received.append(
                Received(
                    mail_from=str(envelope.mail_from),
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    content=content,
                    message=BytesParser(policy=default).parsebytes(content),  # type: ignore[arg-type]
                    answer=answer,
                    connection=getattr(server, "connection_number", 0),
                )
            )
        if answer == DROP:
            assert server.transport is not None
            server.transport.close()  # the reply below is then never written
            return "250 never seen"
        return answer


class _CountingSMTP(SMTP):
    def __init__(self, handler: RecordingHandler, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.recorder = handler
        self.connection_number = 0

    def connection_made(self, transport: Any) -> None:
        if not self.connection_number:  # STARTTLS calls this again for the same connection
            self.connection_number = self.recorder.connection_made()
        super().connection_made(transport)


class _Controller(Controller):
    def factory(self) -> SMTP:
        return _CountingSMTP(self.handler, **self.SMTP_kwargs)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 and a free port, run in a thread; a context manager.

    `starttls` or `implicit_tls`: a server-side SSLContext (see `certificate`). `logins`:
    user -> password it accepts (AUTH PLAIN and LOGIN). `idle_timeout`: seconds after which
    it says 421 and closes a silent connection.
    """

    def __init__(
        self,
        *,
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
        logins: dict[str, str] | None = None,
        idle_timeout: float = 300,
    ) -> None:
        self.handler = RecordingHandler()
        self.host = HOST
        self.port = free_port()
        self.logins = logins
        kwargs: dict[str, Any] = {"timeout": idle_timeout, "ident": "tabling test server"}
        if starttls is not None:
            kwargs |= {"tls_context": starttls, "require_starttls": True}
        if logins is not None:
            kwargs |= {"authenticator": self._authenticate, "auth_require_tls": False}
        self.controller = _Controller(
            self.handler, hostname=HOST, port=self.port, ssl_context=implicit_tls, **kwargs
        )

    @property
    def connections(self) -> int:
        return self.handler.connections

    def settings(
        self, security: Security = "none", *, user: str | None = None, **overrides: Any
    ) -> SmtpSettings:
        """Settings that reach this server; overrides such as password=, ssl_context=."""
        values: dict[str, Any] = {"password": None, "timeout": 5.0} | overrides
        return SmtpSettings(self.host, self.port, security, user, **values)

    def start(self) -> SmtpServer:
        self.controller.start()
        # start() makes one connection of its own to wake the server: wait for it, forget it.
        deadline = time.monotonic() + 5
        while self.handler.connections < 1 and time.monotonic() < deadline:
            time.sleep(0.001)
        self.handler.connections = 0
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert self.logins is not None
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            if self.logins.get(user) == password:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


def has_openssl() -> bool:
    return shutil.which("openssl") is not None


def certificate(folder: Path, name: str = "server") -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1, made by `openssl`: (cert, key)."""
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def client_context(cert: Path) -> ssl.SSLContext:
    """A client context that trusts `cert` alone, checking the host name as always."""
    return ssl.create_default_context(cafile=str(cert))
