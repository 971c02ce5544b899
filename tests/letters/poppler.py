"""Reading our PDFs back with poppler's command-line tools, as a person's viewer would."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True)
    return done.stdout


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", _run("pdfinfo", str(pdf)), re.MULTILINE)
    assert match, "pdfinfo gave no page count"
    return int(match[1])


def text(pdf: Path, page: int | None = None) -> str:
    """The text pdftotext finds, of one page (from 1) or of all."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")


def pages(pdf: Path) -> list[str]:
    """Each page's text, in order (pdftotext ends each page with a form feed)."""
    return text(pdf).split("\f")[:-1]


def flat(page_text: str) -> str:
    """Text with every run of spaces and line breaks made one space."""
    return " ".join(page_text.split())


@dataclass(frozen=True)
class Word:
    x_min: float
    y_min: float  # from the top of the page
    x_max: float
    y_max: float
    text: str


def words(pdf: Path, page: int) -> list[Word]:
    """Every word on one page with its box, in points, y measured down from the top."""
    out = _run(
        "pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"
    )
    return [
        Word(float(a), float(b), float(c), float(d), html.unescape(t))
        for a, b, c, d, t in _WORD.findall(out)
    ]
