"""What an SMTP failure means for the queue: retry later, failed for good, or fix the settings.

smtplib, ssl and the socket raise many exceptions; `classify` sorts each into one of the
outbox's three (errors.py): TransientSendError (no connection, timeouts, the server
gone, 4xx replies), PermanentSendError (5xx replies, a refused recipient: with the
server's code and words) and ConnectionSetupError (login refused, no TLS, an untrusted
certificate: no message is at fault). A server's own words can repeat the recipient's
address, so they travel as `reason` (stored only sealed) beside a `summary` that holds
nothing personal (reasons.py).
"""

from __future__ import annotations

import smtplib
import ssl

from desktop.outbox.errors import OutboxError, PermanentError, ServerProblem, TransientError
from desktop.outbox.reasons import smtp_reason


class SendError(OutboxError):
    """A message was not sent; `code` is the server's reply code when it gave one.

    `summary` says why in words that hold nothing personal (reasons.py); `reason` may hold
    the server's own words, which can repeat the recipient's address: kept only sealed.
    """

    def __init__(self, reason: str, code: int | None = None, summary: str | None = None) -> None:
        super().__init__(summary or (f"{code} {reason}" if code is not None else reason))
        self.reason = reason
        self.code = code
        self.summary = summary or str(self)


class TransientSendError(SendError, TransientError):
    """Try again later: no connection, a timeout, the server went away, or a 4xx reply."""

    @property
    def deferred(self) -> bool:  # type: ignore[override]
        return self.code is not None  # the server replied 4xx; else the connection went


class PermanentSendError(SendError, PermanentError):
    """The server refused this message for good (a 5xx reply, a refused recipient)."""


class ConnectionSetupError(SendError, ServerProblem):
    """The server refused us, not a message: login, TLS or its certificate. Fix the settings."""


def reply_text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _by_code(code: int, reason: str, what: str = "message refused") -> SendError:
    summary = smtp_reason(code, reason, what)
    if 500 <= code < 600:
        return PermanentSendError(reason, code, summary)
    return TransientSendError(reason, code, summary)  # 4xx, and anything a server should not say


def refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    """The server's refusals in its own words: they name the address, so they stay sealed."""
    return "; ".join(
        f"{to} refused: {code} {reply_text(why)}" for to, (code, why) in refused.items()
    )


def refusal_summary(refused: dict[str, tuple[int, bytes]]) -> str:
    """`recipient refused (550 5.1.1, address unknown)`, once per different refusal."""
    parts = dict.fromkeys(
        smtp_reason(code, reply_text(why), "recipient refused") for code, why in refused.values()
    )
    return "; ".join(parts) or "recipient refused"


def classify(exc: OSError, *, setting_up: bool) -> SendError:
    """The SendError a failure from smtplib, ssl or a socket stands for."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        reason, summary = refusals(exc.recipients), refusal_summary(exc.recipients)
        if codes and all(400 <= code < 500 for code in codes):
            return TransientSendError(reason, codes[0], summary)
        return PermanentSendError(reason, codes[0] if codes else None, summary)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        reason = f"login refused: {reply_text(exc.smtp_error)}"
        if 400 <= exc.smtp_code < 500:
            return TransientSendError(reason, exc.smtp_code)
        return ConnectionSetupError(reason, exc.smtp_code)
    if isinstance(exc, smtplib.SMTPResponseException):
        what = "sender refused" if isinstance(exc, smtplib.SMTPSenderRefused) else "message refused"
        error = _by_code(exc.smtp_code, reply_text(exc.smtp_error), what)
        if setting_up and isinstance(error, PermanentSendError):
            # No message was at fault: the server's words about us are safe to show.
            return ConnectionSetupError(error.reason, error.code)
        return error
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):  # smtplib words a timeout this way
            return TransientSendError("the server did not answer in time")
        return TransientSendError(f"the server closed the connection ({exc})")
    if isinstance(exc, smtplib.SMTPNotSupportedError):  # AUTH, or SMTPUTF8 for this message
        if setting_up:
            return ConnectionSetupError(f"the server does not support it: {exc}")
        return PermanentSendError(f"the server does not support it: {exc}")
    if isinstance(exc, smtplib.SMTPException):  # e.g. no login method both sides know
        return ConnectionSetupError(str(exc)) if setting_up else TransientSendError(str(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ConnectionSetupError(
            f"the server's certificate is not trusted: {exc.verify_message}"
        )
    if isinstance(exc, ssl.SSLError) and not isinstance(
        exc, ssl.SSLEOFError | ssl.SSLZeroReturnError
    ):
        if setting_up:
            return ConnectionSetupError(f"TLS failed: {exc.reason or exc}")
        return TransientSendError(f"TLS failed: {exc.reason or exc}")
    if isinstance(exc, TimeoutError):
        return TransientSendError("the server did not answer in time")
    return TransientSendError(f"no connection to the server: {exc.strerror or exc}")


def replied(exc: OSError) -> bool:
    """Whether the server answered (so the connection is in a known state, reset by smtplib)."""
    return isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused)


def connection_lost(exc: OSError) -> bool:
    """A dropped connection: gone, reset, or a 421 ("closing"), as an idle one ends."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code == 421
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return any(code == 421 for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError)
