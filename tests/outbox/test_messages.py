"""The emails the outbox builds: who they are from and to, what they say, and that no name
typed at a booth can add a header or a recipient (each message parsed back from its bytes)."""

from __future__ import annotations

import datetime as dt
import random
import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from typing import Any

import pytest

from desktop.campaigns import LANGUAGES, Campaign, campaigns_dir, load_campaign
from desktop.outbox.headers import ENCODED_WORD
from desktop.outbox.messages import (
    AddressError,
    Sender,
    confirmation_email,
    legislator_email,
    make_message_id,
    one_line,
    shown_addresses,
)

SENDER = Sender("action@coalition.example.org", "Safe Communities Coalition")
DATE = dt.datetime(2025, 5, 4, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
MESSAGE_ID = "<20250504.1@coalition.example.org>"
LEGISLATOR_HEADERS = [
    "From", "To", "Reply-To", "Subject", "Date", "Message-ID",
    "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
]  # fmt: skip
CONFIRMATION_HEADERS = [h for h in LEGISLATOR_HEADERS if h != "Reply-To"]
LEGISLATORS = [
    ("State Representative", "Rady Mom", "(617) 722-2000"),
    ("State Senator", "Edward J. Kennedy", "(617) 722-1630"),
]


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    return load_campaign(campaigns_dir() / "safe-communities-act.yaml")


def _legislator(campaign: Campaign, **changes: Any) -> EmailMessage:
    values: dict[str, Any] = {
        "signer_name": "Ana Souza",
        "signer_first_name": "Ana",
        "signer_email": "ana.souza@example.com",
        "signer_town": "Lowell",
        "note": None,
        "member_name": "Rady Mom",
        "member_last_name": "Mom",
        "member_email": "Rady.Mom@mahouse.example.gov",
        "district": "18th Middlesex",
        "sender": SENDER,
        "message_id": MESSAGE_ID,
        "date": DATE,
    }
    return legislator_email(campaign, "house", **(values | changes))


def _confirmation(campaign: Campaign, language: str = "en", **changes: Any) -> EmailMessage:
    values: dict[str, Any] = {
        "signer_name": "Ana Souza",
        "signer_first_name": "Ana",
        "signer_email": "ana.souza@example.com",
        "signer_town": "Lowell",
        "legislators": LEGISLATORS,
        "sent_to": ["Rady Mom", "Edward J. Kennedy"],
        "sender": SENDER,
        "message_id": MESSAGE_ID,
        "date": DATE,
    }
    return confirmation_email(campaign, language, **(values | changes))


def _parsed(message: EmailMessage) -> EmailMessage:
    """What a receiving server reads: the message's own bytes, parsed with policy.default.

    Every header line is at most 78 characters and every encoded word at most 75.
    """
    data = message.as_bytes()
    head = data.split(b"\n\n", 1)[0].decode("ascii")  # plain ASCII, whatever the names
    assert all(len(line) <= 78 for line in head.split("\n")), head
    assert all(len(word) <= 75 for word in ENCODED_WORD.findall(head)), head
    parsed = BytesParser(policy=default).parsebytes(data)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    return shown_addresses(message, name)  # as a mail program shows them


# --- Message-IDs -------------------------------------------------------------------------------


def test_message_ids_are_unique_and_well_formed() -> None:
    ids = [make_message_id("coalition.example.org") for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"<[0-9.]+@coalition\.example\.org>", i) for i in ids)


@pytest.mark.parametrize("domain", ["", "a b", "x.org\r\nBcc: y", "<x.org>", "x@y.org", "-x.org"])
def test_a_message_id_needs_a_plain_domain(domain: str) -> None:
    with pytest.raises(ValueError, match="is not a domain name for a Message-ID"):
        make_message_id(domain)


# --- the email to a legislator -----------------------------------------------------------------


