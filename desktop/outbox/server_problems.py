"""What is wrong with the mail server or its settings, in words that say what to fix.

A *server problem* is anything that stops every message alike: no connection, a name not
found, a certificate not trusted or made for another name, a login refused, TLS required
but not offered. The sync stops at the first one (no message is at fault, none is charged
an attempt), and the volunteer reads which setting to change.
"""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class Certificate:
    subject: str  # `CN=mail.coalition.org, O=Coalition`
    issuer: str
    sha256: str  # `AB:CD:...`, as browsers and openssl show a fingerprint


def describe_certificate(der: bytes) -> Certificate:
    from cryptography import x509

    certificate = x509.load_der_x509_certificate(der)
    digest = hashlib.sha256(der).hexdigest().upper()
    return Certificate(
        certificate.subject.rfc4514_string(),
        certificate.issuer.rfc4514_string(),
        ":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
    )


def peer_certificate(host: str, port: int, starttls: bool, timeout: float) -> Certificate | None:
    """The certificate the server shows, read over a connection that trusts nothing it says.

    Only to name the certificate in a message after verification failed; nothing is sent.
    """
    unverified = ssl.create_default_context()
    unverified.check_hostname = False
    unverified.verify_mode = ssl.CERT_NONE
    try:
        if starttls:
            with smtplib.SMTP(host, port, local_hostname="[127.0.0.1]", timeout=timeout) as smtp:
                smtp.ehlo()
                smtp.starttls(context=unverified)
                der = smtp.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
        else:
            with (
                socket.create_connection((host, port), timeout=timeout) as raw,
                unverified.wrap_socket(raw, server_hostname=host) as wrapped,
            ):
                der = wrapped.getpeercert(binary_form=True)
    except (OSError, smtplib.SMTPException, ValueError):
        return None
    return describe_certificate(der) if der else None


def certificate_problem(
    error: ssl.SSLCertVerificationError, certificate: Certificate | None, host: str
) -> str:
    if error.verify_code == 62:  # X509_V_ERR_HOSTNAME_MISMATCH
        why = f"the server's certificate is made for another name than {host}"
    elif error.verify_code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
        why = "the server's certificate has expired"
    else:
        why = f"the server's certificate is not trusted ({error.verify_message})"
    named = (
        f" (subject {certificate.subject}; SHA-256 fingerprint {certificate.sha256})"
        if certificate is not None
        else ""
    )
    if error.verify_code == 62:
        fix = "check smtp.host: it must be the name the certificate is made for"
    else:
        fix = (
            "if this is the coalition's own server, save its certificate authority as a PEM"
            " file and set smtp.ca_file to it (tabling settings set smtp.ca_file FILE);"
            " otherwise ask the server's administrator"
        )
    return f"{why}{named}: {fix}."


def connection_problem(error: OSError, host: str, port: int, timeout: float) -> str:
    """Why no connection could be made, and which setting to look at."""
    if isinstance(error, socket.gaierror):
        return (
            f"the mail server's name {host} is not found: check smtp.host, and whether this"
            " laptop is online."
        )
    if isinstance(error, ConnectionRefusedError):
        return (
            f"no mail server answers at {host} port {port} (connection refused): check"
            " smtp.host and smtp.port, or whether the server is running."
        )
    timed_out = isinstance(error.__context__, TimeoutError)  # smtplib words a timeout so
    if isinstance(error, TimeoutError | socket.timeout) or timed_out:
        return (
            f"{host} port {port} did not answer within {timeout:g} seconds: check smtp.host"
            " and smtp.port, and whether this laptop is online."
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return (
            f"{host} port {port} closed the connection before greeting us: check smtp.port"
            " and smtp.security (port 465 is 'ssl', 587 'starttls')."
        )
    if isinstance(error, ssl.SSLError):
        return (
            f"TLS with {host} failed ({error.reason or error}): check smtp.security and"
            " smtp.port (port 465 is 'ssl', 587 'starttls')."
        )
    return (
        f"no connection to {host} port {port} ({error.strerror or error}): check smtp.host"
        " and smtp.port."
    )


def login_problem(user: str, reply: str) -> str:
    return (
        f"the server refused the login for {user} ({reply}): check smtp.user, and set the"
        " password again (tabling secret set smtp.password)."
    )
