"""What a signer typed, as plain text and ticks: the same for the kiosk form and a CSV row."""

from __future__ import annotations

from dataclasses import dataclass, replace


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

    def stripped(self) -> SigninForm:
        """Outer spaces removed and inner runs of spaces folded, in every text field."""
        return replace(
            self,
            first_name=_tidy(self.first_name),
            last_name=_tidy(self.last_name),
            street_address=_tidy(self.street_address),
            place=_tidy(self.place),
            zip_code=_tidy(self.zip_code),
            email=_tidy(self.email),
            phone=_tidy(self.phone),
            language=_tidy(self.language),
            ward=_tidy(self.ward),
            precinct=_tidy(self.precinct),
            note=self.note.strip(),
        )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def _tidy(text: str) -> str:
    return " ".join(text.split())
