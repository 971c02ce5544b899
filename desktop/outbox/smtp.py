"""Sending email over SMTP: one connection for many messages, TLS unless on this computer.

Why it works this way:

- One connection is reused for a whole sync (a new TLS handshake and login per message is
  slow and looks like abuse to providers). A server drops an idle connection after a while;
  when the failure comes before the message's content was handed over (at MAIL or RCPT),
  nothing can have been delivered, so we reconnect and try once more without the caller
  knowing. A failure during DATA is never retried here: the server may have the message,
  and only the queue decides to send it again (with the same Message-ID).
- Errors are sorted for the queue (smtp_errors.py): TransientSendError (no connection,
  timeouts, the server gone, 4xx replies: retry later), PermanentSendError (5xx replies,
  a refused recipient: the message failed, with the server's code and words),
  ConnectionSetupError (login refused, no TLS, an untrusted certificate: no message is at
  fault; fix the settings).
- TLS is required, by STARTTLS or implicit SSL, except to a server on this computer: the
  password and the signers' names and addresses must never cross a network in clear text.
  SmtpSettings refuses `security="none"` for any other host when it is made, before any
  connection could be tried.
- The envelope comes from the message's own headers, From and To, read through the
  structured header objects of `email.policy.default`; a message with Cc, Bcc or Resent-*
  headers is refused, so the envelope recipients are exactly the To addresses.
- Our EHLO names us `[127.0.0.1]`, not the laptop's host name, which often names its owner
  and would end up in the Received headers of every message.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from types import TracebackType
from typing import TYPE_CHECKING, Final, Literal, get_args

from desktop.outbox.errors import ServerProblem
from desktop.outbox.server_problems import (
    certificate_problem,
    connection_problem,
    login_problem,
    peer_certificate,
)
from desktop.outbox.smtp_errors import (
    ConnectionSetupError,
    PermanentSendError,
    SendError,
    classify,
    connection_lost,
    refusal_summary,
    refusals,
    replied,
    reply_text,
)
from desktop.web import is_loopback as is_loopback  # where the web code checks it too

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

Security = Literal["starttls", "ssl", "none"]
SECURITY_CHOICES: Final[tuple[str, ...]] = get_args(Security)
EHLO_NAME: Final = "[127.0.0.1]"
# Headers that would add envelope recipients or change the sender behind the From's back.
_REFUSED_HEADERS: Final = ("Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc", "Resent-From")


class SmtpSettingsError(ServerProblem, ValueError):
    """SMTP settings that cannot be used: said before any connection is tried."""

    @property
    def summary(self) -> str:  # type: ignore[override]
        return str(self)


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send. The password is kept out of repr(), so out of any log line."""

    host: str
    port: int
    security: Security
    user: str | None
    password: str | None = field(repr=False)
    timeout: float = 20.0
    # A PEM file of certificate authorities trusted on top of the system's (smtp.ca_file):
    # a coalition's own server with its own authority. Verification is never turned off.
    ca_file: str | None = None
    # Certificates to trust instead of the system's (a test server's, a coalition's own CA).
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.security not in SECURITY_CHOICES:
            choices = ", ".join(SECURITY_CHOICES)
            raise SmtpSettingsError(f"security must be one of {choices}, not {self.security!r}")
        if not self.host or any(c.isspace() or not c.isprintable() for c in self.host):
            raise SmtpSettingsError(f"{self.host!r} is not a host name")
        if not (isinstance(self.port, int) and 0 < self.port < 65536):
            raise SmtpSettingsError(f"port must be a number from 1 to 65535, not {self.port!r}")
        if not self.timeout > 0:
            raise SmtpSettingsError(f"timeout must be more than 0 seconds, not {self.timeout!r}")
        if self.ca_file:
            check_ca_file(self.ca_file)
        if self.security == "none" and not is_loopback(self.host):
            raise SmtpSettingsError(
                f"security 'none' would send the password and every message to {self.host}"
                " in clear text; use 'starttls' (usually port 587) or 'ssl' (usually port"
                " 465). Only a server on this computer (localhost, 127.0.0.1, ::1) may be"
                " used without TLS."
            )


def check_ca_file(path: str) -> None:
    """SmtpSettingsError unless `path` is a readable PEM file holding certificates."""
    try:
        ssl.create_default_context().load_verify_locations(cafile=path)
    except FileNotFoundError:
        raise SmtpSettingsError(f"smtp.ca_file {path} does not exist") from None
    except OSError as exc:
        raise SmtpSettingsError(f"smtp.ca_file {path} cannot be read ({exc.strerror})") from None
    except ssl.SSLError:
        raise SmtpSettingsError(
            f"smtp.ca_file {path} holds no certificate in PEM form"
            " (-----BEGIN CERTIFICATE----- ...)"
        ) from None


class _Tracked(smtplib.SMTP):
    """smtplib.SMTP remembering which envelope command it began last, to place a failure."""

    stage = ""

    def mail(self, sender: str, options: Sequence[str] = ()) -> tuple[int, bytes]:
        self.stage = "mail"
        return super().mail(sender, options)

    def rcpt(self, recip: str, options: Sequence[str] = ()) -> tuple[int, bytes]:
        self.stage = "rcpt"
        return super().rcpt(recip, options)

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        self.stage = "data"
        return super().data(msg)


class _TrackedSSL(_Tracked, smtplib.SMTP_SSL):
    """The same over implicit TLS (port 465)."""