def test_the_legislator_email_is_from_the_coalition_in_the_signers_name(
    campaign: Campaign,
) -> None:
    message = _parsed(_legislator(campaign))
    assert message.keys() == LEGISLATOR_HEADERS
    assert _addresses(message, "From") == [
        ("Ana Souza via Safe Communities Coalition", "action@coalition.example.org")
    ]
    assert _addresses(message, "Reply-To") == [("Ana Souza", "ana.souza@example.com")]
    assert _addresses(message, "To") == [("Rady Mom", "Rady.Mom@mahouse.example.gov")]
    assert message["Message-ID"].strip() == MESSAGE_ID
    assert message["Date"].datetime == DATE
    assert message["Subject"] == "Please support the Safe Communities Act (S.1401 and H.3573)"
    assert message.get_content_type() == "text/plain"
    expected = campaign.email_for(
        "house",
        signer_name="Ana Souza",
        signer_first_name="Ana",
        signer_town="Lowell",
        member_name="Rady Mom",
        member_last_name="Mom",
        district="18th Middlesex",
    )
    assert message.get_content() == expected.body + "\n"


def test_the_signers_own_address_is_never_the_from(campaign: Campaign) -> None:
    for name in ("Ana Souza", "", "ana.souza@example.com"):
        message = _parsed(_legislator(campaign, signer_name=name))
        assert [a for _, a in _addresses(message, "From")] == [SENDER.address]
    assert _addresses(_parsed(_legislator(campaign, signer_name="")), "From") == [
        ("Safe Communities Coalition", SENDER.address)
    ]


@pytest.mark.parametrize("signer_email", [None, ""])
def test_no_reply_to_without_the_signers_address(
    campaign: Campaign, signer_email: str | None
) -> None:
    message = _parsed(_legislator(campaign, signer_email=signer_email))
    assert message.keys() == [h for h in LEGISLATOR_HEADERS if h != "Reply-To"]


def test_the_note_is_its_own_paragraph_with_its_line_breaks(campaign: Campaign) -> None:
    note = "My brother was afraid\r\nto report a break-in.\u2028Please help.\x00\x1b[31m"
    body = _parsed(_legislator(campaign, note=note)).get_content()
    assert "\n\nMy brother was afraid\nto report a break-in.\nPlease help. [31m\n\n" in body
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]", body)


def test_a_senate_email(campaign: Campaign) -> None:
    message = legislator_email(
        campaign, "senate", signer_name="Ana Souza", signer_first_name="Ana",
        signer_email=None, signer_town="Lowell", note="", member_name="Edward J. Kennedy",
        member_last_name="Kennedy", member_email="edward.kennedy@masenate.example.gov",
        district="First Middlesex", sender=SENDER, message_id=MESSAGE_ID, date=DATE,
    )  # fmt: skip
    parsed = _parsed(message)
    assert parsed.get_content().startswith("Dear Senator Kennedy,\n\n")
    assert _addresses(parsed, "To") == [
        ("Edward J. Kennedy", "edward.kennedy@masenate.example.gov")
    ]


# --- names that try to add headers or recipients -----------------------------------------------

INJECTIONS = [
    ("Eve\r\nBcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\nBcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\rBcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\u2028Bcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\u2029Bcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\x85Bcc: eve@evil.example", "Eve Bcc: eve@evil.example"),
    ("Eve\x00\r\n\r\nBody: here", "Eve Body: here"),
    ("Eve\t\x0b\x0cSmith", "Eve Smith"),
    ("=?utf-8?q?Eve=0D=0ABcc:_eve@evil.example?=", "= ?utf-8?q?Eve=0D=0ABcc:_eve@evil.example?="),
    ("a =?utf-8?b?QmNjOiBldmlsQGV4YW1wbGUuY29t?= b",
     "a = ?utf-8?b?QmNjOiBldmlsQGV4YW1wbGUuY29t?= b"),
    ("=?=?==??", "= ?= ?== ??"),
    ("Eve <eve@evil.example>", "Eve <eve@evil.example>"),
    ('Doe, Jane "JJ" <jane@evil.example>, x@evil.example',
     'Doe, Jane "JJ" <jane@evil.example>, x@evil.example'),
    ("Eve (comment) ; group: x@evil.example;", "Eve (comment) ; group: x@evil.example;"),
    ("back\\slash \\\" quote", "back\\slash \\\" quote"),
    ("\u202eevE\u202c Smith", "evE Smith"),
    ("  spaced \u00a0 out  ", "spaced out"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "shown"), INJECTIONS)
