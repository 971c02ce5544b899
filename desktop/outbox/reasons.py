"""Why a message was not sent, in words that hold nothing personal.

Mail servers repeat the recipient's address in their refusals ("550 5.1.1 <jane@...>:
Recipient address rejected") and CRMs quote the field they disliked ("Email address
jane@... is invalid"). What is stored in the clear and printed without the passphrase is
only a classified reason built from the reply's codes; the server's own words are kept
sealed with the organizer's key (OutboxMessage.error_sealed), for the volunteer view.
"""

from __future__ import annotations

import re

_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")

# RFC 3463 enhanced status codes: the most telling detail first, then the subject class.
_DETAILS = {
    (1, 1): "address unknown",
    (1, 2): "domain unknown",
    (1, 3): "address malformed",
    (1, 6): "mailbox moved",
    (1, 10): "address does not accept mail",
    (2, 1): "mailbox disabled",
    (2, 2): "mailbox full",
    (2, 3): "message too large",
    (3, 4): "message too large for the server",
    (5, 3): "too many recipients",
    (5, 6): "international addresses not supported",
    (6, 7): "international addresses not supported",
    (7, 1): "refused by the receiving server's policy",
    (7, 8): "login refused",
    (7, 26): "failed the sender checks (DKIM, SPF or DMARC)",
}
_SUBJECTS = {
    1: "address problem",
    2: "mailbox problem",
    3: "mail system problem",
    4: "network or routing problem",
    5: "protocol problem",
    6: "message content problem",
    7: "refused for security or policy",
}


def enhanced_code(reply: str) -> str | None:
    found = _ENHANCED.search(reply)
    return ".".join(found.groups()) if found else None


def smtp_reason(code: int | None, reply: str, what: str = "") -> str:
    """`recipient refused (550 5.1.1, address unknown)`: the codes, never the reply's words.

    `what` names the step ("recipient refused", "message refused"); a 4xx reply is
    "deferred" whatever the step, since the server will take it later.
    """
    enhanced = enhanced_code(reply)
    detail = ""
    if enhanced is not None:
        _klass, subject, number = (int(p) for p in enhanced.split("."))
        detail = _DETAILS.get((subject, number)) or _SUBJECTS.get(subject, "")
    if code is not None and 400 <= code < 500:
        what = "deferred by the server"
    codes = " ".join(str(c) for c in (code, enhanced) if c)
    inside = ", ".join(p for p in (codes, detail) if p)
    return f"{what or 'refused by the server'} ({inside})" if inside else what or "refused"


def crm_reason(status: int | None) -> str:
    """`CRM rejected: 400 (the record was refused as invalid)`."""
    words = {
        400: "the record was refused as invalid",
        401: "the API key was refused",
        403: "the API key may not do this",
        404: "the API address is wrong",
        409: "the record conflicts with one already there",
        422: "the record was refused as invalid",
        429: "too many requests",
    }
    if status is None:
        return "CRM rejected the record"
    what = words.get(status, "server error" if status >= 500 else "refused")
    return f"CRM rejected: {status} ({what})"
