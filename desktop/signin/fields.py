"""The fields a signer fills in, declared once.

The kiosk form, the checks, the sealed record, the sheet import and export, the
volunteer table and the correction dialog all iterate this table: a new optional field is
one line here (and its label's translations), with no database migration, because every
personal field is stored inside the sign-up's one sealed record (privacy/sealed_record.py).

What is *not* here: the consents (ticks that decide what is sent, stored in clear so a
locked kiosk can queue), the language, and where the signer votes (town, ward, precinct,
districts), which many people share and which route letters and emails.

tests/store/test_models.py checks that no field asks for what the app must never hold
(immigration status, a birth date, an ID number).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.letters.model import NOTE_LIMIT


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation (`make lupdate` reads this file); the GUI translates it
    with QCoreApplication.translate(context, label)."""
    return text


LABEL_CONTEXT = "FormFields"


class Kind(StrEnum):
    TEXT = "text"
    EMAIL = "email"  # checked and stored in its normal form
    PHONE = "phone"  # checked and stored in E.164


@dataclass(frozen=True)
class Field:
    name: str  # attribute of SigninForm and SignupRecord; key in the sealed record
    label: str  # English, translated by the GUI in LABEL_CONTEXT
    limit: int  # characters
    required: bool = False
    sealed: bool = True  # personal: stored only inside the sealed record
    csv: str = ""  # the column of an imported or exported sheet ("": not in sheets)
    on_form: bool = True  # an input of the kiosk form and the correction dialog
    wide: bool = False  # spans both columns of the form
    in_table: bool = False  # a column of the volunteer view's table
    heading: str = ""  # the table's short heading, if not the label ("Email")
    kind: Kind = Kind.TEXT


FIELDS: tuple[Field, ...] = (
    Field("first_name", QT_TRANSLATE_NOOP("FormFields", "First name"), 100, required=True,
          csv="first_name"),
    Field("last_name", QT_TRANSLATE_NOOP("FormFields", "Last name"), 100, required=True,
          csv="last_name"),
    Field("street_address", QT_TRANSLATE_NOOP("FormFields", "Street address"), 200,
          csv="address", wide=True),
    # A town, village or neighbourhood, or a ZIP code: it decides the districts.
    Field("place", QT_TRANSLATE_NOOP("FormFields", "Town, neighbourhood or ZIP code"), 200,
          required=True, csv="town"),
    # A ZIP written beside the town: a paper sheet's own column, not asked at the kiosk.
    Field("zip_code", QT_TRANSLATE_NOOP("FormFields", "ZIP code"), 10, csv="zip",
          on_form=False),
    Field("email", QT_TRANSLATE_NOOP("FormFields", "Email (optional)"), 254, csv="email",
          in_table=True, heading="Email", kind=Kind.EMAIL),
    Field("phone", QT_TRANSLATE_NOOP("FormFields", "Phone (optional)"), 40, csv="phone",
          in_table=True, heading="Phone", kind=Kind.PHONE),
    # The personal note for the letter has its own box, shown once a letter is asked for;
    # the letter's one page sets its limit.
    Field("note", QT_TRANSLATE_NOOP("FormFields", "A note for the letter"), NOTE_LIMIT,
          on_form=False),
)  # fmt: skip


def declared() -> tuple[Field, ...]:
    """The fields as declared now (read through the module, so a test can add one)."""
    return FIELDS


def form_fields() -> tuple[Field, ...]:
    return tuple(f for f in declared() if f.on_form)


def sheet_fields() -> tuple[Field, ...]:
    return tuple(f for f in declared() if f.csv)


def table_fields() -> tuple[Field, ...]:
    return tuple(f for f in declared() if f.in_table)


def sealed_fields() -> tuple[Field, ...]:
    return tuple(f for f in declared() if f.sealed)