def test_a_name_cannot_add_headers_or_recipients(campaign: Campaign, name: str, shown: str) -> None:
    message = _parsed(_legislator(campaign, signer_name=name, member_name=name))
    assert message.keys() == LEGISLATOR_HEADERS
    assert _addresses(message, "From") == [
        (f"{shown} via Safe Communities Coalition", SENDER.address)
    ]
    assert _addresses(message, "Reply-To") == [(shown, "ana.souza@example.com")]
    assert _addresses(message, "To") == [(shown, "Rady.Mom@mahouse.example.gov")]
    assert f"My name is {shown}, and" in message.get_content()


def test_the_organization_and_the_subject_cannot_add_headers(campaign: Campaign) -> None:
    sender = Sender(SENDER.address, "Coalition\r\nBcc: eve@evil.example =?utf-8?q?x?=")
    message = _parsed(_legislator(campaign, sender=sender))
    assert message.keys() == LEGISLATOR_HEADERS
    assert _addresses(message, "From") == [
        ("Ana Souza via Coalition Bcc: eve@evil.example = ?utf-8?q?x?=", SENDER.address)
    ]


def test_long_names_full_of_specials_keep_exactly_one_recipient(campaign: Campaign) -> None:
    # Python 3.11's folding drops the quotes around a long display name like this one.
    name = 'Doe, Jane "JJ" <jane@evil.example>, x@evil.example, ' * 3
    message = _parsed(_legislator(campaign, signer_name=name, member_name=name))
    assert message.keys() == LEGISLATOR_HEADERS
    assert [a for _, a in _addresses(message, "To")] == ["Rady.Mom@mahouse.example.gov"]
    assert _addresses(message, "Reply-To") == [(name.strip(), "ana.souza@example.com")]


@pytest.mark.parametrize("seed", range(4))
def test_random_hostile_names_always_read_back_exactly(campaign: Campaign, seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "aé王 .,\"()<>@:;[]\\'-=?\r\n\u2028\x00"
    for _ in range(25):  # Python folds names like these slowly: some tens of ms each
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 100)))
        message = _parsed(_legislator(campaign, signer_name=name, member_name=name))
        shown = one_line(name)
        assert message.keys() == LEGISLATOR_HEADERS, name
        assert _addresses(message, "To") == [(shown, "Rady.Mom@mahouse.example.gov")], name
        assert _addresses(message, "Reply-To") == [(shown, "ana.souza@example.com")], name


@pytest.mark.parametrize(
    "name", ["Nguyễn Thị Minh Khai", "王小明", "João da Conceição", "Марія Коваленко", "😀 Smile"]
)
def test_names_in_any_script_are_encoded_and_read_back(campaign: Campaign, name: str) -> None:
    built = _legislator(campaign, signer_name=name, member_name=name)
    head = built.as_bytes().split(b"\n\n", 1)[0]
    assert b"=?utf-8?" in head
    message = _parsed(built)
    assert _addresses(message, "From") == [
        (f"{name} via Safe Communities Coalition", SENDER.address)
    ]
    assert _addresses(message, "To") == [(name, "Rady.Mom@mahouse.example.gov")]
    assert f"My name is {name}, and" in message.get_content()


def test_a_long_chinese_name_reads_back_whole(campaign: Campaign) -> None:
    name = "小小小王小王明明 明 明 明明明王明王王王小明小明王明小 明 王"
    message = _parsed(_legislator(campaign, signer_name=name))
    assert _addresses(message, "Reply-To") == [(name, "ana.souza@example.com")]


# --- addresses, Message-ID, date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "address", "problem"),
    [
        ("signer_email", "not-an-address", "the signer's address 'not-an-address' is not valid"),
        ("signer_email", "ana@example.com\r\nBcc: eve@evil.example", "has characters"),
        ("signer_email", "ana@example.com, eve@evil.example", "has characters"),
        ("signer_email", "=?utf-8?q?eve?=@example.com", "has characters"),
        ("signer_email", "josé@example.com", "Internationalized characters before the @-sign"),
        ("member_email", "rady.mom@", "the member's address 'rady.mom@' is not valid"),
        ("member_email", "Rady Mom <rady@mahouse.example.gov>", "has characters"),
    ],
)
def test_an_address_that_cannot_be_sent_to(
    campaign: Campaign, field: str, address: str, problem: str
) -> None:
    with pytest.raises(AddressError, match=re.escape(problem)):
        _legislator(campaign, **{field: address})


