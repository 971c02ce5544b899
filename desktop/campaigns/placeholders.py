"""Which {placeholders} each campaign text may use, finding them, and filling them in.

A placeholder is a name in braces, `{signer_name}`, nothing more: no `!r`, no `:>10`, no
attribute or index. `{{` and `}}` stand for a brace itself. Values are inserted as they are:
braces inside a value are never read as placeholders.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.campaigns.errors import RenderError

SIGNER = frozenset({"signer_name", "signer_first_name", "signer_town"})
NOTE = "signer_note"
MEMBER = frozenset({"member_name", "member_last_name", "member_title", "district"})
BILLS = "bills"
# The confirmation email to a signer: whom we emailed in their name ("Liz Miranda and Jamie
# Eldridge"), their legislators' phone numbers one a line, and the call script for each.
CONFIRMATION = frozenset({"sent_to", "phones", "call_script"})

_LETTER = SIGNER | MEMBER | {NOTE, BILLS}
ALL_PLACEHOLDERS = _LETTER | CONFIRMATION
# May be left out or empty; a paragraph that uses it is then left out of the letter or email.
OPTIONAL = frozenset({NOTE}) | CONFIRMATION
# Filled in by the campaign (from the chamber, the bills, the legislators), never passed in.
COMPUTED = frozenset({"member_title", BILLS}) | CONFIRMATION

# What each field may name. Subjects carry nothing about the signer: mail servers, outbox
# listings and logs keep subjects. Translated texts never name {member_title}, which is English.
ALLOWED: dict[str, frozenset[str]] = {
    "asks": frozenset(),
    "letter.subject": MEMBER | {BILLS},
    "letter.salutation": MEMBER,
    "letter.body": _LETTER,
    "letter.closing": SIGNER,
    "email.subject": MEMBER | {BILLS},
    "email.body": _LETTER,
    "call_script": SIGNER | {"member_name", BILLS},
    "thank_you": frozenset({"signer_name", "signer_first_name", BILLS}),
    "confirmation.subject": frozenset({BILLS}),
    "confirmation.body": frozenset({"signer_name", "signer_first_name", BILLS}) | CONFIRMATION,
    # Any other email to the signer, by its kind of outbox message (desktop/outbox/kinds.py).
    "messages.subject": frozenset({BILLS}),
    "messages.body": frozenset({"signer_name", "signer_first_name", BILLS}),
}

_FORMATTER = string.Formatter()


class TemplateSyntaxError(ValueError):
    """A text's braces do not make placeholders; `line_offset` counts the newlines before."""

    def __init__(self, problem: str, line_offset: int) -> None:
        super().__init__(problem)
        self.line_offset = line_offset


@dataclass(frozen=True)
class Placeholder:
    name: str
    line_offset: int  # newlines in the text before it


def find_placeholders(text: str) -> list[Placeholder]:
    """The placeholders in `text`, in order; TemplateSyntaxError when the braces are malformed."""
    found: list[Placeholder] = []
    newlines = 0
    parts = iter(_FORMATTER.parse(text))
    while True:
        try:
            literal, name, spec, conversion = next(parts)
        except StopIteration:
            return found
        except ValueError:
            raise TemplateSyntaxError(
                "has a '{' or '}' that is not part of a placeholder"
                " (write '{{' or '}}' for a brace itself)",
                newlines,
            ) from None
        newlines += literal.count("\n")
        if name is None:
            continue
        if spec or conversion:
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise TemplateSyntaxError(
                f"has {{{shown}}}; write a placeholder as a bare name, like {{{name}}}", newlines
            )
        found.append(Placeholder(name, newlines))


def names_in(text: str) -> frozenset[str]:
    return frozenset(p.name for p in find_placeholders(text))


def check_values(values: Mapping[str, object]) -> dict[str, str]:
    """The values a caller passed, checked: known names, text only (None for an optional one)."""
    checked: dict[str, str] = {}
    for name, value in values.items():
        if name in COMPUTED:
            raise RenderError(f"{name} is filled in by the campaign; do not pass it")
        if name not in ALL_PLACEHOLDERS:
            known = ", ".join(sorted(ALL_PLACEHOLDERS - COMPUTED))
            raise RenderError(f"{name} is not a value campaign texts use; they use {known}")
        if value is None and name in OPTIONAL:
            value = ""
        if not isinstance(value, str):
            raise RenderError(f"{name} must be text, not {type(value).__name__}")
        checked[name] = value
    for name in OPTIONAL:
        checked.setdefault(name, "")
    return checked


class _Strict(dict[str, str]):
    """A mapping for str.format_map whose missing key is a RenderError naming the text."""

    def __init__(self, values: Mapping[str, str], where: str) -> None:
        super().__init__(values)
        self.where = where

    def __missing__(self, key: str) -> str:
        raise RenderError(f"{self.where} needs a value for {{{key}}}: pass {key}=...")


def fill(template: str, values: Mapping[str, str], where: str) -> str:
    """`template` with its placeholders replaced by `values`, each inserted literally."""
    return template.format_map(_Strict(values, where))


def uses_empty_optional(template: str, values: Mapping[str, str]) -> bool:
    """Whether `template` names an optional placeholder whose value is empty."""
    return any(name in OPTIONAL and not values.get(name, "").strip() for name in names_in(template))
