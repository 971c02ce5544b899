"""Safe markup: whatever a signer typed prints literally, each character in a font that has it."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.letters import fonts
from desktop.letters.model import NOTE_LIMIT
from desktop.letters.text import REPLACEMENT, markup, note_text, one_line

HOSTILE = [
    '<b>Bob & "Al"</b>',
    "<font size=40>Big</font>",
    "<img src=x>",
    "<b>unclosed",
    "</para>",
    "&amp; &lt; &#65; &nbsp;",
    "it's <a href='http://x'>a link</a>",
    "<br/><br/>",
    "<![CDATA[x]]>",
    "<greek>a</greek> <sup>2</sup> <seq/>",
]


def _printed(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """(font, text) of each run a Paragraph makes of markup(text)."""
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.BOLD if bold else fonts.REGULAR)
    paragraph = Paragraph(markup(text, bold=bold).markup, style)
    runs: list[tuple[str, str]] = []
    for frag in paragraph.frags:  # the parser splits text at entities: join runs again
        if runs and runs[-1][0] == frag.fontName:
            runs[-1] = (frag.fontName, runs[-1][1] + frag.text)
        else:
            runs.append((frag.fontName, frag.text))
    return runs


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_in_a_name_prints_literally(text: str) -> None:
    runs = _printed(text)
    assert "".join(t for _, t in runs) == text
    assert {font for font, _ in runs} == {fonts.REGULAR}


def test_bold_text_stays_bold_and_literal() -> None:
    runs = _printed('<i>Ana</i> & "Bo"', bold=True)
    assert runs == [(fonts.BOLD, '<i>Ana</i> & "Bo"')]


def test_chinese_runs_take_the_cjk_font_and_the_rest_dejavu() -> None:
    assert _printed("王小明 (Wang) 李") == [
        (fonts.CJK, "王小明"),
        (fonts.REGULAR, " (Wang) "),
        (fonts.CJK, "李"),
    ]
    assert _printed("王<b>", bold=True) == [(fonts.CJK, "王"), (fonts.BOLD, "<b>")]


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Minh Khai", "João Conceição", "Пётр Ильич", "Ἀθηνᾶ", "Jean-Bertrand Aristide"],
)
def test_latin_greek_cyrillic_stay_in_one_dejavu_run(name: str) -> None:
    assert markup(name) == markup(name)  # deterministic
    assert _printed(name) == [(fonts.REGULAR, name)]
    assert markup(name).missing == ""


def test_decomposed_vietnamese_is_composed_first() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards send it
    assert _printed(decomposed) == [(fonts.REGULAR, "Nguyễn")]


def test_a_character_no_font_has_prints_as_one_replacement_and_is_reported() -> None:
    marked = markup("Ana 𓀀𓀁 🦄 Lima 𓀀")
    assert marked.missing == "𓀀𓀁🦄"
    assert "".join(t for _, t in _printed("Ana 𓀀𓀁 🦄 Lima 𓀀")) == (
        f"Ana {REPLACEMENT} {REPLACEMENT} Lima {REPLACEMENT}"
    )


def test_lone_surrogates_are_replaced_not_fatal() -> None:
    marked = markup("x\ud800y")
    assert marked.missing == REPLACEMENT  # reported so that it can be shown and logged
    assert marked.markup == f"x{REPLACEMENT}y"


def test_invisible_and_direction_characters_are_dropped() -> None:
    text = "A\u202eB\u200dC\u200bD\ufeffE\x00F\x07G\u2066H\ufe0f"
    assert _printed(text) == [(fonts.REGULAR, "ABCDEFGH")]
    assert markup(text).missing == ""


def test_line_breaks_become_breaks_and_tabs_spaces() -> None:
    assert markup("a\r\nb\rc\u2028d").markup == "a<br/>b<br/>c<br/>d"
    assert markup("a\tb").markup == "a b"
    assert markup("王\n李").markup == '<font name="DroidSansFallback">王<br/>李</font>'


def test_one_line_folds_every_space_and_break() -> None:
    assert one_line("  Ana \n\t Maria  ") == "Ana Maria"
    assert one_line("Nguye\u0302\u0303n") == "Nguyễn"


def test_a_note_keeps_a_few_line_breaks_and_its_words() -> None:
    note, cut = note_text("Dear Rep,\n\n\nline 2\nline 3\nline 4\nline 5\nline 6   and   7")
    assert not cut
    assert note == "Dear Rep,\nline 2\nline 3\nline 4\nline 5 line 6 and 7"


def test_a_note_over_the_limit_is_cut_with_an_ellipsis() -> None:
    note, cut = note_text("x" * (NOTE_LIMIT + 50))
    assert cut and len(note) == NOTE_LIMIT and note.endswith("\u2026")
    exact, cut = note_text("y" * NOTE_LIMIT)
    assert not cut and exact == "y" * NOTE_LIMIT
