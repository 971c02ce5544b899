"""A signer's name as written: the same order everywhere it appears (letter, thank-you,
call script, emails).

The form asks for the given name as the first name and the family name as the last. A
name written in Chinese, Japanese or Korean script is written family name first with no
space (`王小明`); any other, given name first (`Ana Lima`, `Văn An Nguyễn` as typed).
"""

from __future__ import annotations


def is_cjk(text: str) -> bool:
    return bool(text) and all(
        0x2E80 <= (p := ord(c)) <= 0x9FFF
        or 0xAC00 <= p <= 0xD7AF
        or 0xF900 <= p <= 0xFAFF
        or 0x20000 <= p <= 0x3FFFF
        for c in text
    )


def written_name(first: str, last: str) -> str:
    first, last = first.strip(), last.strip()
    if is_cjk(first) and is_cjk(last):
        return last + first
    return " ".join(p for p in (first, last) if p)
