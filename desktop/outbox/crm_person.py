"""What Action Network gets about one person: the record, and its JSON for the signup helper.

Field names from https://actionnetwork.org/docs/v2/people and the person signup helper
(see crm.py). Empty fields are left out, so an update never blanks what a person gave
earlier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

REGION: Final = "MA"  # the campaign is statewide: every sign-up gives a Massachusetts address
COUNTRY: Final = "US"
IDENTIFIER_PREFIX: Final = "action_network:"


SUBSCRIBED, UNSUBSCRIBED = "subscribed", "unsubscribed"


@dataclass(frozen=True, repr=False)
class CrmPerson:
    """What the CRM gets about one sign-up; the repr hides it so tracebacks and logs cannot leak it.

    `email` goes only with its consent to email updates and `phone` only with its consent to
    text updates (a household's shared number must not merge two people's records), each
    with its `..._status`: `subscribed`, or `unsubscribed` for a withdrawal. `phone` is E.164
    as the form stores it; it goes as digits with the country code, as Action Network
    documents. `language` is the form's ISO 639-1 code, what ``languages_spoken`` takes.
    """

    given_name: str
    family_name: str
    email: str | None
    phone: str | None
    postal_code: str | None
    locality: str | None
    language: str | None
    email_status: str = SUBSCRIBED
    sms_status: str = SUBSCRIBED

    def __repr__(self) -> str:
        return "CrmPerson(<personal data hidden>)"

    @property
    def matchable(self) -> bool:
        """Action Network matches a person by email or phone: without either, every retry
        would make another record."""
        return bool(_tidy(self.email) or _tidy(self.phone))


def phone_digits(number: str | None) -> str | None:
    """`+16175550101` as Action Network's examples write it: `16175550101`."""
    digits = "".join(c for c in (number or "") if c.isdigit())
    return digits or None


def signup_body(person: CrmPerson, tags: Sequence[str]) -> dict[str, Any]:
    """The JSON for the signup helper: empty fields left out, so an update never blanks a field."""
    entry: dict[str, Any] = {}
    if given := person.given_name.strip():
        entry["given_name"] = given
    if family := person.family_name.strip():
        entry["family_name"] = family
    if address := _tidy(person.email):
        entry["email_addresses"] = [{"address": address, "status": person.email_status}]
    if number := phone_digits(_tidy(person.phone)):
        entry["phone_numbers"] = [
            {"number": number, "number_type": "Mobile", "status": person.sms_status}
        ]
    postal = _tidy(person.postal_code)
    locality = _tidy(person.locality)
    if postal or locality:
        place: dict[str, str] = {}
        if postal:
            place["postal_code"] = postal
        if locality:
            place["locality"] = locality
        place["region"] = REGION
        place["country"] = COUNTRY
        entry["postal_addresses"] = [place]
    if language := _language_code(person.language):
        entry["languages_spoken"] = [language]
    wanted = [tag.strip() for tag in tags if tag.strip()]
    return {"person": entry, "add_tags": list(dict.fromkeys(wanted))}


def _tidy(value: str | None) -> str:
    return (value or "").strip()


def _language_code(value: str | None) -> str:
    """ "pt-BR" or "pt_BR" to "pt": Action Network keeps two-letter ISO 639-1 codes."""
    return _tidy(value).replace("_", "-").split("-")[0].lower()


def identifier_from(data: object) -> str | None:
    """Prefer the ``action_network:`` identifier; fall back to any, then the self link."""
    if not isinstance(data, Mapping):
        return None
    identifiers = [i for i in data.get("identifiers") or () if isinstance(i, str) and i]
    for identifier in identifiers:
        if identifier.startswith(IDENTIFIER_PREFIX):
            return identifier
    if identifiers:
        return identifiers[0]
    links = data.get("_links")
    if isinstance(links, Mapping):
        own = links.get("self")
        if isinstance(own, Mapping) and isinstance(own.get("href"), str) and own["href"]:
            href: str = own["href"]
            return href
    return None