def test_a_domain_in_unicode_is_sent_in_its_ascii_form(campaign: Campaign) -> None:
    message = _parsed(_legislator(campaign, signer_email="ana@bücher.example"))
    assert _addresses(message, "Reply-To") == [("Ana Souza", "ana@xn--bcher-kva.example")]


def test_the_sending_address_is_checked(campaign: Campaign) -> None:
    with pytest.raises(AddressError, match="the sending address"):
        _legislator(campaign, sender=Sender("action at coalition", "Coalition"))


@pytest.mark.parametrize(
    "message_id", ["", "no-brackets@x.org", "<a b@x.org>", "<a@x.org>\r\nBcc: y@z.org", "<a>"]
)
def test_a_message_id_must_be_one(campaign: Campaign, message_id: str) -> None:
    with pytest.raises(ValueError, match="is not a Message-ID"):
        _legislator(campaign, message_id=message_id)


def test_the_date(campaign: Campaign) -> None:
    naive = dt.datetime(2025, 5, 4, 10, 30)
    message = _parsed(_legislator(campaign, date=naive))
    assert message["Date"].datetime == naive.astimezone()  # a naive time is this computer's
    with pytest.raises(TypeError, match="date must be a datetime, not date"):
        _legislator(campaign, date=dt.date(2025, 5, 4))


# --- the confirmation to the signer ------------------------------------------------------------


def test_the_confirmation_goes_to_the_signer_from_the_coalition(campaign: Campaign) -> None:
    message = _parsed(_confirmation(campaign))
    assert message.keys() == CONFIRMATION_HEADERS
    assert _addresses(message, "From") == [("Safe Communities Coalition", SENDER.address)]
    assert _addresses(message, "To") == [("Ana Souza", "ana.souza@example.com")]
    assert message["Subject"] == "Thank you for supporting the Safe Communities Act"
    body = message.get_content()
    assert body.startswith("Dear Ana,\n\n")
    assert "in your name to Rady Mom and Edward J. Kennedy, asking" in body
    assert "State Senator Edward J. Kennedy: (617) 722-1630" in body
    assert (
        campaign.call_script(
            "en", signer_name="Ana Souza", signer_town="Lowell", member_name="Rady Mom"
        )
        in body
    )


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_confirmation_is_in_the_signers_language(campaign: Campaign, language: str) -> None:
    built = _confirmation(campaign, language, signer_name="王小明", signer_first_name="小明")
    message = _parsed(built)
    assert campaign.confirmation is not None
    assert message["Subject"] == campaign.confirmation.subject[language]
    assert _addresses(message, "To") == [("王小明", "ana.souza@example.com")]
    body = message.get_content()
    assert "(617) 722-2000" in body and "小明" in body
    assert (
        campaign.call_script(
            language, signer_name="王小明", signer_town="Lowell", member_name="Edward J. Kennedy"
        )
        in body
    )


def test_the_confirmation_without_emails_sent_still_gives_the_phones(campaign: Campaign) -> None:
    body = _parsed(_confirmation(campaign, "es", sent_to=[])).get_content()
    assert "Estamos enviando" not in body
    assert "(617) 722-2000" in body


def test_the_confirmation_cannot_be_injected_either(campaign: Campaign) -> None:
    hostile = "Eve\r\nBcc: eve@evil.example"
    message = _parsed(
        _confirmation(
            campaign,
            signer_name=hostile,
            signer_first_name=hostile,
            legislators=[("State\r\nBcc: x@evil.example", hostile, "617\u2028Cc: y@evil.example")],
            sent_to=[hostile],
        )
    )
    assert message.keys() == CONFIRMATION_HEADERS
    assert _addresses(message, "To") == [("Eve Bcc: eve@evil.example", "ana.souza@example.com")]
    body = message.get_content()
    assert "State Bcc: x@evil.example Eve Bcc: eve@evil.example: 617 Cc: y@evil.example\n" in body


def test_the_confirmation_needs_a_valid_signer_address(campaign: Campaign) -> None:
    with pytest.raises(AddressError, match="the signer's address"):
        _confirmation(campaign, signer_email="ana")
