"""Why the hub could not be reached, in words a person can act on.

libpq says what failed in its own terms ("SSL error: certificate verify failed") and, for a
missing authority file, suggests a weaker `sslmode`, which the hub's address rule refuses
(address.py). A certificate the laptop cannot trust is also what an impostor on the
network would show, so the words say that nothing was sent (libpq checks the certificate
before the login) and what to ask the organizer for, never to check less.

`explained` takes the driver's message whole; any other failure keeps its first line, as
said. The message never holds a password: `where` is the address as `shown()` gives it,
and libpq's messages name hosts, ports, users and files, never a password.
"""

from __future__ import annotations

import re

_WRONG_NAME = re.compile(
    r'server certificate for "(?P<certified>[^"]*)"(?: \(and \d+ other names?\))? '
    r'does not match host name "(?P<asked>[^"]*)"'
)
_NO_AUTHORITY = re.compile(r'root certificate file "(?P<file>[^"]*)" does not exist')
_UNREADABLE_AUTHORITY = re.compile(r'could not read root certificate file "(?P<file>[^"]*)"')
_UNTRUSTED = "certificate verify failed"

NOT_SENT = "Nothing was sent to it, the password included."
ASK = "Ask the organizer for the hub's address and its certificate authority file"


def explained(where: str, said: str) -> str:
    """The HubError's message for a hub at `where` that libpq could not reach (`said`)."""
    if found := _WRONG_NAME.search(said):
        return (
            f"The hub at {where} showed a certificate for {found['certified']!r}, not for "
            f"{found['asked']!r}, the name in its address: the address is wrong, or another "
            f"server is answering in its place. {NOT_SENT} {ASK} (the name must be the one "
            "its certificate is for)."
        )
    if found := _NO_AUTHORITY.search(said) or _UNREADABLE_AUTHORITY.search(said):
        return (
            f"This laptop cannot check the hub's certificate: the certificate authority file "
            f"{found['file']} is missing or unreadable. {ASK}, and name that file with "
            "sslrootcert=FILE in the address (sslrootcert=system for a hub whose certificate "
            "a public authority signed)."
        )
    if _UNTRUSTED in said:
        return (
            f"The hub at {where} showed a certificate that no authority this laptop trusts "
            "has signed (its sslrootcert): another server may be answering in its place. "
            f"{NOT_SENT} {ASK}; if the hub's certificate was renewed by another authority, "
            "the organizer has its file."
        )
    lines = said.strip().splitlines()
    return f"Could not reach the hub at {where}: {lines[0] if lines else 'no answer'}"