class SmtpTransport:
    """One SMTP connection reused for many `send` calls; a context manager that closes it.

    The connection is opened by the first `send` (or by `connect`, to check the settings).
    `connections` counts the connections opened so far.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        if settings.security == "none" and not is_loopback(settings.host):  # changed since made
            raise SmtpSettingsError(f"security 'none' is refused for {settings.host}")
        self.settings = settings
        self.connections = 0
        self._smtp: _Tracked | None = None
        self._context: ssl.SSLContext | None = None

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def open(self) -> None:
        """The Transport protocol's name for `connect`."""
        self.connect()

    def connect(self) -> None:
        """Open the connection now, if none is open: connect, TLS, log in."""
        if self._smtp is None:
            self._smtp = self._open()

    def send(self, message: EmailMessage) -> None:
        """Hand `message` to the server, to exactly its To addresses, or raise a SendError."""
        from_addr, to_addrs = envelope(message)
        reused = self._smtp is not None
        while True:
            self.connect()
            smtp = self._smtp
            assert smtp is not None
            smtp.stage = ""
            try:
                refused = smtp.send_message(message, from_addr=from_addr, to_addrs=to_addrs)
            except (smtplib.SMTPException, OSError) as exc:
                error = classify(exc, setting_up=False)
                if smtp.sock is None or not replied(exc):
                    self._drop()  # smtplib closed it, or it is in an unknown state
                if reused and smtp.stage in ("mail", "rcpt") and connection_lost(exc):
                    reused = False  # an idle connection the server dropped: once more, afresh
                    self._drop()
                    continue
                raise error from exc
            if refused:  # some recipients took it, others did not: sending again would repeat
                raise PermanentSendError(refusals(refused), None, refusal_summary(refused))
            return

    def close(self) -> None:
        """Say goodbye to the server and close the connection; harmless when none is open."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass  # gone already
        finally:
            smtp.close()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def _ssl_context(self) -> ssl.SSLContext:
        if self._context is None:
            context = self.settings.ssl_context or ssl.create_default_context()
            if self.settings.ca_file and self.settings.ssl_context is None:
                context.load_verify_locations(
                    cafile=self.settings.ca_file
                )  # on top of the system's
            self._context = context
        return self._context

    def _open(self) -> _Tracked:
        """Connect, TLS, log in; any failure is a ConnectionSetupError saying what to fix."""
        settings = self.settings
        host, port, timeout = settings.host, settings.port, settings.timeout
        try:  # connects, and raises SMTPConnectError unless the server greets us with 220
            if settings.security == "ssl":
                context = self._ssl_context()
                smtp: _Tracked = _TrackedSSL(
                    host, port, local_hostname=EHLO_NAME, timeout=timeout, context=context
                )
            else:
                smtp = _Tracked(host, port, local_hostname=EHLO_NAME, timeout=timeout)
        except (smtplib.SMTPException, OSError) as exc:
            raise self._setup_problem(exc) from exc
        self.connections += 1
        try:
            smtp.ehlo()
            if settings.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise ConnectionSetupError(
                        f"{host} does not offer STARTTLS, so nothing was sent: set"
                        " smtp.security to 'ssl' (usually port 465) if the server speaks TLS"
                        " from the start, or ask its administrator."
                    )
                smtp.starttls(context=self._ssl_context())
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
        except SendError:
            smtp.close()
            raise
        except (smtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise self._setup_problem(exc) from exc
        return smtp

    def _setup_problem(self, exc: BaseException) -> ConnectionSetupError:
        """A failure before any message: a server problem, worded as what to fix."""
        settings = self.settings
        host, port = settings.host, settings.port
        if isinstance(exc, ssl.SSLCertVerificationError):
            seen = peer_certificate(host, port, settings.security == "starttls", settings.timeout)
            return ConnectionSetupError(certificate_problem(exc, seen, host))
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            words = login_problem(
                settings.user or "", f"{exc.smtp_code} {reply_text(exc.smtp_error)}"
            )
            return ConnectionSetupError(words, exc.smtp_code, words)
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return ConnectionSetupError(
                f"{host} offers no login: leave smtp.user empty if it needs none, or check"
                " smtp.security (many servers offer a login only after STARTTLS)."
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            words = (
                f"{host} refused the connection ({exc.smtp_code} {reply_text(exc.smtp_error)}):"
                " check smtp.host and smtp.port."
            )
            return ConnectionSetupError(words, exc.smtp_code, words)
        if isinstance(exc, OSError):
            return ConnectionSetupError(connection_problem(exc, host, port, settings.timeout))
        return ConnectionSetupError(f"{host}: {exc}")


def envelope(message: EmailMessage) -> tuple[str, list[str]]:
    """The envelope sender and recipients: the From address and exactly the To addresses.

    PermanentSendError for a message that could not go out as it is: no single From, no To,
    or headers that would add recipients.
    """
    for name in _REFUSED_HEADERS:
        if name in message:
            raise PermanentSendError(f"not sent: the message has a {name} header")
    froms = message.get_all("From") or []
    tos = message.get_all("To") or []
    if not all(isinstance(h, AddressHeader) for h in (*froms, *tos)):
        raise PermanentSendError("not sent: the message was not built with email.policy.default")
    if len(froms) != 1 or len(froms[0].addresses) != 1:
        raise PermanentSendError("not sent: the message needs exactly one From address")
    if len(tos) != 1 or not tos[0].addresses:
        raise PermanentSendError("not sent: the message needs one To header with addresses")
    from_addr: str = froms[0].addresses[0].addr_spec
    to_addrs: list[str] = [address.addr_spec for address in tos[0].addresses]
    if not from_addr or not all(to_addrs):
        raise PermanentSendError("not sent: an address in From or To is empty")
    return from_addr, to_addrs
