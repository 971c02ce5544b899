"""The emails the outbox sends: to legislators in a signer's name, and a confirmation to them.

Why they look the way they do:

- From is always the coalition's own sending address. A message "From" the signer's address
  fails the anti-spoofing checks (SPF, DKIM, DMARC) of the receiving provider and lands in
  spam or bounces; so the signer's name is the display name ("Jane Doe via Coalition") and
  their address is Reply-To, where a legislator's answer should go.
- Names come from a form anyone at a booth can type into, and member names from a dataset
  built from outside sources. Headers are only ever built with `email.headerregistry.Address`
  and the `email.policy.default` header classes, never by pasting strings together; on top
  of that every text bound for a header is made one line of printable characters, and any
  `=?` is broken up: Python's header folding decodes RFC 2047 encoded-words it finds in a
  display name or subject, so `=?utf-8?q?=0D=0ABcc:...?=` would otherwise come out as a
  real line break and a new header.
- Python's header folding has had bugs that matter here (3.11.7 drops the quotes around a
  long display name holding a comma or '<', turning one recipient into several; it writes
  a long non-ASCII Subject as one encoded word on a line of 120 characters). So the
  address and Subject headers are written by headers.py (lines of at most 78 characters,
  encoded words of at most 75), and every message is read back from its own bytes before
  it is returned: every address (display name and addr-spec), the Subject and the
  Message-ID must be exactly the ones meant, and no header line longer than 78; if not,
  HeaderError.
- Addresses go through email-validator and must be plain ASCII on the wire (a domain in
  Unicode becomes its IDNA form); an address that cannot be represented is an AddressError,
  never a silently altered recipient.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import format_datetime, make_msgid

from desktop.campaigns import Campaign, Legislator
from desktop.campaigns.model import RenderedConfirmation
from desktop.outbox import headers

_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*")
_MESSAGE_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")  # printable ASCII but '<' and '>'
# Characters that steer the direction of text: in a name they can make it display as another.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_DROPPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, surrogates, separators
_CRLF = default.clone(linesep="\r\n")
_ADDRESS_HEADERS = ("From", "To", "Reply-To")


class HeaderError(ValueError):
    """A message whose headers would not read back exactly as meant; it must not be sent."""


class AddressError(HeaderError):
    """An email address that is malformed or that we cannot send to as plain ASCII."""


@dataclass(frozen=True)
class Sender:
    """The coalition's sending address and its name, as the From header shows them."""

    address: str
    organization: str


def is_domain(text: str) -> bool:
    """Whether `text` can stand after the @ of a Message-ID."""
    return bool(_DOMAIN.fullmatch(text))


def make_message_id(domain: str) -> str:
    """A new RFC 5322 Message-ID, `<...@domain>`, unique across laptops and restarts.

    make_msgid joins the time, the process id and 64 random bits: two laptops queueing at
    the same moment do not mint the same id. Nothing in it names the laptop or the signer.
    """
    if not is_domain(domain):
        raise ValueError(f"{domain!r} is not a domain name for a Message-ID")
    return make_msgid(domain=domain)


