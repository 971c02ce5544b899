"""Reading a campaign file: YAML nodes walked with their line numbers, every field checked."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from desktop.campaigns.errors import CampaignError
from desktop.campaigns.model import (
    CHAMBERS,
    LANGUAGES,
    Ask,
    Bill,
    ByChamber,
    Campaign,
    ConfirmationTemplate,
    EmailTemplate,
    LetterTemplate,
    Translated,
    TranslatedParagraphs,
)
from desktop.campaigns.placeholders import ALLOWED, TemplateSyntaxError, find_placeholders

_TAG = "tag:yaml.org,2002:"
_KINDS = {"str": "text", "int": "a number", "float": "a number", "bool": "true or false"}
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOP = ("id", "title", "bills", "asks", "letter", "email", "call_script", "thank_you")
_TOP_OPTIONAL = ("confirmation", "messages")
_KIND_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*")


@dataclass(frozen=True)
class _At:
    """A node, where it sits ("asks[2].text") and the line to name (its key's, or its own)."""

    node: Node
    where: str
    line: int


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _KINDS.get(node.tag.removeprefix(_TAG), "empty")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, line: int | None, problem: str) -> NoReturn:
        raise CampaignError(self.path, problem, line)

    def keys(
        self,
        at: _At,
        required: Collection[str],
        what: str | None = None,
        optional: Collection[str] = (),
    ) -> dict[str, _At]:
        """The entries of a mapping with exactly the keys `required`, and any of `optional`."""
        if not isinstance(at.node, MappingNode):
            what_is = at.where or "a campaign file"
            self.fail(at.line, f"{what_is} must be a mapping, not {_kind(at.node)}")
        entries: dict[str, _At] = {}
        for key, value in at.node.value:
            line = key.start_mark.line + 1
            if not (isinstance(key, ScalarNode) and key.tag == _TAG + "str"):
                self.fail(line, f"{at.where or 'the campaign'} has a key that is not a name")
            where = _join(at.where, key.value)
            if key.value in entries:
                self.fail(line, f"{where} is given twice (first on line {entries[key.value].line})")
            if key.value not in required and key.value not in optional:
                takes = what or "keys " + ", ".join([*required, *optional])
                self.fail(
                    line, f"{where} is not known here; {at.where or 'a campaign'} takes {takes}"
                )
            entries[key.value] = _At(value, where, line)
        for name in required:
            if name not in entries:
                self.fail(at.line, f"{_join(at.where, name)} is missing")
        return entries

    def items(self, at: _At) -> list[_At]:
        """The entries of a list that must not be empty."""
        if not isinstance(at.node, SequenceNode):
            self.fail(at.line, f"{at.where} must be a list, not {_kind(at.node)}")
        if not at.node.value:
            self.fail(at.line, f"{at.where} is an empty list")
        return [
            _At(item, f"{at.where}[{i}]", item.start_mark.line + 1)
            for i, item in enumerate(at.node.value)
        ]

    def text(self, at: _At, field: str | None = None) -> str:
        """A string; with `field`, a template whose placeholders ALLOWED[field] permits."""
        node = at.node
        if not (isinstance(node, ScalarNode) and node.tag == _TAG + "str"):
            kind = _kind(node)
            problem = "is empty" if kind == "empty" else f"must be text, not {kind}"
            self.fail(at.line, f"{at.where} {problem}")
        value: str = node.value
        if not value.strip():
            self.fail(at.line, f"{at.where} is empty")
        allowed = ALLOWED[field] if field else frozenset()
        if not allowed and ("{" in value or "}" in value):
            self.fail(at.line, f"{at.where} takes no placeholders or braces")
        try:
            found = find_placeholders(value)
        except TemplateSyntaxError as exc:
            self.fail(self._line_in(at, exc.line_offset), f"{at.where} {exc}")
        for placeholder in found:
            if placeholder.name not in allowed:
                takes = ", ".join("{" + name + "}" for name in sorted(allowed))
                self.fail(
                    self._line_in(at, placeholder.line_offset),
                    f"{at.where} uses {{{placeholder.name}}}, which is not allowed here"
                    f" (allowed: {takes})",
                )
        return value

    def _line_in(self, at: _At, line_offset: int) -> int:
        """The file line of a text's line: exact in a `|` block, else where the text starts."""
        node = at.node
        if isinstance(node, ScalarNode) and node.style == "|":
            return node.start_mark.line + 2 + line_offset
        return at.line

    def texts(self, at: _At, field: str | None = None) -> tuple[str, ...]:
        return tuple(self.text(item, field) for item in self.items(at))

    def translated(self, at: _At, field: str) -> Translated:
        """A text in exactly the languages of LANGUAGES, all naming the same placeholders."""
        entries = self._languages(at)
        texts = {lang: self.text(entries[lang], field) for lang in LANGUAGES}
        self._same_placeholders(at, entries, {lang: (text,) for lang, text in texts.items()})
        return Translated(tuple(texts.items()))

    def translated_paragraphs(self, at: _At, field: str) -> TranslatedParagraphs:
        """Paragraphs in exactly the languages of LANGUAGES, each language naming the same
        placeholders (a translation may split its paragraphs differently)."""
        entries = self._languages(at)
        texts = {lang: self.texts(entries[lang], field) for lang in LANGUAGES}
        self._same_placeholders(at, entries, texts)
        return TranslatedParagraphs(tuple(texts.items()))

    def _languages(self, at: _At) -> dict[str, _At]:
        return self.keys(at, LANGUAGES, "the languages " + ", ".join(LANGUAGES))

    def _same_placeholders(
        self, at: _At, entries: dict[str, _At], texts: dict[str, tuple[str, ...]]
    ) -> None:
        def names(lang: str) -> set[str]:
            return {p.name for text in texts[lang] for p in find_placeholders(text)}

        english = names("en")
        for lang in texts:
            found = names(lang)
            for name in sorted(found - english):
                self.fail(entries[lang].line, f"{at.where}.{lang} uses {{{name}}} but en does not")
            for name in sorted(english - found):
                self.fail(entries[lang].line, f"{at.where}.{lang} leaves out {{{name}}} used in en")

    def campaign(self, root: _At) -> Campaign:
        top = self.keys(root, _TOP, optional=_TOP_OPTIONAL)
        campaign_id = self.text(top["id"])
        if not _SLUG.fullmatch(campaign_id):
            self.fail(top["id"].line, f"id {campaign_id!r} must be lower-case words joined by '-'")
        if campaign_id != self.path.stem:
            self.fail(
                top["id"].line, f"id {campaign_id!r} must match the file name {self.path.stem!r}"
            )
        return Campaign(
            id=campaign_id,
            title=self.text(top["title"]),
            bills=tuple(self.bill(at) for at in self.items(top["bills"])),
            asks=tuple(self.ask(at) for at in self.items(top["asks"])),
            letters=ByChamber(*(self.letter(at) for at in self.chambers(top["letter"]))),
            emails=ByChamber(*(self.email(at) for at in self.chambers(top["email"]))),
            call_script_text=self.translated(top["call_script"], "call_script"),
            thank_you_text=self.translated(top["thank_you"], "thank_you"),
            confirmation=self.confirmation(top["confirmation"]) if "confirmation" in top else None,
            messages=self.messages(top["messages"]) if "messages" in top else (),
            source=self.path,
        )

    def confirmation(self, at: _At) -> ConfirmationTemplate:
        entries = self.keys(at, ("subject", "body"))
        return ConfirmationTemplate(
            subject=self.translated(entries["subject"], "confirmation.subject"),
            body=self.translated_paragraphs(entries["body"], "confirmation.body"),
        )

    def messages(self, at: _At) -> tuple[tuple[str, ConfirmationTemplate], ...]:
        """Emails to the signer by kind of outbox message: each a subject and a body."""
        if not isinstance(at.node, MappingNode):
            self.fail(at.line, f"{at.where} must be a mapping, not {_kind(at.node)}")
        names = [key.value for key, _value in at.node.value if isinstance(key, ScalarNode)]
        entries = self.keys(at, (), "kinds of message", optional=names)
        found = []
        for kind, entry in entries.items():
            if not _KIND_NAME.fullmatch(kind):
                self.fail(entry.line, f"{entry.where}: a kind is lower-case words joined by '_'")
            parts = self.keys(entry, ("subject", "body"))
            found.append((kind, ConfirmationTemplate(
                subject=self.translated(parts["subject"], "messages.subject"),
                body=self.translated_paragraphs(parts["body"], "messages.body"),
            )))  # fmt: skip
        return tuple(found)

    def chambers(self, at: _At) -> list[_At]:
        entries = self.keys(at, CHAMBERS)
        return [entries[chamber] for chamber in CHAMBERS]

    def bill(self, at: _At) -> Bill:
        entries = self.keys(at, ("number", "title", "sponsors"))
        return Bill(
            number=self.text(entries["number"]),
            title=self.text(entries["title"]),
            sponsors=self.texts(entries["sponsors"]),
        )

    def ask(self, at: _At) -> Ask:
        entries = self.keys(at, ("title", "text"))
        return Ask(
            self.translated(entries["title"], "asks"), self.translated(entries["text"], "asks")
        )

    def letter(self, at: _At) -> LetterTemplate:
        entries = self.keys(at, ("subject", "salutation", "body", "closing"))
        return LetterTemplate(
            subject=self.text(entries["subject"], "letter.subject"),
            salutation=self.text(entries["salutation"], "letter.salutation"),
            body=self.texts(entries["body"], "letter.body"),
            closing=self.texts(entries["closing"], "letter.closing"),
        )

    def email(self, at: _At) -> EmailTemplate:
        entries = self.keys(at, ("subject", "body"))
        return EmailTemplate(
            subject=self.text(entries["subject"], "email.subject"),
            body=self.texts(entries["body"], "email.body"),
        )


def load_campaign(path: Path | str) -> Campaign:
    """The campaign in the YAML file at `path`; CampaignError names the line of any problem."""
    path = Path(path)
    reader = _Reader(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reader.fail(None, f"cannot be read ({exc.strerror or exc})")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        reader.fail(raw[: exc.start].count(b"\n") + 1, "is not UTF-8 text")
    try:
        root = yaml.compose(content, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "is not valid YAML"
        reader.fail(mark.line + 1 if mark else None, f"is not valid YAML: {problem}")
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line = content[: exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        reader.fail(line, f"is not valid YAML: {exc.reason} (U+{code:04X})")
    except yaml.YAMLError as exc:
        reader.fail(None, f"is not valid YAML: {exc}")
    if root is None:
        reader.fail(None, "is empty")
    return reader.campaign(_At(root, "", root.start_mark.line + 1))
