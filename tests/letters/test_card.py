"""The take-home card: legislators, phones and the call script in the signer's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.campaigns import Campaign, RenderError
from desktop.letters.card import render_card
from desktop.letters.model import Signer
from tests.letters import poppler

pytestmark = poppler.needs_poppler

LEGISLATORS = [
    ("State Representative", "Liz Miranda", "617-722-2380"),
    ("State Senator", "Jamie Eldridge", "617-722-1120"),
]


CASES = [
    ("en", Signer("Ana", "Lima", "", "Chelsea", "Chelsea"),
     "my name is Ana Lima, and I live in Chelsea"),
    ("zh", Signer("小明", "王", "", "Quincy", "Quincy"), "我叫王小明\uff0c住在Quincy"),
    ("vi", Signer("Nguyễn Thị", "Minh Khai", "", "Boston", "Dorchester"),
     "tôi tên là Nguyễn Thị Minh Khai, tôi sống ở Boston"),
    ("pt", Signer("João", "Conceição", "", "Framingham", "01701"),
     "meu nome é João Conceição e moro em Framingham"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "signer", "expected"), CASES)
def test_card_has_each_legislator_phone_and_script(
    tmp_path: Path, campaign: Campaign, lang: str, signer: Signer, expected: str
) -> None:
    out = tmp_path / "card.pdf"
    assert render_card(signer, LEGISLATORS, lang, campaign, out) == ""
    assert poppler.page_count(out) == 1
    text = poppler.flat(poppler.text(out)).replace(" ", "")
    assert expected.replace(" ", "") in text
    for title, name, phone in LEGISLATORS:
        assert f"{title}{name}·{phone}".replace(" ", "") in text
    # The script names each legislator in turn.
    assert text.count("LizMiranda") >= 2 and text.count("JamieEldridge") >= 2
    words = poppler.words(out, 1)
    assert all(w.y_max < 396 for w in words)  # all on the top half, above the cut line


def test_an_unknown_language_writes_nothing(tmp_path: Path, campaign: Campaign) -> None:
    out = tmp_path / "card.pdf"
    with pytest.raises(RenderError):
        render_card(Signer("A", "B", "", "X", "X"), LEGISLATORS, "fr", campaign, out)
    assert not out.exists()
