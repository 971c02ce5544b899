"""A loaded campaign, immutable, and the texts it renders for one signer and one member."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Final, Generic, Literal, TypeVar

from desktop.campaigns.errors import RenderError
from desktop.campaigns.placeholders import BILLS, check_values, fill, uses_empty_optional
from desktop.districts import titles

# A legislator as the confirmation email lists them: (title, name, phone), e.g.
# ("State Representative", "Liz Miranda", "(617) 722-2000"); the phone may be empty.
Legislator = tuple[str, str, str]

# The languages signer-facing texts come in, in the order a language picker shows them,
# each named in its own language and script.
LANGUAGES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "en": "English",
        "es": "Español",
        "pt": "Português",
        "ht": "Kreyòl ayisyen",
        "zh": "中文",
        "vi": "Tiếng Việt",
    }
)

Chamber = Literal["house", "senate"]
CHAMBERS: Final[tuple[Chamber, ...]] = ("house", "senate")
MEMBER_TITLES = titles.MEMBER_TITLES  # re-exported: the letters read them through campaigns

# How {bills} joins bill numbers in each language: "S.1401 and H.3573", "S.1401 y H.3573".
_AND: Final = {"en": "and", "es": "y", "pt": "e", "ht": "ak", "zh": "和", "vi": "và"}
_COMMA: Final = {"zh": "、"}
# What follows a legislator's name before their phone number or call script.
_COLON: Final = {"zh": "\uff1a"}  # a full-width colon

T = TypeVar("T")


def _check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise RenderError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang


def _check_chamber(chamber: str) -> Chamber:
    if chamber == "house":
        return "house"
    if chamber == "senate":
        return "senate"
    raise RenderError(f"chamber must be 'house' or 'senate', not {chamber!r}")


@dataclass(frozen=True)
class ByChamber(Generic[T]):
    house: T
    senate: T

    def __getitem__(self, chamber: str) -> T:
        return self.house if _check_chamber(chamber) == "house" else self.senate


@dataclass(frozen=True)
class Translated:
    """One text in every language of LANGUAGES, in that order."""

    texts: tuple[tuple[str, str], ...]

    def __getitem__(self, lang: str) -> str:
        _check_language(lang)
        return dict(self.texts)[lang]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.texts)


@dataclass(frozen=True)
class TranslatedParagraphs:
    """Paragraphs of one text in every language of LANGUAGES, in that order."""

    texts: tuple[tuple[str, tuple[str, ...]], ...]

    def __getitem__(self, lang: str) -> tuple[str, ...]:
        _check_language(lang)
        return dict(self.texts)[lang]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.texts)


@dataclass(frozen=True)
class Bill:
    number: str  # "S.1401"
    title: str
    sponsors: tuple[str, ...]


@dataclass(frozen=True)
class Ask:
    title: Translated
    text: Translated


@dataclass(frozen=True)
class LetterTemplate:
    subject: str
    salutation: str
    body: tuple[str, ...]  # paragraphs
    closing: tuple[str, ...]  # lines: "Sincerely,", "{signer_name}", ...


@dataclass(frozen=True)
class EmailTemplate:
    subject: str
    body: tuple[str, ...]  # paragraphs, salutation and sign-off included


@dataclass(frozen=True)
class ConfirmationTemplate:
    """The email a signer gets in their language: what we sent, whom to call, what to say."""

    subject: Translated
    body: TranslatedParagraphs  # paragraphs, greeting included


@dataclass(frozen=True)
class RenderedLetter:
    chamber: Chamber
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]

    @property
    def text(self) -> str:
        """The letter as plain text, paragraphs apart by a blank line."""
        return "\n\n".join([self.salutation, *self.paragraphs, "\n".join(self.closing)])


@dataclass(frozen=True)
class RenderedEmail:
    chamber: Chamber
    subject: str
    body: str


@dataclass(frozen=True)
class RenderedConfirmation:
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class Campaign:
    """What we ask legislators to do; see desktop/campaigns/__init__.py for the file format."""

    id: str
    title: str
    bills: tuple[Bill, ...]
    asks: tuple[Ask, ...]
    letters: ByChamber[LetterTemplate]
    emails: ByChamber[EmailTemplate]
    call_script_text: Translated
    thank_you_text: Translated
    # Optional in a file, so that a campaign that never emails signers need not translate it.
    confirmation: ConfirmationTemplate | None = None
    # Other emails to the signer, by kind of outbox message: (kind, template).
    messages: tuple[tuple[str, ConfirmationTemplate], ...] = ()
    source: Path | None = field(default=None, compare=False)

    def bills_text(self, lang: str = "en") -> str:
        """The bill numbers as {bills} reads in `lang`: "S.1401 and H.3573"."""
        return _and_list([bill.number for bill in self.bills], lang)

    def letter_for(self, chamber: str, **values: str | None) -> RenderedLetter:
        """The printed letter to the member for `chamber`, filled in with `values`.

        A body paragraph that uses {signer_note} is left out when no note is given.
        """
        chamber = _check_chamber(chamber)
        filled = self._values("en", chamber, values)
        template = self.letters[chamber]
        where = f"letter.{chamber}"
        return RenderedLetter(
            chamber=chamber,
            subject=fill(template.subject, filled, f"{where}.subject"),
            salutation=fill(template.salutation, filled, f"{where}.salutation"),
            paragraphs=_fill_all(template.body, filled, f"{where}.body"),
            closing=_fill_all(template.closing, filled, f"{where}.closing"),
        )

    def email_for(self, chamber: str, **values: str | None) -> RenderedEmail:
        """The email to the member for `chamber`; paragraphs are apart by a blank line."""
        chamber = _check_chamber(chamber)
        filled = self._values("en", chamber, values)
        template = self.emails[chamber]
        where = f"email.{chamber}"
        paragraphs = _fill_all(template.body, filled, f"{where}.body")
        return RenderedEmail(
            chamber=chamber,
            subject=fill(template.subject, filled, f"{where}.subject"),
            body="\n\n".join(paragraphs),
        )

    def call_script(self, lang: str, **values: str | None) -> str:
        filled = self._values(lang, None, values)
        return fill(self.call_script_text[lang], filled, f"call_script.{lang}")

    def thank_you(self, lang: str, **values: str | None) -> str:
        filled = self._values(lang, None, values)
        return fill(self.thank_you_text[lang], filled, f"thank_you.{lang}")

    def confirmation_for(
        self,
        lang: str,
        *,
        legislators: Sequence[Legislator],
        sent_to: Sequence[str],
        **values: str | None,
    ) -> RenderedConfirmation:
        """The confirmation email to the signer in `lang`; paragraphs apart by a blank line.

        `sent_to` names the members we email in the signer's name; `legislators` are the
        signer's legislators to call, each with the call script filled in for them. A paragraph
        naming {sent_to}, {phones} or {call_script} is left out when there is nothing to list.
        """
        if self.confirmation is None:
            raise RenderError(f"campaign {self.id!r} has no confirmation section")
        lang = _check_language(lang)
        filled = self._values(lang, None, values)
        colon = _COLON.get(lang, ": ")
        filled["sent_to"] = _and_list(list(sent_to), lang) if sent_to else ""
        filled["phones"] = "\n".join(
            f"{title} {name}{colon}{phone}" if phone.strip() else f"{title} {name}"
            for title, name, phone in legislators
        )
        script_values = {k: v for k, v in values.items() if k != "member_name"}
        filled["call_script"] = "\n\n".join(
            f"{title} {name}{colon.rstrip()}\n"
            + self.call_script(lang, **script_values, member_name=name)
            for title, name, _ in legislators
        )
        where = f"confirmation.body.{lang}"
        return RenderedConfirmation(
            language=lang,
            subject=fill(self.confirmation.subject[lang], filled, f"confirmation.subject.{lang}"),
            body="\n\n".join(_fill_all(self.confirmation.body[lang], filled, where)),
        )

    def message_for(self, kind: str, lang: str, **values: str | None) -> RenderedConfirmation:
        """The campaign's email of this kind to the signer, in `lang` (the `messages` section)."""
        template = dict(self.messages).get(kind)
        if template is None:
            raise RenderError(f"campaign {self.id!r} has no text for {kind} messages")
        lang = _check_language(lang)
        filled = self._values(lang, None, values)
        where = f"messages.{kind}"
        return RenderedConfirmation(
            language=lang,
            subject=fill(template.subject[lang], filled, f"{where}.subject.{lang}"),
            body="\n\n".join(_fill_all(template.body[lang], filled, f"{where}.body.{lang}")),
        )

    def _values(
        self, lang: str, chamber: Chamber | None, values: Mapping[str, object]
    ) -> dict[str, str]:
        filled = check_values(values)
        filled[BILLS] = self.bills_text(lang)
        if chamber is not None:
            filled["member_title"] = MEMBER_TITLES[chamber]
        return filled


def _and_list(items: list[str], lang: str) -> str:
    """Items as a sentence lists them in `lang`: "A", "A and B", "A, B and C"."""
    if len(items) == 1:
        return items[0]
    lang = _check_language(lang)
    head = _COMMA.get(lang, ", ").join(items[:-1])
    return f"{head} {_AND[lang]} {items[-1]}"


def _fill_all(templates: tuple[str, ...], values: Mapping[str, str], where: str) -> tuple[str, ...]:
    return tuple(
        fill(template, values, f"{where}[{i}]")
        for i, template in enumerate(templates)
        if not uses_empty_optional(template, values)
    )
