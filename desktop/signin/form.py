"""What a signer typed, as plain text and ticks: the same for the kiosk form and a CSV row.

The text fields are those of the field table (fields.py). The ones the code reads by
name are attributes; any other declared field is carried in `extra`, so a new field
reaches the sealed record, the sheets and the volunteer table without a change here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from desktop.names import written_name
from desktop.signin.fields import declared


@dataclass(frozen=True)
class SigninForm:
    first_name: str = ""
    last_name: str = ""
    street_address: str = ""
    place: str = ""  # town, village or neighbourhood, or ZIP code
    zip_code: str = ""  # a ZIP written beside the town (a paper sheet's own column)
    email: str = ""
    phone: str = ""
    language: str = "en"
    consent_email: bool = False  # email my legislators in my name
    consent_letter: bool = False  # print a letter for me to sign
    consent_updates_email: bool = False  # email me updates (the coalition's list)
    consent_updates_text: bool = False  # text me updates: a consent of its own, never implied
    ward: str = ""
    precinct: str = ""
    note: str = ""  # a personal note for the letter, up to NOTE_LIMIT characters
    # Declared fields without an attribute of their own: (name, value), in table order.
    extra: tuple[tuple[str, str], ...] = ()

    def value(self, name: str) -> str:
        """A text field's value by its name in the field table."""
        if name in _ATTRIBUTES:
            return str(getattr(self, name))
        return dict(self.extra).get(name, "")

    def with_values(self, values: Mapping[str, str]) -> SigninForm:
        """A copy with these text fields set (attributes or `extra`, by name)."""
        own: dict[str, Any] = {k: v for k, v in values.items() if k in _ATTRIBUTES}
        extra = dict(self.extra) | {k: v for k, v in values.items() if k not in _ATTRIBUTES}
        ordered = tuple((f.name, extra[f.name]) for f in declared() if f.name in extra)
        return replace(self, **own, extra=ordered)

    def text_values(self) -> dict[str, str]:
        """Every declared field's value, by name."""
        return {f.name: self.value(f.name) for f in declared()}

    def stripped(self) -> SigninForm:
        """Outer spaces removed and inner runs of spaces folded, in every text field.

        A note keeps its inner spacing and line breaks: the signer laid it out.
        """
        tidy = {name: _tidy(value) for name, value in self.text_values().items()}
        tidy["note"] = self.note.strip()
        return replace(
            self.with_values(tidy),
            language=_tidy(self.language),
            ward=_tidy(self.ward),
            precinct=_tidy(self.precinct),
        )

    @property
    def full_name(self) -> str:
        """As the letter writes it (names.py): `Ana Lima`, `王小明`."""
        return written_name(self.first_name, self.last_name)


_ATTRIBUTES = frozenset(f.name for f in fields(SigninForm) if f.type == "str")


def _tidy(text: str) -> str:
    return " ".join(text.split())
