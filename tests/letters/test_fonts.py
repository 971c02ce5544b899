"""The bundled fonts: registered once, and what none of them has is known."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from desktop.letters import fonts


def test_fonts_register_once_with_their_licences_beside_them() -> None:
    first = fonts.register_fonts()
    assert fonts.register_fonts() is first
    registered = set(pdfmetrics.getRegisteredFontNames())
    assert {fonts.REGULAR, fonts.BOLD, fonts.CJK} <= registered
    folder = fonts.fonts_dir()
    for licence in ("LICENSE-DejaVu.txt", "LICENSE-DroidSansFallback.txt", "Apache-2.0.txt"):
        assert (folder / licence).is_file()


def test_every_script_our_signers_use_is_covered() -> None:
    names = "Nguyễn Thị Minh Khai João Conceição Pierre-Ményé Kreyòl Ñandú Пётр Ильич Ελληνικά"
    assert fonts.uncovered(names + " 王小明 陳大文 やまだ 、。《》\uff08\uff09") == ""


def test_korean_is_not_covered_and_so_is_reported() -> None:
    # Droid Sans Fallback Full has Chinese and Japanese but next to no Hangul.
    assert fonts.uncovered("김민수") == "김민수"


def test_uncovered_lists_each_missing_character_once_in_order() -> None:
    assert fonts.uncovered("a𓀀b🦄c𓀀") == "𓀀🦄"
    assert fonts.uncovered("plain ASCII") == ""
    assert fonts.uncovered("a\u200db\n\tc\u202e") == ""  # invisible: never drawn


def test_bold_falls_back_to_regular_then_cjk() -> None:
    cover = fonts.coverage()
    assert cover.font_for("A", bold=True) == fonts.BOLD
    assert cover.font_for("A") == fonts.REGULAR
    assert cover.font_for("王", bold=True) == fonts.CJK
    only_regular = next(iter(cover.regular - cover.bold))
    assert cover.font_for(chr(only_regular), bold=True) == fonts.REGULAR
    assert cover.font_for("𓀀") is None
