"""Header lines as RFC 5322 and RFC 2047 want them: at most 78 characters, encoded words at most 75.

Python's own folding writes a long non-ASCII Subject or display name as one encoded word
on one line of 120 characters and more (and its older `email.header.Header` as words of
76), which strict servers and filters refuse. Here a text with any non-ASCII character
becomes a run of base64 encoded words of at most 75 characters, each holding whole
characters (a letter and its combining marks are never split), one per folded line; an
ASCII text is folded at its spaces. A header built here is written out as it is: the email
package keeps the folding of lines no longer than 78.
"""

from __future__ import annotations

import base64
import re
import unicodedata

MAX_LINE = 78
MAX_WORD = 75
_PREFIX, _SUFFIX = "=?utf-8?b?", "?="
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')  # RFC 5322 specials: a phrase needs quotes


def _bytes_for(width: int) -> int:
    """The UTF-8 bytes an encoded word of at most `width` characters holds."""
    return max((min(width, MAX_WORD) - len(_PREFIX) - len(_SUFFIX)) // 4 * 3, 3)


def _split_characters(word: str, limit: int) -> list[str]:
    """A word too long for one encoded word, cut between characters (marks kept on theirs)."""
    pieces, current = [], ""
    for char in word:
        joins = unicodedata.combining(char) != 0 or unicodedata.category(char) == "Mn"
        if len((current + char).encode("utf-8")) > limit and current and not joins:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def _chunks(text: str, first_width: int) -> list[str]:
    """`text` in pieces that each fit one encoded word, the first within `first_width`.

    Pieces end after a space where they can: whitespace between encoded words is not part
    of the text (RFC 2047), so each space stays inside a word and nothing is lost or added.
    """
    words = [w + " " for w in text.split(" ")]
    words[-1] = words[-1][:-1]
    pieces: list[str] = []
    current = ""
    for word in words:
        limit = _bytes_for(first_width if not pieces else MAX_WORD)
        if len((current + word).encode("utf-8")) <= limit:
            current += word
            continue
        if current:
            pieces.append(current)
            current = ""
            limit = _bytes_for(MAX_WORD)
        if len(word.encode("utf-8")) <= limit:
            current = word
        else:
            *whole, current = _split_characters(word, limit)
            pieces += whole
    if current:
        pieces.append(current)
    return pieces


def encoded_words(text: str, first_width: int = MAX_WORD) -> list[str]:
    return [
        f"{_PREFIX}{base64.b64encode(piece.encode('utf-8')).decode('ascii')}{_SUFFIX}"
        for piece in _chunks(text, first_width)
    ]


def fold(name: str, tokens: list[str]) -> str:
    """`Name: token token ...`, a new line (starting with a space) before a token that would
    not fit in 78 characters. Tokens are joined by one space."""
    lines = [f"{name}:"]
    for token in tokens:
        if len(lines[-1]) + 1 + len(token) > MAX_LINE and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += f" {token}"
    return "\r\n".join(lines)


def unstructured(name: str, text: str) -> str:
    """A Subject-like header: encoded words when any character is not ASCII."""
    if text.isascii():
        return fold(name, text.split(" "))
    return fold(name, encoded_words(text, MAX_LINE - len(name) - 2))


def phrase(display_name: str, first_width: int = MAX_WORD) -> list[str]:
    """A display name as header tokens: atoms, a quoted string, or encoded words.

    Only the runs of non-ASCII words are encoded (`=?utf-8?b?...?= Minh Khai via ...`):
    then a name needs more than one encoded word only when a run is long (a long Chinese
    name), which keeps it readable by parsers that, unlike RFC 2047, keep the space
    between two encoded words.
    """
    if not display_name:
        return []
    if not display_name.isascii():
        words = display_name.split(" ")
        if any(_SPECIALS.search(word) for word in words if word.isascii()):
            return encoded_words(display_name, first_width)  # no quoting around encoded words
        tokens: list[str] = []
        run: list[str] = []
        for word in [*words, None]:
            if word is not None and not word.isascii():
                run.append(word)
                continue
            if run:
                tokens += encoded_words(" ".join(run), first_width if not tokens else MAX_WORD)
                run = []
            if word is not None:
                tokens.append(word)
        return tokens
    if _SPECIALS.search(display_name):
        escaped = display_name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'.split(" ")  # folding at spaces inside quotes is allowed (FWS)
    return display_name.split(" ")


def address(name: str, display_name: str, addr_spec: str) -> str:
    """`From: =?utf-8?b?...?= <jane@example.org>`, folded."""
    return fold(name, [*phrase(display_name, MAX_LINE - len(name) - 2), f"<{addr_spec}>"])


def longest_line(header_block: str) -> int:
    return max((len(line) for line in header_block.split("\r\n")), default=0)


ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def decoded(value: str) -> str:
    """A header value with its encoded words decoded as RFC 2047 says (the space between
    two encoded words dropped); for checking what a mail program will show."""
    from email.header import decode_header, make_header

    return str(make_header(decode_header(value)))
