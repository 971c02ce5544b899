"""Field checks for the sign-in form, reported as codes the GUI words in the signer's language.

A check never changes or drops what was typed: it says which field has which problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.signin.fields import declared
from desktop.signin.form import SigninForm

PHONE_REGION = "US"


class Problem(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    EMAIL_INVALID = "email_invalid"
    # Letters before the @ that only a server speaking SMTPUTF8 delivers: a volunteer cannot
    # know at the table whether the coalition's server does, so such an address is refused
    # here rather than accepted and failed later.
    EMAIL_UNSENDABLE = "email_unsendable"
    PHONE_INVALID = "phone_invalid"
    PLACE_UNKNOWN = "place_unknown"
    PLACE_OUT_OF_STATE = "place_out_of_state"
    EMAIL_NEEDED = "email_needed"  # emailing legislators in their name needs an address to reply to
    UPDATES_EMAIL_NEEDED = "updates_email_needed"  # "email me updates" needs an email
    UPDATES_PHONE_NEEDED = "updates_phone_needed"  # "text me updates" needs a phone
    WARD_PRECINCT_INVALID = "ward_precinct_invalid"


@dataclass(frozen=True)
class FieldProblem:
    field: str
    problem: Problem
    suggestions: tuple[str, ...] = ()
    detail: str = ""  # English detail for logs and the command line; the GUI words its own


class UnsendableEmail(ValueError):
    """A valid address any mail server cannot take: non-ASCII letters before the @."""


def normalize_email(text: str) -> str:
    """The address in its normal form, ASCII throughout (an accented domain as IDNA).

    Raises UnsendableEmail for an address that needs SMTPUTF8 (`josé@example.org`), and
    ValueError with the reason when it is malformed.
    """
    # Imported when first needed: the kiosk window opens sooner.
    from email_validator import EmailNotValidError, validate_email

    try:
        valid = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None
    if valid.ascii_email is None:
        raise UnsendableEmail("letters before the @ that not every mail server can deliver to")
    return str(valid.ascii_email)


def normalize_phone(text: str) -> str:
    """The number in E.164 (`+16175551234`); raises ValueError when it is not a valid number."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{text!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class Contact:
    email: str | None
    phone: str | None
    problems: tuple[FieldProblem, ...]


def check_fields(form: SigninForm) -> Contact:
    """Required fields, lengths, email and phone, and what the consents need."""
    problems: list[FieldProblem] = []
    for field in declared():
        value = form.value(field.name)
        if field.required and not value:
            problems.append(FieldProblem(field.name, Problem.REQUIRED))
        elif len(value) > field.limit:
            detail = f"over {field.limit} characters"
            problems.append(FieldProblem(field.name, Problem.TOO_LONG, detail=detail))
    email = phone = None
    if form.email:
        try:
            email = normalize_email(form.email)
        except UnsendableEmail as exc:
            problems.append(FieldProblem("email", Problem.EMAIL_UNSENDABLE, detail=str(exc)))
        except ValueError as exc:
            problems.append(FieldProblem("email", Problem.EMAIL_INVALID, detail=str(exc)))
    if form.phone:
        try:
            phone = normalize_phone(form.phone)
        except ValueError as exc:
            problems.append(FieldProblem("phone", Problem.PHONE_INVALID, detail=str(exc)))
    if form.consent_email and not form.email:
        problems.append(FieldProblem("email", Problem.EMAIL_NEEDED))
    if form.consent_updates_email and not form.email:
        problems.append(FieldProblem("email", Problem.UPDATES_EMAIL_NEEDED))
    if form.consent_updates_text and not form.phone:
        problems.append(FieldProblem("phone", Problem.UPDATES_PHONE_NEEDED))
    return Contact(email, phone, tuple(problems))


_ENGLISH = {
    Problem.REQUIRED: "is required",
    Problem.TOO_LONG: "is too long",
    Problem.EMAIL_INVALID: "is not a valid email address",
    Problem.EMAIL_UNSENDABLE: (
        "has accented or non-Latin letters before the @, which our mail cannot be sent to"
    ),
    Problem.PHONE_INVALID: "is not a valid phone number",
    Problem.PLACE_UNKNOWN: "is not a Massachusetts town, neighbourhood or ZIP code we know",
    Problem.PLACE_OUT_OF_STATE: "is outside Massachusetts",
    Problem.EMAIL_NEEDED: "is needed to email legislators in the signer's name",
    Problem.UPDATES_EMAIL_NEEDED: "is needed to email the signer updates",
    Problem.UPDATES_PHONE_NEEDED: "is needed to text the signer updates",
    Problem.WARD_PRECINCT_INVALID: "does not match the town",
}


def describe(problem: FieldProblem) -> str:
    """The problem in plain English, for the command line and import reports."""
    text = f"{problem.field.replace('_', ' ')} {_ENGLISH[problem.problem]}"
    if problem.suggestions:
        text += f" (did you mean {' or '.join(problem.suggestions[:3])}?)"
    return text