def legislator_email(
    campaign: Campaign,
    chamber: str,
    *,
    signer_name: str,
    signer_first_name: str,
    signer_email: str | None,
    signer_town: str,
    note: str | None,
    member_name: str,
    member_last_name: str,
    member_email: str,
    district: str,
    sender: Sender,
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    """The campaign's email to one member, in the signer's name, ready to send.

    From is the coalition's address shown as "<signer> via <organization>"; Reply-To is the
    signer's address when they gave one; To is the member alone.
    """
    name = one_line(signer_name)
    rendered = campaign.email_for(
        chamber,
        signer_name=name,
        signer_first_name=one_line(signer_first_name),
        signer_town=one_line(signer_town),
        signer_note=_paragraphs(note or ""),
        member_name=one_line(member_name),
        member_last_name=one_line(member_last_name),
        district=one_line(district),
    )
    organization = one_line(sender.organization)
    shown = f"{name} via {organization}" if name and organization else name or organization
    return _message(
        sender=_address(shown, sender.address, "the sending address"),
        to=_address(member_name, member_email, "the member's address"),
        reply_to=_address(name, signer_email, "the signer's address") if signer_email else None,
        subject=rendered.subject,
        body=rendered.body,
        message_id=message_id,
        date=date,
    )


def confirmation_email(
    campaign: Campaign,
    language: str,
    *,
    signer_name: str,
    signer_first_name: str,
    signer_email: str,
    signer_town: str,
    legislators: Sequence[Legislator],
    sent_to: Sequence[str],
    sender: Sender,
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    """The confirmation to the signer in their language: whom we emailed in their name, their
    legislators' phone numbers (title, name, phone) and the call script for each."""
    rendered = campaign.confirmation_for(
        language,
        legislators=[(one_line(t), one_line(n), one_line(p)) for t, n, p in legislators],
        sent_to=[one_line(name) for name in sent_to],
        signer_name=one_line(signer_name),
        signer_first_name=one_line(signer_first_name),
        signer_town=one_line(signer_town),
    )
    return signer_email_message(rendered, signer_name, signer_email, sender, message_id, date)


def signer_email_message(
    rendered: RenderedConfirmation,
    signer_name: str,
    signer_email: str,
    sender: Sender,
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    """A rendered campaign email (subject and body) to the signer."""
    return _message(
        sender=_address(sender.organization, sender.address, "the sending address"),
        to=_address(signer_name, signer_email, "the signer's address"),
        subject=rendered.subject,
        body=rendered.body,
        message_id=message_id,
        date=date,
    )


def one_line(text: str) -> str:
    """`text` safe for a header: one line, single spaces, no controls, no encoded-words.

    Control characters (CR, LF, NUL, ...), line and paragraph separators (U+2028, U+2029) and
    direction overrides become spaces; runs of spaces become one; `=?` becomes `= ?`.
    """
    cleaned = "".join(
        " " if unicodedata.category(c) in _DROPPED_CATEGORIES or c in _BIDI_CONTROLS else c
        for c in text
    )
    cleaned = " ".join(cleaned.split())
    while "=?" in cleaned:
        cleaned = cleaned.replace("=?", "= ?")
    return cleaned


def _paragraphs(text: str) -> str:
    """Text for a plain-text body (a signer's note, a paragraph): its line breaks kept as
    newlines, other control characters gone, runs of spaces made one."""
    text = re.sub(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]", "\n", text)
    lines = (
        "".join(" " if unicodedata.category(c) in _DROPPED_CATEGORIES else c for c in line)
        for line in text.split("\n")
    )
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def _address(display_name: str, email: str, what: str) -> Address:
    """An Address whose parts are checked: a clean display name, a valid ASCII addr-spec."""
    from email_validator import EmailNotValidError, validate_email

    if "=?" in email or any(c.isspace() or not c.isprintable() for c in email):
        raise AddressError(f"{what} {email!r} has characters an address cannot have")
    try:
        valid = validate_email(email, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise AddressError(f"{what} {email!r} is not valid: {exc}") from None
    ascii_email = valid.ascii_email
    if ascii_email is None:  # a non-ASCII local part needs SMTPUTF8, which we do not rely on
        raise AddressError(f"{what} {email!r} has letters before the @ that must be ASCII")
    try:
        address = Address(display_name=one_line(display_name), addr_spec=ascii_email)
    except (ValueError, IndexError) as exc:  # the header parser's own defects
        raise AddressError(f"{what} {email!r} is not valid: {exc}") from None
    if address.addr_spec != ascii_email:
        raise AddressError(f"{what} {email!r} is not an address we can send to")
    return address


def _message(
    *,
    sender: Address,
    to: Address,
    reply_to: Address | None = None,
    subject: str,
    body: str,
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    if not _MESSAGE_ID.fullmatch(message_id):
        raise ValueError(f"{message_id!r} is not a Message-ID like <id@domain>")
    if not isinstance(date, dt.datetime):
        raise TypeError(f"date must be a datetime, not {type(date).__name__}")
    content = EmailMessage(policy=default)
    content.set_content(_paragraphs_body(body))  # encoded now, in lines of at most 78
    lines = [
        headers.address("From", sender.display_name, sender.addr_spec),
        headers.address("To", to.display_name, to.addr_spec),
    ]
    if reply_to is not None:
        lines.append(headers.address("Reply-To", reply_to.display_name, reply_to.addr_spec))
    lines += [
        headers.unstructured("Subject", one_line(subject)),
        f"Date: {format_datetime(date if date.tzinfo is not None else date.astimezone())}",
        f"Message-ID: {message_id}",
    ]
    # The MIME headers and the body as the email package wrote them, after ours.
    # (Line ends as the email package keeps them in memory; smtplib writes CRLF on the wire.)
    head = "\n".join(lines).replace("\r\n", "\n").encode("ascii")
    message = BytesParser(policy=default).parsebytes(head + b"\n" + content.as_bytes())
    expected = {"From": [sender], "To": [to], "Reply-To": [reply_to] if reply_to else []}
    if not _reads_back(message, expected, one_line(subject), message_id):
        raise HeaderError(
            "the message's headers would not read back as written; check the names in it"
        )
    return message


def shown_addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    """(display name, address) of a header as a mail program shows it.

    Python's parser keeps the space between two encoded words of a display name, which
    RFC 2047 (and mail programs) drop; a single address's phrase with encoded words is
    decoded by the RFC's rules instead.
    """
    parsed = [(a.display_name, a.addr_spec) for a in message[name].addresses]
    raw = dict(message.raw_items()).get(name, "")
    if len(parsed) == 1 and "=?" in raw:
        return [(headers.decoded(raw.rpartition("<")[0].strip()), parsed[0][1])]
    return parsed


def _reads_back(
    message: EmailMessage, expected: dict[str, list[Address]], subject: str, message_id: str
) -> bool:
    """Whether `message`, parsed from its own bytes, has exactly the headers meant."""
    try:
        for name, meant in expected.items():
            found = shown_addresses(message, name) if meant else []
            if found != [(m.display_name, m.addr_spec) for m in meant]:
                return False
        return (
            str(message["Subject"]) == subject
            and str(message["Message-ID"]).strip() == message_id
            and headers.longest_line(_header_block(message)) <= headers.MAX_LINE
        )
    except Exception:  # the parser choking on what was written is a failure like any other
        return False


def _header_block(message: EmailMessage) -> str:
    raw = message.as_bytes(policy=_CRLF)
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    return [(a.display_name, a.addr_spec) for a in message[name].addresses]


def _paragraphs_body(body: str) -> str:
    """The body text with every line break a plain newline and no stray control characters."""
    return "\n\n".join(_paragraphs(part) for part in body.split("\n\n")) + "\n"
